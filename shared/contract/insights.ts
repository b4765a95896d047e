/** Read models across the registry: the dashboard, the scope-creep report and the search palette. */
import { z } from 'zod';
import { Id, type GroupStatus, type LedgerEvent, type Membership, type Organisation, type Platform } from '../domain';
import { NoInput, returns, type ChannelGroup } from './define';
import type { PersonRow } from './directory';
import type { ExceptionRow } from './exceptions';
import type { GroupRow, OpenRunbookRef } from './groups';
import type { CharterMismatch, Eligibility } from './membership';

export interface DashboardSummary {
  organisation: Organisation;
  people: { active: number; left: number };
  units: number;
  groups: {
    total: number;
    active: number;
    byPlatform: Partial<Record<Platform, number>>;
  };
  memberships: { open: number };
  largestGroups: Array<{
    id: string;
    name: string;
    members: number;
    platform: Platform;
  }>;
  ownerlessGroups: Array<{
    id: string;
    name: string;
    reason: 'missing' | 'owner_left';
  }>;
  leaversStillInGroups: Array<{
    personId: string;
    name: string;
    groups: number;
  }>;
  /** Ad-hoc groups ending today or within ENDING_SOON_DAYS, soonest first. */
  endingGroups: DashboardList<AdhocGroupLine>;
  /** Ad-hoc groups past their end date, not yet dissolved or archived, longest overdue first. */
  expiredGroups: DashboardList<AdhocGroupLine>;
  /**
   * Approved exceptions past their review date whose member (an ordinary member, still outside the
   * charter) is still in an active group, by group: each group's people can be pruned together.
   */
  lapsedExceptions: LapsedExceptionGroup[];
  /** Groups with members outside their charter, most first (top 10). */
  scopeCreep: Array<{ groupId: string; name: string; members: number; outside: number; byException: number }>;
  /** Exception requests waiting for a decision. */
  pendingExceptions: ExceptionRow[];
  /** Approved exceptions whose review date is within 30 days or past, while the member is still in. */
  exceptionsDue: ExceptionRow[];
  /** The tier warnings with the most people first, at most 20 (the dashboard lists them). */
  tierWarnings: TierWarning[];
  /** How many tier warnings there are in all. */
  tierWarningsTotal: number;
  recentEvents: LedgerEvent[];
  events: number;
}

/** How many lines a dashboard list holds at most; `total` says how many there are in all. */
export const DASHBOARD_LIST_LIMIT = 50;

export interface DashboardList<T> {
  rows: T[];
  total: number;
}

/** An ad-hoc group listed for its end date, with the runbook that already holds it, if any. */
export interface AdhocGroupLine {
  id: string;
  name: string;
  platform: Platform;
  status: GroupStatus;
  endDate: string;
  task: string | null;
  /** Current members (for a dissolving group: those still in it). */
  members: number;
  openRunbook: OpenRunbookRef | null;
}

/** A member whose approved exception is past its review date. */
export interface LapsedExceptionPerson {
  exceptionId: number;
  personId: string;
  name: string;
  unitName: string | null;
  position: string | null;
  reviewOn: string;
}

export interface LapsedExceptionGroup {
  groupId: string;
  groupName: string;
  platform: Platform;
  people: LapsedExceptionPerson[];
  openRunbook: OpenRunbookRef | null;
}

/**
 * Tier checks (story 4): `skip_level` — a group whose charter names tiers holds someone two or more
 * ranks below the lowest of them (staff in a leadership group); `tier_mixing` — a group without a
 * tier rule mixes the top tier with people two or more ranks below it.
 */
export interface TierWarning {
  groupId: string;
  groupName: string;
  kind: 'skip_level' | 'tier_mixing';
  /** How many current members the warning is about. */
  people: number;
  /** Rank range involved, e.g. highest 1, lowest 4. */
  highestRank: number;
  lowestRank: number;
}

export interface ScopeCreepEntry {
  personId: string;
  name: string;
  unitName: string | null;
  tierName: string | null;
  tierRank: number | null;
  position: string | null;
  joinedOn: string;
  basis: Membership['basis'];
  basisRef: string | null;
  addedById: string | null;
  addedByName: string | null;
  requestedById: string | null;
  requestedByName: string | null;
  mismatches: CharterMismatch[];
  /** 'exception' when an approved exception lets them in, else 'outside'. */
  eligibility: Exclude<Eligibility, 'in_charter'>;
  exceptionId: number | null;
}

export interface ScopeCreepGroup {
  groupId: string;
  name: string;
  platform: Platform;
  members: number;
  inCharter: number;
  byException: number;
  outside: number;
  entries: ScopeCreepEntry[];
}

/** A group of the report without its people: the window reads the people group by group. */
export type ScopeCreepGroupSummary = Omit<ScopeCreepGroup, 'entries'>;

/** The report as the window first reads it: every group's counts, no people (13 MB at 10,000 people). */
export interface ScopeCreepSummary {
  generatedAt: string;
  groups: ScopeCreepGroupSummary[];
  groupsWithoutCharter: number;
}

/** How many groups' people one `reports.scopeCreepGroups` call reads at most. */
export const SCOPE_CREEP_GROUPS_MAX = 100;

export interface ScopeCreepReport {
  generatedAt: string;
  /** Active groups whose charter names a composition and that hold anyone outside it, most first. */
  groups: ScopeCreepGroup[];
  /** Active groups whose charter names no composition (nothing to check against). */
  groupsWithoutCharter: number;
}

export interface SearchResults {
  people: PersonRow[];
  groups: GroupRow[];
}

export const insightsChannels = {
  'dashboard.summary': { input: NoInput, output: returns<DashboardSummary>() },
  /** The scope-creep report's groups and counts; their people come from reports.scopeCreepGroups. */
  'reports.scopeCreep': { input: NoInput, output: returns<ScopeCreepSummary>() },
  /** The report's sections for these groups, with every member outside the charter (report order). */
  'reports.scopeCreepGroups': {
    input: z.object({ groupIds: z.array(Id).min(1).max(SCOPE_CREEP_GROUPS_MAX) }).strict(),
    output: returns<ScopeCreepGroup[]>(),
  },
  /** People and groups matching a query (name, pinyin, initials, unaccented, phone, handle), 20 of each. */
  'search.all': {
    input: z.object({ query: z.string().trim().min(1).max(200) }).strict(),
    output: returns<SearchResults>(),
  },
} as const satisfies ChannelGroup;
