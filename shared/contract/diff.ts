/**
 * Diff: what changed in the registry between two sides — two snapshot files, a snapshot and now,
 * or two dates of the open registry. Everything is named (people, groups, units), never an id
 * alone; the ids travel only to link rows to their pages.
 */
import { z } from 'zod';
import { Id, IsoDate, type Basis, type GroupStatus, type Role } from '../domain';
import { NoInput, ReportFormat, returns, type ChannelGroup, type ExportedFile } from './define';
import type { RunbookKind, RunbookState } from './runbooks';
import { SnapshotUploadData } from './snapshots';

/** One side of a diff: the registry now, the registry as it was at the end of a day, or a snapshot chosen before. */
export const DiffSide = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('now') }).strict(),
  z.object({ kind: z.literal('date'), date: IsoDate }).strict(),
  z.object({ kind: z.literal('snapshot'), token: z.string().min(1).max(100) }).strict(),
]);
export type DiffSide = z.infer<typeof DiffSide>;

export const DiffRequest = z
  .object({ from: DiffSide, to: DiffSide, groupId: Id.optional(), unitId: Id.optional() })
  .strict();
export type DiffRequest = z.infer<typeof DiffRequest>;

/** A snapshot file chosen as a side: verified, kept for a while under its token. */
export interface DiffSnapshotChoice {
  token: string;
  fileName: string;
  organisation: string;
  exportedAt: string;
  /** The day it was exported (local time). */
  day: string;
}

/** How a side is shown: its kind, the file name of a snapshot, and the day it stands for. */
export interface DiffSideLabel {
  kind: DiffSide['kind'];
  fileName: string | null;
  day: string;
  /** The instant it stands for (a snapshot's export time, now, or the end of the day). */
  at: string;
}

export interface DiffMember {
  personId: string;
  name: string;
  unit: string | null;
  role: Role;
  /** Joined on (for joins) or left on (for departures). */
  on: string;
  basis: Basis | null;
}

export interface DiffDeparture extends DiffMember {
  reason: string | null;
}

export interface DiffRoleChange {
  personId: string;
  name: string;
  from: Role;
  to: Role;
}

/** The parts of a charter that may change, as the diff names them. */
export const CHARTER_PARTS = [
  'tierIds',
  'unitIds',
  'positions',
  'personIds',
  'whoMayAdd',
  'approver',
  'allowedContent',
] as const;
export type CharterPart = (typeof CHARTER_PARTS)[number];

export interface DiffException {
  personId: string;
  name: string;
  status: 'approved' | 'rejected';
  decidedOn: string;
  reason: string;
}

export interface GroupDiff {
  groupId: string;
  name: string;
  /** New on the later side. */
  created: boolean;
  status: { from: GroupStatus; to: GroupStatus } | null;
  renamedFrom: string | null;
  owner: { from: string | null; to: string | null } | null;
  charterParts: CharterPart[];
  joined: DiffMember[];
  left: DiffDeparture[];
  roles: DiffRoleChange[];
  exceptions: DiffException[];
}

export const PERSON_FIELDS = ['name', 'unit', 'position', 'tier', 'phone', 'handles'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export interface DiffPerson {
  personId: string;
  name: string;
  unit: string | null;
  position: string | null;
}

export interface DiffPersonChange extends DiffPerson {
  fields: Array<{ field: PersonField; from: string; to: string }>;
}

export interface DiffPersonLeft extends DiffPerson {
  leftOn: string | null;
}

export interface DiffIncident {
  id: number;
  kind: string;
  /** The administrator's own label of the kind, null for a built-in kind. */
  kindLabel: string | null;
  group: string | null;
  summary: string;
  on: string;
  status: string;
}

export interface DiffRunbook {
  id: number;
  kind: RunbookKind;
  state: RunbookState;
  /** The groups (or, for an offboarding, the person) it works on. */
  subject: string;
  on: string;
}

export interface DiffReport {
  organisation: string;
  from: DiffSideLabel;
  to: DiffSideLabel;
  /** The filters applied, by name. */
  filter: { group: string | null; unit: string | null };
  /** Groups with at least one change, by name. */
  groups: GroupDiff[];
  people: { added: DiffPerson[]; changed: DiffPersonChange[]; left: DiffPersonLeft[] };
  incidents: { opened: DiffIncident[]; closed: DiffIncident[] };
  runbooks: { opened: DiffRunbook[]; closed: DiffRunbook[] };
  totals: { joined: number; left: number; roles: number; charters: number; exceptions: number };
}

export const diffChannels = {
  /** The host's open dialog (the app): a snapshot to compare; null when the admin closes it. */
  'diff.chooseSnapshot': { input: NoInput, output: returns<DiffSnapshotChoice | null>() },
  /** Browser mode: the bytes of a snapshot file the page picked, verified. */
  'diff.uploadSnapshot': {
    input: z.object({ fileName: z.string().max(500), data: SnapshotUploadData.min(1) }).strict(),
    output: returns<DiffSnapshotChoice>(),
  },
  'diff.run': { input: DiffRequest, output: returns<DiffReport>() },
  /**
   * How far the snapshot being checked (a file chosen) or the diff being run is (0–1), and which;
   * null when neither runs.
   */
  'diff.progress': { input: NoInput, output: returns<{ op: 'choose' | 'run'; fraction: number } | null>() },
  /** Stops it (its call answers diff_cancelled); false when nothing runs. */
  'diff.cancel': { input: NoInput, output: returns<boolean>() },
  /** The diff as a PDF or workbook where the host's save dialog says. */
  'diff.export': {
    input: DiffRequest.extend({ format: ReportFormat }).strict(),
    output: returns<ExportedFile | null>(),
  },
} as const satisfies ChannelGroup;
