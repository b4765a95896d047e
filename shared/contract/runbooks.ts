/**
 * Runbooks (capability C): a planned series of membership steps walked one at a time — dissolve a
 * group, prune members outside its charter, offboard a person from every group, rebuild a
 * dissolved group from its snapshot. Each step is committed with its event, so a walk
 * interrupted anywhere resumes at its first step without an outcome.
 */
import { z } from 'zod';
import { freeText, lineText, nameText } from '../text';
import { Id, IsoDate, type GroupStatus, type Platform, type Role } from '../domain';
import { ReportFormat, returns, type ChannelGroup, type ExportedFile } from './define';
import type { IncidentRow } from './incidents';
import type { CharterMismatch } from './membership';
import { RUNBOOK_STATES, type RunbookState } from '../vocabulary';

export const RUNBOOK_KINDS = ['dissolve', 'prune', 'offboard', 'rebuild'] as const;
export type RunbookKind = (typeof RUNBOOK_KINDS)[number];
export { OPEN_RUNBOOK_STATES, RUNBOOK_STATES, type RunbookState } from '../vocabulary';
export type StepAction = 'remove' | 'add' | 'transfer';
export type StepOutcome = 'done' | 'skipped' | 'failed';

/**
 * A membership changed outside the runbook, found when the step is looked at or acted on:
 * `already_gone` (to remove, but no longer a member), `already_present` (to add, already a member),
 * `re_added` (removed by the runbook, a member again), `removed_outside` (added by the runbook,
 * gone again), `successor_gone` (to take over, no longer a member), `owner_changed` (transferred
 * by the runbook, owned by someone else now).
 */
export type StepDrift =
  'already_gone' | 'already_present' | 're_added' | 'removed_outside' | 'successor_gone' | 'owner_changed';

/** Why a person of the snapshot (rebuild) or of the group (prune) is not in the plan. */
export interface NotPlanned {
  groupId: string;
  personId: string;
  name: string;
  reason: 'left' | 'outside_charter' | 'owner_or_deputy' | 'not_a_member';
  mismatches: CharterMismatch[];
}

export interface RunbookStepView {
  ord: number;
  groupId: string;
  groupName: string;
  personId: string;
  name: string;
  unitName: string | null;
  position: string | null;
  /** The person's handle on the group's platform, when recorded. */
  handle: string | null;
  action: StepAction;
  /** The role the person has (remove, transfer) or gets back (add). */
  role: Role | null;
  outcome: StepOutcome | null;
  note: string | null;
  /** When the outcome was recorded. */
  at: string | null;
  membershipId: number | null;
  drift: StepDrift | null;
}

export interface RunbookAuthorisation {
  personId: string | null;
  personName: string | null;
  position: string | null;
  on: string | null;
  documentRef: string | null;
}

export interface RunbookGroupState {
  groupId: string;
  name: string;
  platform: Platform;
  status: GroupStatus;
}

export interface RunbookSummary {
  id: number;
  kind: RunbookKind;
  state: RunbookState;
  reason: string;
  incidentId: string | null;
  /** The linked incident as the admin knows it (kind, group, dates, summary); null when none. */
  incident: IncidentRow | null;
  groups: RunbookGroupState[];
  /** Offboard: the person who leaves every group. */
  subject: { personId: string; name: string } | null;
  /** Who authorised it (person, position, date, document), as the Operations page lists it. */
  authorisation: RunbookAuthorisation;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  /** Steps with an outcome, of all steps. */
  progress: { done: number; total: number };
}

/** One member as the snapshot taken at start recorded them. */
export interface SnapshotMember {
  membershipId: number;
  personId: string;
  name: string;
  role: Role;
  joinedOn: string;
}

export interface RunbookReport {
  kind: RunbookKind;
  groups: RunbookGroupState[];
  reason: string;
  incidentId: string | null;
  authorisation: RunbookAuthorisation;
  startedAt: string | null;
  endedAt: string | null;
  carriedOutBy: string | null;
  state: RunbookState;
  cancelReason: string | null;
  /** Every step with its outcome and time, in plan order. */
  people: RunbookStepView[];
  skipped: RunbookStepView[];
  failed: RunbookStepView[];
  notPlanned: NotPlanned[];
  snapshot: Array<{ groupId: string; groupName: string; members: SnapshotMember[] }>;
}

export interface RunbookView extends RunbookSummary {
  /** Every step and the report (a walk's commands answer with `RunbookWalkView` instead). */
  detail: 'full';
  cancelReason: string | null;
  carriedOutBy: string | null;
  steps: RunbookStepView[];
  /** The first step without an outcome: where the walk continues. */
  next: RunbookStepView | null;
  notPlanned: NotPlanned[];
  /** Time in progress (pauses left out), in milliseconds. */
  timeSpentMs: number;
  /** Steps left times the pace so far; null before the first outcome. */
  estimateLeftMs: number | null;
  /** A dissolve that ended with steps not done leaves its group dissolving: said here. */
  unfinishedDissolve: boolean;
  report: RunbookReport;
}

