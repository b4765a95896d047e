/**
 * The one place that names every IPC channel: its input schema (zod) and its result type.
 * The preload API, the main-process handlers, the browser-harness client and the command
 * line are all derived from this object; no other file spells a channel string.
 */
import { z } from 'zod';
import type {
  Acknowledgement,
  ExceptionRequest,
  Group,
  Membership,
  Organisation,
  Person,
  RuleVersion,
  Tier,
  Unit,
} from './domain';
import {
  Charter,
  ExceptionStatus,
  GroupKind,
  Handles,
  Id,
  IsoDate,
  Locale,
  Platform as PlatformSchema,
  PersonStatus,
  Role,
  type LedgerEvent,
  type Platform,
  type GroupStatus,
} from './domain';
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

/** How a member stands against the group's charter today. */
export const ELIGIBILITIES = ['in_charter', 'exception', 'outside'] as const;
export type Eligibility = (typeof ELIGIBILITIES)[number];

/** Why a person is or is not eligible under a charter. */
export type CharterVia = 'named' | 'owner' | 'deputy' | 'criteria' | 'open';
export type CharterMismatch = 'tier' | 'unit' | 'position' | 'left';

export interface CharterCheck {
  eligible: boolean;
  /** Why eligible (null when not). */
  via: CharterVia | null;
  /** Which criteria the person fails (empty when eligible). */
  mismatches: CharterMismatch[];
}

export interface CharterCheckResult extends CharterCheck {
  groupId: string;
  personId: string;
  alreadyMember: boolean;
  whoMayAdd: Group['charter']['whoMayAdd'];
  /** The charter's approver for exceptions, with the names of the people who can decide. */
  approver: {
    kind: 'person' | 'position';
    ref: string;
    label: string;
    people: Array<{ id: string; name: string }>;
  } | null;
  /** People who may add under the charter (owner, deputies); empty when the administrator adds. */
  adders: Array<{ id: string; name: string }>;
  pendingExceptionId: number | null;
}

export interface ExceptionRow extends ExceptionRequest {
  groupName: string;
  personName: string;
  requestedByName: string | null;
  decidedByName: string | null;
  /** Readable approver: the person's name or the position. */
  approverLabel: string;
  /** Whether the membership the exception created is still open. */
  memberNow: boolean;
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
  requestedById: string | null;
  requestedByName: string | null;
  basis: Membership['basis'];
  basisRef: string | null;
  leftReason: string | null;
  /** Against the charter as it stands now (in_charter / by exception / outside). */
  eligibility: Eligibility;
  mismatches: CharterMismatch[];
  exceptionId: number | null;
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
      addedByName: string | null;
      requestedByName: string | null;
      eligibility: Eligibility;
    }
  >;
  exceptions: ExceptionRow[];
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

