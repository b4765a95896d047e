/**
 * The one place that names every IPC channel: its input schema (zod) and its result type.
 * The preload API, the main-process handlers, the browser-harness client and the command
 * line are all derived from this object; no other file spells a channel string.
 */
import { z } from 'zod';
import type { Group, Membership, Organisation, Person, Tier, Unit } from './domain';
import { Id, IsoDate, Locale, Role, type LedgerEvent, type Platform, type GroupStatus } from './domain';
import type { SerializedError } from './errors';
import type { DoctorFinding } from './i18n/doctor';
import { CHANNEL_NAMES, REGISTRY_CHANGED, ipcChannel, type ChannelName } from './channels';

/** Marks a result type without a runtime value. */
function returns<T>(): T {
  return undefined as T;
}

const NoInput = z.undefined();

export const THEMES = ['light', 'dark'] as const;
/** The demo organisations written from the seed stories. */
export const DEMO_KINDS = ['county-bureau', 'youth-union'] as const;
export type DemoKind = (typeof DEMO_KINDS)[number];

/** The demo whose data speaks the UI language best: the youth union for Vietnamese, else the bureau. */
export function demoKindFor(locale: Locale): DemoKind {
  return locale === 'vi' ? 'youth-union' : 'county-bureau';
}
export const Settings = z.object({
  locale: Locale.nullable(),
  theme: z.enum(THEMES),
  adminName: z.string().trim().max(100),
  firstRunDone: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;
export const SettingsPatch = Settings.partial().strict();

const SearchQuery = z.object({ query: z.string().max(200).optional() }).strict();

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser';
  dataDir: string;
  registryPath: string;
  revision: number;
  nodeVersion: string;
  sqliteVersion: string;
}

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
  expiringGroups: Array<{ id: string; name: string; endDate: string }>;
  recentEvents: LedgerEvent[];
  events: number;
}

export interface PersonRow {
  id: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  tierId: string | null;
  tierName: string | null;
  tierRank: number | null;
  position: string | null;
  phone: string | null;
  handles: Person['handles'];
  status: Person['status'];
  leftOn: string | null;
  groupCount: number;
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
}

export interface MemberRow {
  membershipId: number;
  personId: string;
  name: string;
  unitName: string | null;
  tierName: string | null;
  tierRank: number | null;
  position: string | null;
  personStatus: Person['status'];
  role: Role;
  joinedOn: string;
  leftOn: string | null;
  addedById: string | null;
  addedByName: string | null;
  basis: Membership['basis'];
  basisRef: string | null;
  leftReason: string | null;
}

export interface GroupDetail {
  group: Group;
  ownerName: string | null;
  deputyNames: string[];
  asOf: string | null;
  members: MemberRow[];
}

export interface PersonDetail {
  person: Person;
  unitName: string | null;
  tierName: string | null;
  memberships: Array<
    Membership & {
      groupName: string;
      platform: Platform;
      groupStatus: GroupStatus;
    }
  >;
}

export interface EventPage {
  events: LedgerEvent[];
  total: number;
}

export interface SnapshotPreview {
  token: string;
  fileName: string;
  exportedAt: string;
  organisation: string;
  counts: SnapshotCounts;
  registryEmpty: boolean;
}

export interface SnapshotCounts {
  units: number;
  tiers: number;
  people: number;
  groups: number;
  memberships: number;
  events: number;
}

export interface SnapshotExportResult {
  path: string;
  bytes: number;
  checksum: string;
  counts: SnapshotCounts;
}

export interface DoctorCheck {
  name: 'integrity' | 'foreign_keys' | 'event_chain' | 'open_memberships' | 'schema_version';
  ok: boolean;
  /** What was found, translated by the reader (shared/i18n/doctor.ts). */
  finding: DoctorFinding;
  params: Record<string, string | number>;
}
export interface DoctorReport {
  ok: boolean;
  checks: DoctorCheck[];
}