/**
 * A runbook being walked (in progress or paused), as the walk page shows it after each key press:
 * the next person, the steps around them and the one recorded last, not all steps and the report.
 * A 1,000-step walk answers in a few kilobytes instead of a megabyte.
 */
export interface RunbookWalkView extends RunbookSummary {
  detail: 'walk';
  carriedOutBy: string | null;
  /** The step the walk continues with (the first without an outcome, failed ones again before the owner). */
  next: RunbookStepView | null;
  /** A few steps before the next one and the ones after it, in plan order. */
  nearby: RunbookStepView[];
  /** The outcome recorded last: what U undoes; null before the first. */
  last: RunbookStepView | null;
  timeSpentMs: number;
  estimateLeftMs: number | null;
}

/** What the runbook page shows: the walk while one is walked, everything otherwise. */
export type RunbookPageView = RunbookView | RunbookWalkView;

const RunbookId = z.number().int().positive();
const Reason = freeText(500, 1);
const Authorisation = z
  .object({
    personId: Id.optional(),
    position: nameText(200).optional(),
    on: IsoDate.optional(),
    documentRef: lineText(200, 1).optional(),
  })
  .strict();
const Successor = z.object({ groupId: Id, personId: Id }).strict();
const planFields = { reason: Reason, incidentId: Id.optional(), authorisation: Authorisation.optional() };

export const RunbookPlanInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dissolve'), groupId: Id, ...planFields }).strict(),
  z
    .object({
      kind: z.literal('prune'),
      groupId: Id,
      /** A chosen subset of the members outside the charter; all of them when left out. */
      personIds: z.array(Id).min(1).max(5000).optional(),
      ...planFields,
    })
    .strict(),
  z
    .object({
      kind: z.literal('offboard'),
      personId: Id,
      /** Who takes over each group the person owns. */
      successors: z.array(Successor).max(1000).optional(),
      ...planFields,
    })
    .strict(),
  z.object({ kind: z.literal('rebuild'), groupId: Id, ...planFields }).strict(),
]);
export type RunbookPlanInput = z.input<typeof RunbookPlanInput>;

export const runbooksChannels = {
  'runbooks.list': {
    input: z
      .object({
        state: z.enum(RUNBOOK_STATES).optional(),
        groupId: Id.optional(),
        personId: Id.optional(),
        /** The runbooks linked to one incident. */
        incidentId: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    output: returns<RunbookSummary[]>(),
  },
  'runbooks.get': { input: z.object({ id: RunbookId }).strict(), output: returns<RunbookView>() },
  /** The runbook page: the walk view while it is in progress or paused, the whole runbook otherwise. */
  'runbooks.page': { input: z.object({ id: RunbookId }).strict(), output: returns<RunbookPageView>() },
  /** Drafts a runbook: its steps in order (owner last for a dissolve, first for a rebuild). */
  'runbooks.plan': { input: RunbookPlanInput, output: returns<RunbookView>() },
  /** Changes a draft: why, the incident, the authorisation, the prune subset, the successors. */
  'runbooks.updatePlan': {
    input: z
      .object({
        id: RunbookId,
        reason: Reason.optional(),
        incidentId: Id.nullable().optional(),
        authorisation: Authorisation.nullable().optional(),
        personIds: z.array(Id).min(1).max(5000).optional(),
        successors: z.array(Successor).max(1000).optional(),
      })
      .strict(),
    output: returns<RunbookView>(),
  },
  /** Starts a draft: the membership snapshot of every group it touches is taken in the same commit. */
  'runbooks.start': { input: z.object({ id: RunbookId }).strict(), output: returns<RunbookPageView>() },
  /** Records one step's outcome; `done` makes the membership change. A skip needs a reason. */
  'runbooks.step': {
    input: z
      .object({
        id: RunbookId,
        ord: z.number().int().min(1).max(100000),
        outcome: z.enum(['done', 'skipped', 'failed']),
        note: freeText(500, 1).optional(),
      })
      .strict()
      .refine((s) => s.outcome !== 'skipped' || s.note !== undefined, {
        message: 'skip_reason_required',
        path: ['note'],
      }),
    output: returns<RunbookPageView>(),
  },
  /** Undoes the last recorded step of an open runbook (the membership it closed is re-opened). */
  'runbooks.undo': { input: z.object({ id: RunbookId }).strict(), output: returns<RunbookPageView>() },
  'runbooks.pause': { input: z.object({ id: RunbookId }).strict(), output: returns<RunbookPageView>() },
  'runbooks.resume': { input: z.object({ id: RunbookId }).strict(), output: returns<RunbookPageView>() },
  'runbooks.cancel': {
    input: z.object({ id: RunbookId, reason: Reason }).strict(),
    output: returns<RunbookView>(),
  },
  /** The runbook's report for the director, written where the host asks; null when cancelled. */
  'runbooks.exportReport': {
    input: z.object({ id: RunbookId, format: ReportFormat }).strict(),
    output: returns<ExportedFile | null>(),
  },
} as const satisfies ChannelGroup;
