/** The stored runbook, its groups and steps, and the guards every runbook command starts with. */
import type {
  NotPlanned,
  RunbookKind,
  RunbookPlanInput,
  RunbookState,
  StepAction,
  StepOutcome,
} from '../../../shared/contract';
import type { Role } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import { stmt, type Db } from '../../db/database';
import type { ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';
import { getIncidentRow } from '../incidents';

export interface RunbookRecord {
  id: number;
  kind: RunbookKind;
  state: RunbookState;
  reason: string;
  /** StoredPlan as JSON. */
  plan: string;
  incident_id: string | null;
  authorised_by_person: string | null;
  authorised_by_position: string | null;
  authorised_on: string | null;
  document_ref: string | null;
  created_at: string;
  started_at: string | null;
  ended_at: string | null;
  paused_at: string | null;
  paused_ms: number;
  cancel_reason: string | null;
  carried_out_by: string | null;
}

export interface StepRecord {
  runbook_id: number;
  ord: number;
  group_id: string;
  person_id: string;
  action: StepAction;
  role: Role | null;
  outcome: StepOutcome | null;
  note: string | null;
  at: string | null;
  acted: number | null;
  membership_id: number | null;
}

/** What the plan was made from (to re-plan a draft) and who it leaves out, with why. */
export interface StoredPlan {
  input: RunbookPlanInput;
  notPlanned: NotPlanned[];
}

export function storedPlan(r: RunbookRecord): StoredPlan {
  return JSON.parse(r.plan) as StoredPlan;
}

export function getRunbookRecord(db: Db, id: number): RunbookRecord {
  const row = stmt(db, 'SELECT * FROM runbooks WHERE id = ?').get(id) as RunbookRecord | undefined;
  if (!row) throw new LedgerError('not_found', { kind: 'runbook', id: String(id) });
  return row;
}

export function runbookSteps(db: Db, id: number): StepRecord[] {
  return stmt(db, 'SELECT * FROM runbook_steps WHERE runbook_id = ? ORDER BY ord').all(id) as unknown as StepRecord[];
}

/** The step recorded last (by when it was acted on): what an undo takes back; undefined before the first. */
export function lastRecordedStep(db: Db, id: number): StepRecord | undefined {
  return stmt(
    db,
    'SELECT * FROM runbook_steps WHERE runbook_id = ? AND outcome IS NOT NULL ORDER BY acted DESC LIMIT 1',
  ).get(id) as unknown as StepRecord | undefined;
}

/** One step of a runbook, or undefined. */
export function runbookStep(db: Db, id: number, ord: number): StepRecord | undefined {
  return stmt(db, 'SELECT * FROM runbook_steps WHERE runbook_id = ? AND ord = ?').get(id, ord) as unknown as
    StepRecord | undefined;
}

/**
 * The step a walk continues with: the first without an outcome. In a dissolve the owner leaves
 * last, once everyone else is done or skipped, so before the owner's step the failed steps of that
 * group come back, one by one, to be tried again (done) or skipped with the reason.
 */
export function walkNext<T extends { outcome: StepOutcome | null; role: Role | null }>(
  kind: RunbookKind,
  steps: readonly T[],
  groupOf: (step: T) => string,
): T | null {
  const first = steps.find((s) => s.outcome === null);
  if (!first || kind !== 'dissolve' || first.role !== 'owner') return first ?? null;
  return steps.find((s) => groupOf(s) === groupOf(first) && s.outcome === 'failed') ?? first;
}

/**
 * Whether a dissolution of the group ended with people still in it (finished with steps skipped
 * or failed) since the group was last rebuilt: such a group stays dissolving until a dissolve
 * walks the rest. `except` leaves one runbook out (the one asking).
 */
export function dissolutionUnfinished(db: Db, groupId: string, except: number | null = null): boolean {
  const row = stmt(
    db,
    `SELECT 1 FROM runbooks r JOIN runbook_groups rg ON rg.runbook_id = r.id
      WHERE rg.group_id = ?1 AND r.kind = 'dissolve' AND r.state = 'finished' AND r.id IS NOT ?2
        AND r.started_at > coalesce((SELECT max(b.started_at) FROM runbooks b JOIN runbook_groups bg ON bg.runbook_id = b.id
                                      WHERE bg.group_id = ?1 AND b.kind = 'rebuild' AND b.started_at IS NOT NULL), '')
      LIMIT 1`,
  ).get(groupId, except);
  return row !== undefined;
}

export function runbookGroupIds(db: Db, id: number): string[] {
  return (
    stmt(db, 'SELECT group_id FROM runbook_groups WHERE runbook_id = ? ORDER BY sort').all(id) as Array<{
      group_id: string;
    }>
  ).map((r) => r.group_id);
}

/**
 * The incident a plan names, checked to exist and kept as its number ("12"; "incident-12" is read
 * the same); null when none is named. An unknown incident is refused like any unknown record.
 */
export function incidentRef(db: Db, ref: string | null | undefined): string | null {
  if (ref === null || ref === undefined) return null;
  const id = /^(?:incident-)?(\d{1,12})$/.exec(ref.trim())?.[1];
  if (!id) throw new LedgerError('not_found', { kind: 'incident', id: ref });
  return String(getIncidentRow(db, Number(id)).id);
}

/** A runbook that is still open: changes are refused once it has finished or been cancelled. */
export function requireOpen(r: RunbookRecord): void {
  if (r.state === 'finished' || r.state === 'cancelled') throw new LedgerError('runbook_ended');
}

export function requireDraft(r: RunbookRecord): void {
  requireOpen(r);
  if (r.state !== 'draft') throw new LedgerError('runbook_not_draft');
}

export function requireRunning(r: RunbookRecord): void {
  requireOpen(r);
  if (r.state !== 'in_progress') throw new LedgerError('runbook_not_running');
}

/** Refuses a group that another open runbook (draft, in progress or paused) already holds. */
export function requireGroupsFree(db: Db, groupIds: readonly string[], except: number | null): void {
  const busy = stmt(
    db,
    `SELECT g.name FROM runbook_groups rg JOIN groups g ON g.id = rg.group_id
      WHERE rg.group_id = ? AND rg.open = 1 AND rg.runbook_id IS NOT ?`,
  );
  for (const groupId of groupIds) {
    const row = busy.get(groupId, except) as { name: string } | undefined;
    if (row) throw new LedgerError('runbook_group_busy', { group: row.name });
  }
}

/** Sets a group's status and records `group.status_changed` (call inside the command's transaction). */
export function setGroupStatus(
  ctx: ServiceContext,
  groupId: string,
  status: 'active' | 'dissolving' | 'dissolved',
  runbook: RunbookRecord,
): void {
  const row = stmt(ctx.db, 'SELECT status FROM groups WHERE id = ?').get(groupId) as { status: string } | undefined;
  if (!row || row.status === status) return;
  stmt(ctx.db, 'UPDATE groups SET status = ? WHERE id = ?').run(status, groupId);
  appendEvent(ctx, {
    kind: 'group.status_changed',
    subjects: [groupId, `runbook-${runbook.id}`],
    before: { status: row.status as 'active' },
    after: { status, runbookId: runbook.id, reason: runbook.reason },
  });
}

/** The plan payload of the planned / plan_updated events. */
export function planPayload(db: Db, r: RunbookRecord) {
  return {
    id: r.id,
    kind: r.kind,
    reason: r.reason,
    incidentId: r.incident_id,
    groupIds: runbookGroupIds(db, r.id),
    authorisedByPerson: r.authorised_by_person,
    authorisedByPosition: r.authorised_by_position,
    authorisedOn: r.authorised_on,
    documentRef: r.document_ref,
    steps: runbookSteps(db, r.id).map((s) => ({
      ord: s.ord,
      groupId: s.group_id,
      personId: s.person_id,
      action: s.action,
    })),
  };
}

/** The step payload of step_recorded / step_undone. */
export function stepPayload(s: StepRecord & { outcome: StepOutcome }) {
  return {
    runbookId: s.runbook_id,
    ord: s.ord,
    groupId: s.group_id,
    personId: s.person_id,
    action: s.action,
    outcome: s.outcome,
    note: s.note,
    membershipId: s.membership_id,
  };
}