/** Fields a people file can fill; `handle.<platform>` columns hold platform handles. */
export const IMPORT_FIELDS = [
  'name',
  'unit',
  'position',
  'tier',
  'phone',
  'handle.wechat',
  'handle.wecom',
  'handle.zalo',
  'handle.dingtalk',
  'handle.teams',
  'handle.telegram',
  'status',
  'leftOn',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Field → header text of the column that fills it. */
export const ImportMapping = z
  .partialRecord(z.enum(IMPORT_FIELDS), z.string().max(200))
  .refine((m) => new Set(Object.values(m)).size === Object.values(m).length, { message: 'mapping.duplicate' });
export type ImportMapping = z.infer<typeof ImportMapping>;

export interface ImportParsed {
  token: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  /** How a CSV was decoded (null for XLSX). */
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16' | null;
  /** Header texts, made unique ("电话 (2)"). */
  headers: string[];
  rowCount: number;
  /** The first rows, as text, for the mapping step. */
  sample: string[][];
  /** The remembered mapping for these headers, else one guessed from header names (zh/vi/en). */
  mapping: ImportMapping;
  remembered: boolean;
}

export const IMPORT_ROW_ERRORS = [
  'name_missing',
  'too_long',
  'phone_invalid',
  'status_invalid',
  'left_on_invalid',
  'left_on_missing',
  'duplicate_in_file',
  'duplicate_in_registry',
  'direction_control',
] as const;
export type ImportRowErrorCode = (typeof IMPORT_ROW_ERRORS)[number];

/** What a row may have that the administrator confirms rather than corrects. */
export const IMPORT_ROW_WARNINGS = ['same_name_in_file', 'same_name_in_registry'] as const;
export type ImportRowWarningCode = (typeof IMPORT_ROW_WARNINGS)[number];

export interface ImportRowWarning {
  field: ImportField | null;
  code: ImportRowWarningCode;
  /** { row } for a row of the file, { name, unit } for someone in the registry */
  params: Record<string, string | number>;
}

/** One side of a same-name pair: a row of the file, or (row null) a person already in the registry. */
export interface ImportSameNameSide {
  row: number | null;
  position: string | null;
  phone: string | null;
}

/**
 * Two people with the same name in the same unit and no phone or handle in common: two people,
 * once the administrator confirms it (`acceptSameName` of people.importCommit lists the keys).
 */
export interface ImportSameNamePair {
  /** Opaque, for acceptSameName; never shown. */
  key: string;
  name: string;
  /** The unit as a path (“执法监察大队 / 一中队”); null without a unit. */
  unit: string | null;
  first: ImportSameNameSide;
  second: ImportSameNameSide;
}

export interface ImportRowError {
  field: ImportField | null;
  code: ImportRowErrorCode;
  /** e.g. { row: 7 } for a duplicate in the file, { name, unit } for one in the registry, { value } */
  params: Record<string, string | number>;
}

export interface ImportRowResult {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  values: Partial<Record<ImportField, string>>;
  errors: ImportRowError[];
  /** Same name in the same unit as another row or person: confirmed in sameName, not an error. */
  warnings?: ImportRowWarning[];
  /** Further departments of a cell that names several (“A;B”): shown, not imported. */
  otherUnits?: string[];
}

export interface ImportPreview {
  token: string;
  rows: ImportRowResult[];
  counts: { total: number; valid: number; withErrors: number };
  /** Units and tiers named in the file that the registry does not have: created on import. */
  newUnits: string[];
  newTiers: string[];
  /** Pairs to confirm as two different people before the import can be committed. */
  sameName: ImportSameNamePair[];
}

export interface RulesView {
  groupId: string;
  versions: RuleVersion[];
  current: RuleVersion | null;
  /** Current members who acknowledged the current version, and when. */
  acknowledged: Array<{ personId: string; name: string; acknowledgedOn: string }>;
  /** Current members who have not acknowledged the current version. */
  notAcknowledged: Array<{ personId: string; name: string; lastVersion: number | null }>;
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
  'units.save': {
    input: z
      .object({
        id: Id.optional(),
        name: z.string().trim().min(1).max(200),
        parentId: Id.nullable(),
        sort: z.number().int().min(0).max(1_000_000).optional(),
      })
      .strict(),
    output: returns<Unit>(),
  },
  'units.delete': { input: z.object({ id: Id }).strict(), output: returns<null>() },
  'tiers.list': { input: NoInput, output: returns<Tier[]>() },
  /** Creates a tier (below the lowest) or renames one. */
  'tiers.save': {
    input: z.object({ id: Id.optional(), name: z.string().trim().min(1).max(200) }).strict(),
    output: returns<Tier>(),
  },
  /** Sets the order of all tiers, highest first. */
  'tiers.reorder': { input: z.object({ ids: z.array(Id).min(1).max(99) }).strict(), output: returns<Tier[]>() },
  'tiers.delete': { input: z.object({ id: Id }).strict(), output: returns<null>() },
  'people.list': { input: SearchQuery, output: returns<PersonRow[]>() },
  'people.get': {
    input: z.object({ id: Id }).strict(),
    output: returns<PersonDetail>(),
  },
  /** Creates (no id) or edits a person. Status 'left' needs leftOn. */
  'people.save': {
    input: z
      .object({
        id: Id.optional(),
        name: z.string().trim().min(1).max(200),
        unitId: Id.nullable(),
        position: z.string().trim().max(200).nullable(),
        tierId: Id.nullable(),
        phone: z.string().trim().max(40).nullable(),
        handles: Handles,
        status: PersonStatus,
        leftOn: IsoDate.nullable(),
        /** Save even though someone with the same name is in the same unit. */
        allowDuplicate: z.boolean().optional(),
      })
      .strict(),
    output: returns<Person>(),
  },
  /** Reads a CSV or XLSX file sent by the renderer (base64, at most 10 MB) and keeps it for the next steps. */
  'people.importParse': {
    input: z
      .object({
        fileName: z.string().trim().min(1).max(260),
        data: z
          .string()
          .max(14_000_000)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/),
      })
      .strict(),
    output: returns<ImportParsed>(),
  },
  /** Checks every row with the given mapping; writes nothing. */
  'people.importPreview': {
    input: z.object({ token: z.string().regex(/^[0-9a-f]{32}$/), mapping: ImportMapping }).strict(),
    output: returns<ImportPreview>(),
  },
  /** Imports every row in one transaction, or none when any row has an error. Remembers the mapping. */
  'people.importCommit': {
    input: z
      .object({
        token: z.string().regex(/^[0-9a-f]{32}$/),
        mapping: ImportMapping,
        /** Keys of the preview's sameName pairs confirmed as two different people. */
        acceptSameName: z.array(z.string().max(100)).max(50_000).optional(),
      })
      .strict(),
    output: returns<{ imported: number; newUnits: number; newTiers: number }>(),
  },
  'groups.list': { input: SearchQuery, output: returns<GroupRow[]>() },
  'groups.get': {
    input: z.object({ id: Id, asOf: IsoDate.optional() }).strict(),
    output: returns<GroupDetail>(),
  },
  /** Creates a group (owner and deputies become founding members) or edits its details. */
  'groups.save': {
    input: z
      .object({
        id: Id.optional(),
        name: z.string().trim().min(1).max(200),
        platform: PlatformSchema,
        platformGroupId: z.string().trim().max(200).nullable(),
        purpose: z.string().trim().max(2000).nullable(),
        kind: GroupKind,
        task: z.string().trim().max(2000).nullable(),
        endDate: IsoDate.nullable(),
        authorisingDoc: z.string().trim().max(500).nullable(),
        /** On create only; afterwards ownership changes through groups.transferOwnership. */
        ownerId: Id.optional(),
        deputyIds: z.array(Id).max(50),
        createdOn: IsoDate.optional(),
      })
      .strict(),
    output: returns<Group>(),
  },
  'groups.setCharter': {
    input: z.object({ groupId: Id, charter: Charter }).strict(),
    output: returns<Group>(),
  },
  /** Makes a current member the owner; the old owner stays as a member. */
  'groups.transferOwnership': {
    input: z.object({ groupId: Id, toPersonId: Id, reason: z.string().trim().min(1).max(500) }).strict(),
    output: returns<Group>(),
  },
  /** The charter check for one person and group, without changing anything. */
  'charter.check': {
    input: z.object({ groupId: Id, personId: Id }).strict(),
    output: returns<CharterCheckResult>(),
  },
  /**
   * Adds a person who passes the charter check (else the error `outside_charter`: request an
   * exception). `addedBy` must be allowed by the charter's whoMayAdd (default: the owner).
   */
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
  'exceptions.list': {
    input: z.object({ groupId: Id.optional(), personId: Id.optional(), status: ExceptionStatus.optional() }).strict(),
    output: returns<ExceptionRow[]>(),
  },
  'exceptions.request': {
    input: z
      .object({
        groupId: Id,
        personId: Id,
        requestedBy: Id,
        reason: z.string().trim().min(1).max(1000),
        role: z.enum(['deputy', 'member']).optional(),
        reviewOn: IsoDate.optional(),
        requestedOn: IsoDate.optional(),
      })
      .strict(),
    output: returns<ExceptionRow>(),
  },
  /** Approves (and adds the member in the same transaction) or rejects. `decidedBy` must be the approver. */
  'exceptions.decide': {
    input: z
      .object({
        id: z.number().int().positive(),
        decision: z.enum(['approved', 'rejected']),
        decidedBy: Id,
        decidedOn: IsoDate.optional(),
        documentRef: z.string().trim().max(500).optional(),
        note: z.string().trim().max(2000).optional(),
        reviewOn: IsoDate.optional(),
        /** Who adds the member on the platform (approval only); default the owner. */
        addedBy: Id.optional(),
      })
      .strict(),
    output: returns<{ exception: ExceptionRow; membership: Membership | null }>(),
  },
  'rules.get': { input: z.object({ groupId: Id }).strict(), output: returns<RulesView>() },
  'rules.publish': {
    input: z
      .object({ groupId: Id, text: z.string().trim().min(1).max(20000), effectiveOn: IsoDate.optional() })
      .strict(),
    output: returns<RuleVersion>(),
  },
  'rules.acknowledge': {
    input: z
      .object({
        groupId: Id,
        version: z.number().int().min(1),
        personIds: z.array(Id).min(1).max(1000),
        acknowledgedOn: IsoDate.optional(),
      })
      .strict(),
    output: returns<{ recorded: number }>(),
  },
  'reports.scopeCreep': { input: NoInput, output: returns<ScopeCreepReport>() },
  /** People and groups matching a query (name, pinyin, initials, unaccented, phone, handle), 20 of each. */
  'search.all': {
    input: z.object({ query: z.string().trim().min(1).max(200) }).strict(),
    output: returns<SearchResults>(),
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

export type { Acknowledgement, ExceptionRequest, Group, Person, Membership, Organisation, RuleVersion, Tier, Unit };
