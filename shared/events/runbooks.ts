/**
 * Events of runbooks (capability C): a plan drafted and changed, the walk started, each step's
 * outcome and its undo, pause, resume, cancel and the automatic finish; and a group's status
 * moving (active → dissolving → dissolved, or back) as a dissolve or rebuild runs.
 */
import { z } from 'zod';
import { GroupStatus } from '../domain';
import { MembershipPayload, None, type EventGroup } from './payloads';

const Ref = z.string().min(1);
const RunbookId = z.number().int().positive();
const RunbookKind = z.enum(['dissolve', 'prune', 'offboard', 'rebuild']);
const StepAction = z.enum(['remove', 'add', 'transfer']);
const StepOutcome = z.enum(['done', 'skipped', 'failed']);

/** One planned step as stored in the plan events. */
const PlannedStep = z.looseObject({ ord: z.number().int().min(1), groupId: Ref, personId: Ref, action: StepAction });

/** The plan as drafted or changed: what, why, who authorised it and its steps in order. */
export const RunbookPlanPayload = z.looseObject({
  id: RunbookId,
  kind: RunbookKind,
  reason: z.string(),
  incidentId: Ref.nullable(),
  groupIds: z.array(Ref),
  authorisedByPerson: Ref.nullable(),
  authorisedByPosition: z.string().nullable(),
  authorisedOn: z.string().nullable(),
  documentRef: z.string().nullable(),
  steps: z.array(PlannedStep),
});

/** A step's outcome as recorded (or as it was before an undo). */
export const RunbookStepPayload = z.looseObject({
  runbookId: RunbookId,
  ord: z.number().int().min(1),
  groupId: Ref,
  personId: Ref,
  action: StepAction,
  outcome: StepOutcome,
  note: z.string().nullable(),
  membershipId: z.number().int().positive().nullable(),
});

const StateChange = z.looseObject({ id: RunbookId, state: z.string() });

export const runbooksEvents = {
  'runbook.planned': { before: None, after: RunbookPlanPayload },
  'runbook.plan_updated': { before: RunbookPlanPayload, after: RunbookPlanPayload },
  /**
   * Started: who carries it out (the administrator's name; null when none was set, the account
   * that signs the event is not a name for a report) and how many memberships each touched group
   * had at that moment.
   */
  'runbook.started': {
    before: None,
    after: StateChange.extend({
      carriedOutBy: z.string().nullable(),
      snapshots: z.array(z.looseObject({ groupId: Ref, members: z.number().int().min(0) })),
    }),
  },
  'runbook.step_recorded': { before: None, after: RunbookStepPayload },
  /** The step as it was, and the membership it re-opened or closed again (null when none changed). */
  'runbook.step_undone': {
    before: RunbookStepPayload,
    after: z.looseObject({
      runbookId: RunbookId,
      ord: z.number().int().min(1),
      membership: MembershipPayload.nullable(),
    }),
  },
  'runbook.paused': { before: StateChange, after: StateChange },
  'runbook.resumed': { before: StateChange, after: StateChange },
  'runbook.cancelled': { before: StateChange, after: StateChange.extend({ reason: z.string() }) },
  'runbook.finished': {
    before: StateChange,
    after: StateChange.extend({
      done: z.number().int().min(0),
      skipped: z.number().int().min(0),
      failed: z.number().int().min(0),
    }),
  },
  /**
   * A group's status moved: by a runbook (dissolving, dissolved, back to active), or archived by
   * hand (`runbookId` null) once nobody is left in it or it is dissolved.
   */
  'group.status_changed': {
    before: z.looseObject({ status: GroupStatus }),
    after: z.looseObject({ status: GroupStatus, runbookId: RunbookId.nullable(), reason: z.string() }),
  },
} as const satisfies EventGroup;
