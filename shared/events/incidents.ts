/**
 * Events of incidents (issue 10): recorded, corrected, escalated, decided, acted on, closed,
 * dismissed, reopened. Subjects: `incident-<id>`, the group (when there is one) and the people
 * named, so each appears in the history of the group and of the person. Changes to the list of
 * kinds have the subject `incident-kinds`.
 */
import { z } from 'zod';
import { ActionKind, EscalationChannel, IncidentKind, IncidentStatus, InvolvementRole, Severity } from '../incidents';
import { Day, None, type EventGroup } from './payloads';

const Ref = z.string().min(1);
const Text = z.string();
const IncidentId = z.number().int().positive();
const PartyPayload = z.looseObject({ kind: z.enum(['person', 'position']), ref: Text });

export const IncidentPayload = z.looseObject({
  id: IncidentId,
  kind: IncidentKind,
  /** The label of a kind of the administrator's own, as it read then (built-in kinds have none). */
  kindLabel: Text.optional(),
  severity: Severity,
  status: IncidentStatus,
  groupId: Ref.nullable(),
  occurredOn: Day,
  noticedOn: Day,
  summary: Text,
  documentRef: Text.nullable(),
  people: z.array(z.looseObject({ personId: Ref, role: InvolvementRole })),
});

export const StepPayload = z.looseObject({
  id: IncidentId,
  incidentId: IncidentId,
  seq: z.number().int().min(1),
  from: PartyPayload,
  to: PartyPayload,
  escalatedOn: Day,
  channel: EscalationChannel,
  request: Text,
  decidedBy: PartyPayload.nullable(),
  decidedOn: Day.nullable(),
  decision: Text.nullable(),
  documentRef: Text.nullable(),
});

export const ActionPayload = z.looseObject({
  id: IncidentId,
  incidentId: IncidentId,
  kind: ActionKind,
  link: Text.nullable(),
  targetPersonId: Ref.nullable(),
  note: Text.nullable(),
  takenOn: Day,
});

/** An incident kind as its events store it (label null for a built-in kind). */
export const KindPayload = z.looseObject({
  id: IncidentKind,
  builtin: z.boolean(),
  label: Text.nullable(),
  retired: z.boolean(),
});

/** Where an incident stood before a change of status. */
const StatusPayload = z.looseObject({ incidentId: IncidentId, status: IncidentStatus });

export const incidentsEvents = {
  'incident.recorded': { before: None, after: IncidentPayload.extend({ status: z.literal('open') }) },
  'incident.updated': { before: IncidentPayload, after: IncidentPayload },
  /** A step put to someone; the incident is escalated from then on. */
  'incident.escalated': {
    before: StatusPayload,
    after: StepPayload.extend({ status: z.literal('escalated') }),
  },
  /** A step's decision; the incident is decided once no step waits. */
  'incident.decided': {
    before: StepPayload,
    after: StepPayload.extend({ decidedOn: Day, decision: Text, status: IncidentStatus }),
  },
  'incident.action_added': { before: None, after: ActionPayload },
  'incident.closed': {
    before: StatusPayload,
    after: StatusPayload.extend({ status: z.literal('closed'), closedOn: Day, note: Text.nullable() }),
  },
  'incident.dismissed': {
    before: StatusPayload,
    after: StatusPayload.extend({ status: z.literal('dismissed'), dismissedOn: Day, reason: Text }),
  },
  'incident.reopened': {
    before: StatusPayload.extend({ closedOn: Day.nullable() }),
    after: StatusPayload.extend({ reopenedOn: Day, reason: Text }),
  },
  /** A kind of the administrator's own, added to the list (subject `incident-kinds`). */
  'incident_kind.added': { before: None, after: KindPayload.extend({ builtin: z.literal(false) }) },
  'incident_kind.renamed': { before: KindPayload, after: KindPayload },
  /** Hidden (built-in) or retired (own): no longer offered for new incidents. */
  'incident_kind.retired': { before: KindPayload, after: KindPayload.extend({ retired: z.literal(true) }) },
  /** Offered for new incidents again. */
  'incident_kind.restored': { before: KindPayload, after: KindPayload.extend({ retired: z.literal(false) }) },
} as const satisfies EventGroup;