export const contract = {
  'app.info': { input: NoInput, output: returns<AppInfo>() },
  'settings.get': { input: NoInput, output: returns<Settings>() },
  'settings.update': { input: SettingsPatch, output: returns<Settings>() },
  'org.get': { input: NoInput, output: returns<Organisation | null>() },
  'org.create': {
    input: z.object({ name: z.string().trim().min(1).max(200), locale: Locale }).strict(),
    output: returns<Organisation>(),
  },
  'org.loadDemo': {
    input: z.object({ kind: z.enum(DEMO_KINDS), locale: Locale }).strict(),
    output: returns<Organisation>(),
  },
  'dashboard.summary': { input: NoInput, output: returns<DashboardSummary>() },
  'units.list': {
    input: NoInput,
    output: returns<Array<Unit & { people: number }>>(),
  },
  'tiers.list': { input: NoInput, output: returns<Tier[]>() },
  'people.list': { input: SearchQuery, output: returns<PersonRow[]>() },
  'people.get': {
    input: z.object({ id: Id }).strict(),
    output: returns<PersonDetail>(),
  },
  'groups.list': { input: SearchQuery, output: returns<GroupRow[]>() },
  'groups.get': {
    input: z.object({ id: Id, asOf: IsoDate.optional() }).strict(),
    output: returns<GroupDetail>(),
  },
  'members.add': {
    input: z
      .object({
        groupId: Id,
        personId: Id,
        role: Role.exclude(['owner']).optional(),
        requestedBy: Id.optional(),
        addedBy: Id.optional(),
        joinedOn: IsoDate.optional(),
        note: z.string().trim().max(500).optional(),
      })
      .strict(),
    output: returns<Membership>(),
  },
  'members.remove': {
    input: z
      .object({
        groupId: Id,
        personId: Id,
        reason: z.string().trim().min(1).max(500),
        leftOn: IsoDate.optional(),
      })
      .strict(),
    output: returns<Membership>(),
  },
  'events.list': {
    input: z
      .object({
        limit: z.number().int().min(1).max(500),
        offset: z.number().int().min(0).optional(),
        subject: Id.optional(),
        kind: z.string().max(100).optional(),
      })
      .strict(),
    output: returns<EventPage>(),
  },
  /** The kinds of history entry the registry holds, for the audit filter. */
  'events.kinds': { input: NoInput, output: returns<string[]>() },
  'snapshot.export': {
    input: NoInput,
    output: returns<SnapshotExportResult | null>(),
  },
  'snapshot.inspect': {
    input: NoInput,
    output: returns<SnapshotPreview | null>(),
  },
  'snapshot.import': {
    input: z
      .object({
        token: z.string().regex(/^[0-9a-f]{32}$/),
        replace: z.boolean(),
      })
      .strict(),
    output: returns<SnapshotCounts>(),
  },
  'doctor.run': { input: NoInput, output: returns<DoctorReport>() },
} as const satisfies Record<ChannelName, { input: z.ZodType; output: unknown }>;

export type Contract = typeof contract;
// Every name in channels.ts has an entry here and no entry is missing from it.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _channelsMatch: Exact<keyof Contract, ChannelName> = true;
void _channelsMatch;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Contract[C]['output'];

export { CHANNEL_NAMES, REGISTRY_CHANGED, ipcChannel, type ChannelName };
export interface RegistryChanged {
  revision: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

/**
 * `window.groupLedger`: one method per channel, plus the change subscription. Methods resolve to
 * a plain Result (errors are data, so they cross contextBridge intact); the renderer unwraps them.
 */
export type GroupLedgerApi = {
  [C in ChannelName]: undefined extends ChannelInput<C>
    ? (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
} & {
  onRegistryChanged(listener: (event: RegistryChanged) => void): () => void;
};

export type { Group, Person, Membership, Organisation, Tier, Unit };
