/**
 * The snapshot's casework: runbooks (capability C) and incidents (capability D, format v3), each
 * with the rows that belong to it nested inside, and the list of incident kinds (format v4). The fields are the stored columns, camel-cased; text
 * is taken as written (no trimming), so a registry exported, imported and exported again gives
 * the same content byte for byte.
 */
import { z } from 'zod';
import { RUNBOOK_KINDS, RUNBOOK_STATES } from './contract/runbooks';
import { Id, IsoDate, IsoInstant, Role } from './domain';
import {
  ACTION_KINDS,
  ESCALATION_CHANNELS,
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  IncidentKind,
  INVOLVEMENT_ROLES,
  SEVERITIES,
} from './incidents';

const Text = (max: number) => z.string().min(1).max(max);
const Nullable = (max: number) => Text(max).nullable();
const RowId = z.number().int().positive();

/** A member of a group as the runbook's snapshot took them when it started. */
export const SnapshotRunbookMember = z
  .object({ membershipId: RowId, personId: Id, name: z.string(), role: Role, joinedOn: IsoDate })
  .strict();

export const SnapshotRunbookGroup = z
  .object({
    groupId: Id,
    sort: z.number().int().min(1),
    /** The membership when the runbook started; null while it is a draft. */
    snapshot: z.array(SnapshotRunbookMember).nullable(),
  })
  .strict();

export const SnapshotRunbookStep = z
  .object({
    ord: z.number().int().min(1),
    groupId: Id,
    personId: Id,
    action: z.enum(['remove', 'add', 'transfer']),
    role: Role.nullable(),
    outcome: z.enum(['done', 'skipped', 'failed']).nullable(),
    note: Nullable(2000),
    at: IsoInstant.nullable(),
    /** The order in which outcomes were recorded (1 for the first), so the last can be undone. */
    acted: z.number().int().min(1).nullable(),
    membershipId: RowId.nullable(),
  })
  .strict();

export const SnapshotRunbook = z
  .object({
    id: RowId,
    kind: z.enum(RUNBOOK_KINDS),
    state: z.enum(RUNBOOK_STATES),
    reason: Text(2000),
    /** What the plan was made from (the plan command's input) and whom it leaves out, with why. */
    plan: z
      .object({
        input: z.looseObject({ kind: z.enum(RUNBOOK_KINDS) }),
        notPlanned: z.array(
          z.looseObject({
            groupId: Id,
            personId: Id,
            name: z.string(),
            reason: z.string(),
            mismatches: z.array(z.unknown()),
          }),
        ),
      })
      .strict(),
    incidentId: Nullable(64),
    authorisation: z
      .object({
        personId: Id.nullable(),
        position: Nullable(200),
        on: IsoDate.nullable(),
        documentRef: Nullable(200),
      })
      .strict(),
    createdAt: IsoInstant,
    startedAt: IsoInstant.nullable(),
    endedAt: IsoInstant.nullable(),
    pausedAt: IsoInstant.nullable(),
    pausedMs: z.number().int().min(0),
    cancelReason: Nullable(2000),
    carriedOutBy: z.string().max(500).nullable(),
    groups: z.array(SnapshotRunbookGroup),
    steps: z.array(SnapshotRunbookStep),
  })
  .strict();
export type SnapshotRunbook = z.infer<typeof SnapshotRunbook>;

const SnapshotParty = z.object({ kind: z.enum(['person', 'position']), ref: Text(200) }).strict();

export const SnapshotEscalationStep = z
  .object({
    id: RowId,
    seq: z.number().int().min(1),
    from: SnapshotParty,
    to: SnapshotParty,
    escalatedOn: IsoDate,
    channel: z.enum(ESCALATION_CHANNELS),
    request: Text(2000),
    decidedBy: SnapshotParty.nullable(),
    decidedOn: IsoDate.nullable(),
    decision: Nullable(2000),
    documentRef: Nullable(500),
  })
  .strict();

export const SnapshotIncidentAction = z
  .object({
    id: RowId,
    kind: z.enum(ACTION_KINDS),
    link: Nullable(200),
    targetPersonId: Id.nullable(),
    note: Nullable(2000),
    takenOn: IsoDate,
  })
  .strict();

export const SnapshotIncident = z
  .object({
    id: RowId,
    /** One of `incidentKinds` (v4); a v3 file could only hold the built-in kinds. */
    kind: IncidentKind,
    severity: z.enum(SEVERITIES),
    status: z.enum(INCIDENT_STATUSES),
    groupId: Id.nullable(),
    occurredOn: IsoDate,
    noticedOn: IsoDate,
    summary: Text(4000),
    documentRef: Nullable(500),
    closedOn: IsoDate.nullable(),
    dismissReason: Nullable(2000),
    people: z.array(z.object({ personId: Id, role: z.enum(INVOLVEMENT_ROLES) }).strict()),
    steps: z.array(SnapshotEscalationStep),
    actions: z.array(SnapshotIncidentAction),
  })
  .strict();
export type SnapshotIncident = z.infer<typeof SnapshotIncident>;

/** A kind of the list (v4): a built-in one (label null), or one of the administrator's own. */
export const SnapshotIncidentKind = z
  .object({ id: IncidentKind, builtin: z.boolean(), label: Nullable(200), retired: z.boolean() })
  .strict();
export type SnapshotIncidentKind = z.infer<typeof SnapshotIncidentKind>;

/** The list a registry had before kinds could be edited (snapshots of versions 1 to 3). */
export const BUILTIN_KIND_LIST: SnapshotIncidentKind[] = INCIDENT_KINDS.map((id) => ({
  id,
  builtin: true,
  label: null,
  retired: false,
}));

/** Format v3's casework, kept to read old files: incidents of the built-in kinds only. */
export const CASEWORK_FIELDS_V3 = {
  runbooks: z.array(SnapshotRunbook),
  incidents: z.array(SnapshotIncident.extend({ kind: z.enum(INCIDENT_KINDS) }).strict()),
};

export const CASEWORK_FIELDS = {
  runbooks: z.array(SnapshotRunbook),
  incidents: z.array(SnapshotIncident),
  incidentKinds: z.array(SnapshotIncidentKind),
};
