/**
 * Groups: the list, one group's page (optionally as of a date), its details, charter and owner,
 * and its life: an ad-hoc group's end date extended, a group with nobody left archived.
 */
import { z } from 'zod';
import { freeText, lineText, nameText } from '../text';
import { Charter, GroupKind, GroupStatus, Id, IsoDate, Locale, Platform, type Group } from '../domain';
import { SearchQuery, returns, tableSort, windowRange, type ChannelGroup } from './define';
import type { ExceptionRow } from './exceptions';
import type { MemberRow } from './membership';
import type { RunbookKind, RunbookState } from './runbooks';

export { ENDING_SOON_DAYS } from '../vocabulary';
import { GROUP_SORT_KEYS } from '../vocabulary';

/** The runbook that holds a group (draft, in progress or paused): one at a time per group. */
export interface OpenRunbookRef {
  id: number;
  kind: RunbookKind;
  state: RunbookState;
}

/**
 * Where a group stands in its life, as of today. `expired`: an ad-hoc group past its end date
 * that is neither dissolved nor archived; `endingSoon`: one whose end date is today or within
 * ENDING_SOON_DAYS. `archivable`: nobody is left in it, or it is dissolved (and it is not yet
 * archived and no runbook holds it); `archiveBlocked` says why not, for the button's tooltip.
 */
export interface GroupLifecycle {
  expired: boolean;
  endingSoon: boolean;
  /** Current members, whatever date the page shows. */
  currentMembers: number;
  openRunbook: OpenRunbookRef | null;
  archivable: boolean;
  archiveBlocked: 'archived' | 'has_members' | 'runbook_open' | null;
}

/** The most rows of the groups table one call answers. */
export const GROUPS_WINDOW_MAX = 500;

export { GROUP_SORT_KEYS };

/** What the groups table's status filter offers: the statuses, and where an ad-hoc group stands in its life. */
export const GroupStatusFilter = z.union([GroupStatus, z.enum(['expired', 'ending'])]);

/** What the groups table shows: the search, the header's sort and filters, in the UI language's order. */
export const GroupsArrangement = z
  .object({
    query: z.string().max(200).optional(),
    locale: Locale,
    sort: tableSort(GROUP_SORT_KEYS),
    filters: z
      .object({
        platform: z.array(Platform).max(20).optional(),
        kind: z.array(GroupKind).max(2).optional(),
        status: z.array(GroupStatusFilter).max(10).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type GroupsArrangement = z.infer<typeof GroupsArrangement>;

/** Rows `offset` … of the arranged groups, with what the header's filters offer. */
export interface GroupsWindow {
  /** The groups the search and filters keep. */
  total: number;
  /** The groups the search keeps, whatever the filters ("12 of 200 groups"). */
  found: number;
  offset: number;
  rows: GroupRow[];
  /** The platforms and kinds among the groups the search keeps (the header's filter choices). */
  platforms: Array<GroupRow['platform']>;
  kinds: Array<GroupRow['kind']>;
  revision: number;
}

export interface GroupRow {
  id: string;
  name: string;
  platform: Platform;
  kind: Group['kind'];
  status: GroupStatus;
  purpose: string | null;
  ownerId: string | null;
  ownerName: string | null;
  memberCount: number;
  endDate: string | null;
  createdOn: string;
  /** An ad-hoc group past its end date, not yet dissolved or archived. */
  expired: boolean;
  /** An ad-hoc group ending today or within ENDING_SOON_DAYS. */
  endingSoon: boolean;
}

export interface GroupDetail {
  group: Group;
  ownerName: string | null;
  deputyNames: string[];
  asOf: string | null;
  members: MemberRow[];
  /** Whether the charter names any composition (tiers, units, positions or people). */
  charterDefined: boolean;
  exceptions: ExceptionRow[];
  /** The current rules version, if any, and how many current members have not acknowledged it. */
  rules: { version: number; effectiveOn: string; notAcknowledged: number } | null;
  lifecycle: GroupLifecycle;
}

/** A charter as the window sends it: the names it holds (positions, content, approver) are names. */
const CharterInput = Charter.extend({
  positions: z.array(nameText(200)),
  approver: z.object({ kind: z.enum(['person', 'position']), ref: nameText(200) }).nullable(),
  allowedContent: z.array(nameText(200)),
});

export const groupsChannels = {
  'groups.list': { input: SearchQuery, output: returns<GroupRow[]>() },
  /** The groups table a window at a time: searched, filtered and sorted in the main process. */
  'groups.window': {
    input: GroupsArrangement.extend(windowRange(GROUPS_WINDOW_MAX)).strict(),
    output: returns<GroupsWindow>(),
  },
  'groups.get': {
    input: z.object({ id: Id, asOf: IsoDate.optional() }).strict(),
    output: returns<GroupDetail>(),
  },
  /** Creates a group (owner and deputies become founding members) or edits its details. */
  'groups.save': {
    input: z
      .object({
        id: Id.optional(),
        name: nameText(200),
        platform: Platform,
        platformGroupId: lineText(200).nullable(),
        purpose: freeText(2000).nullable(),
        kind: GroupKind,
        task: freeText(2000).nullable(),
        endDate: IsoDate.nullable(),
        authorisingDoc: lineText(500).nullable(),
        /** On create only; afterwards ownership changes through groups.transferOwnership. */
        ownerId: Id.optional(),
        deputyIds: z.array(Id).max(50),
        createdOn: IsoDate.optional(),
      })
      .strict(),
    output: returns<Group>(),
  },
  'groups.setCharter': {
    input: z.object({ groupId: Id, charter: CharterInput }).strict(),
    output: returns<Group>(),
  },
  /** Makes a current member the owner; the old owner stays as a member. */
  'groups.transferOwnership': {
    input: z.object({ groupId: Id, toPersonId: Id, reason: freeText(500, 1) }).strict(),
    output: returns<Group>(),
  },
  /**
   * Moves an active ad-hoc group's end date later (to today or after); recorded with the reason as
   * `group.end_date_changed`.
   */
  'groups.extendEndDate': {
    input: z.object({ groupId: Id, endDate: IsoDate, reason: z.string().trim().max(500).optional() }).strict(),
    output: returns<Group>(),
  },
  /**
   * Archives a group nobody is left in, or a dissolved one; refused while members remain or a
   * runbook holds it. Recorded as `group.status_changed`.
   */
  'groups.archive': {
    input: z.object({ groupId: Id, reason: z.string().trim().max(500).optional() }).strict(),
    output: returns<Group>(),
  },
} as const satisfies ChannelGroup;
