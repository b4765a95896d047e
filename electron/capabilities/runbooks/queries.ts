/**
 * Runbook read models: the list (by state, group or person), one runbook with its steps as the
 * walk shows them (who, unit, position, handle on the group's platform, outcome, drift), the
 * progress and pace, the next step, and the report of what was done.
 */
import type {
  NotPlanned,
  RunbookGroupState,
  RunbookPageView,
  RunbookReport,
  RunbookState,
  RunbookStepView,
  RunbookSummary,
  RunbookView,
  RunbookWalkView,
  SnapshotMember,
  StepDrift,
} from '../../../shared/contract';
import type { Handles } from '../../../shared/domain';
import { readTransaction, stmt, type Db } from '../../db/database';
import type { Clock } from '../../kernel/context';
import { getIncidentRow } from '../incidents';
import {
  getRunbookRecord,
  lastRecordedStep,
  runbookSteps,
  storedPlan,
  walkNext,
  type RunbookRecord,
  type StepRecord,
} from './records';

function groupStates(db: Db, id: number): RunbookGroupState[] {
  return (
    stmt(
      db,
      `SELECT g.id, g.name, g.platform, g.status FROM runbook_groups rg JOIN groups g ON g.id = rg.group_id
        WHERE rg.runbook_id = ? ORDER BY rg.sort`,
    ).all(id) as Array<{
      id: string;
      name: string;
      platform: RunbookGroupState['platform'];
      status: RunbookGroupState['status'];
    }>
  ).map((g) => ({ groupId: g.id, name: g.name, platform: g.platform, status: g.status }));
}

function personName(db: Db, id: string | null): string | null {
  if (id === null) return null;
  return (stmt(db, 'SELECT name FROM people WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? null;
}

/** The linked incident as the admin knows it; null when none (or when a reference no longer names one). */
function linkedIncident(db: Db, ref: string | null): RunbookSummary['incident'] {
  const id = ref === null ? undefined : /^(?:incident-)?(\d{1,12})$/.exec(ref)?.[1];
  if (id === undefined) return null;
  try {
    return getIncidentRow(db, Number(id));
  } catch {
    return null;
  }
}

function summary(db: Db, r: RunbookRecord): RunbookSummary {
  const counts = stmt(
    db,
    'SELECT count(*) AS total, count(outcome) AS done FROM runbook_steps WHERE runbook_id = ?',
  ).get(r.id) as { total: number; done: number };
  const input = storedPlan(r).input;
  const subjectId = input.kind === 'offboard' ? input.personId : null;
  return {
    id: r.id,
    kind: r.kind,
    state: r.state,
    reason: r.reason,
    incidentId: r.incident_id,
    incident: linkedIncident(db, r.incident_id),
    groups: groupStates(db, r.id),
    subject: subjectId === null ? null : { personId: subjectId, name: personName(db, subjectId) ?? subjectId },
    authorisation: authorisationOf(db, r),
    createdAt: r.created_at,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    progress: { done: counts.done, total: counts.total },
  };
}

export function listRunbooks(
  db: Db,
  filter: { state?: RunbookState; groupId?: string; personId?: string; incidentId?: number } = {},
): RunbookSummary[] {
  return readTransaction(db, () => {
    const rows = stmt(
      db,
      `SELECT * FROM runbooks r
        WHERE (?1 IS NULL OR r.state = ?1)
          AND (?2 IS NULL OR EXISTS (SELECT 1 FROM runbook_groups rg WHERE rg.runbook_id = r.id AND rg.group_id = ?2))
          AND (?3 IS NULL OR EXISTS (SELECT 1 FROM runbook_steps s WHERE s.runbook_id = r.id AND s.person_id = ?3))
          AND (?4 IS NULL OR r.incident_id IN (?4, 'incident-' || ?4))
        ORDER BY r.created_at DESC, r.id DESC`,
    ).all(
      filter.state ?? null,
      filter.groupId ?? null,
      filter.personId ?? null,
      filter.incidentId === undefined ? null : String(filter.incidentId),
    ) as unknown as RunbookRecord[];
    return rows.map((r) => summary(db, r));
  });
}

interface StepRow extends StepRecord {
  person_name: string;
  unit_name: string | null;
  position: string | null;
  handles: string;
  group_name: string;
  platform: string;
  owner_id: string | null;
  open_id: number | null;
}

/** A membership changed outside the runbook, while the runbook is still open. */
function driftOf(s: StepRow, open: boolean): StepDrift | null {
  if (!open) return null;
  const member = s.open_id !== null;
  switch (s.action) {
    case 'remove':
      if (s.outcome === null) return member ? null : 'already_gone';
      return s.outcome === 'done' && member ? 're_added' : null;
    case 'add':
      if (s.outcome === null) return member ? 'already_present' : null;
      return s.outcome === 'done' && s.open_id !== s.membership_id ? 'removed_outside' : null;
    case 'transfer':
      if (s.outcome === null) return member ? null : 'successor_gone';
      return s.outcome === 'done' && s.owner_id !== s.person_id ? 'owner_changed' : null;
  }
}

const STEP_VIEW_SQL = `SELECT s.*, p.name AS person_name, u.name AS unit_name, p.position, p.handles,
            g.name AS group_name, g.platform, g.owner_id, m.id AS open_id
       FROM runbook_steps s
       JOIN people p ON p.id = s.person_id
       LEFT JOIN units u ON u.id = p.unit_id
       JOIN groups g ON g.id = s.group_id
       LEFT JOIN memberships m ON m.group_id = s.group_id AND m.person_id = s.person_id AND m.left_on IS NULL`;

/** The steps as the walk and the report show them: all of them, or those with the given ords. */
function stepViews(db: Db, r: RunbookRecord, ords?: readonly number[]): RunbookStepView[] {
  const rows = (ords === undefined
    ? stmt(db, `${STEP_VIEW_SQL} WHERE s.runbook_id = ? ORDER BY s.ord`).all(r.id)
    : ords.length === 0
      ? []
      : stmt(
          db,
          `${STEP_VIEW_SQL} WHERE s.runbook_id = ? AND s.ord IN (SELECT value FROM json_each(?)) ORDER BY s.ord`,
        ).all(r.id, JSON.stringify(ords))) as unknown as StepRow[];
  const open = r.state !== 'finished' && r.state !== 'cancelled';
  return rows.map((s) => ({
    ord: s.ord,
    groupId: s.group_id,
    groupName: s.group_name,
    personId: s.person_id,
    name: s.person_name,
    unitName: s.unit_name,
    position: s.position,
    handle: (JSON.parse(s.handles) as Handles)[s.platform as keyof Handles] ?? null,
    action: s.action,
    role: s.role,
    outcome: s.outcome,
    note: s.note,
    at: s.at,
    membershipId: s.membership_id,
    drift: driftOf(s, open),
  }));
}

/** Milliseconds in progress: from start to the end (or now), pauses left out. */
export function timeSpent(r: RunbookRecord, clock: Clock): number {
  if (!r.started_at) return 0;
  const end = r.ended_at ? Date.parse(r.ended_at) : clock.now().getTime();
  const pausedNow = r.state === 'paused' && r.paused_at ? end - Date.parse(r.paused_at) : 0;
  return Math.max(0, end - Date.parse(r.started_at) - r.paused_ms - pausedNow);
}

function snapshots(db: Db, id: number): RunbookReport['snapshot'] {
  return (
    stmt(
      db,
      `SELECT rg.group_id, g.name, rg.snapshot FROM runbook_groups rg JOIN groups g ON g.id = rg.group_id
        WHERE rg.runbook_id = ? AND rg.snapshot IS NOT NULL ORDER BY rg.sort`,
    ).all(id) as Array<{ group_id: string; name: string; snapshot: string }>
  ).map((s) => ({ groupId: s.group_id, groupName: s.name, members: JSON.parse(s.snapshot) as SnapshotMember[] }));
}

export function getRunbook(db: Db, clock: Clock, id: number): RunbookView {
  return readTransaction(db, () => {
    const r = getRunbookRecord(db, id);
    const base = summary(db, r);
    const steps = stepViews(db, r);
    const notPlanned: NotPlanned[] = storedPlan(r).notPlanned;
    const { authorisation } = base;
    const spent = timeSpent(r, clock);
    const done = base.progress.done;
    const left = base.progress.total - done;
    const report: RunbookReport = {
      kind: r.kind,
      groups: base.groups,
      reason: r.reason,
      incidentId: r.incident_id,
      authorisation,
      startedAt: r.started_at,
      endedAt: r.ended_at,
      carriedOutBy: r.carried_out_by,
      state: r.state,
      cancelReason: r.cancel_reason,
      people: steps,
      skipped: steps.filter((s) => s.outcome === 'skipped'),
      failed: steps.filter((s) => s.outcome === 'failed'),
      notPlanned,
      snapshot: snapshots(db, id),
    };
    return {
      ...base,
      detail: 'full',
      cancelReason: r.cancel_reason,
      carriedOutBy: r.carried_out_by,
      steps,
      next: walkNext(r.kind, steps, (s) => s.groupId),
      notPlanned,
      timeSpentMs: spent,
      estimateLeftMs: done > 0 && r.started_at ? Math.round((spent / done) * left) : null,
      unfinishedDissolve: r.kind === 'dissolve' && r.state === 'finished' && base.groups[0]?.status === 'dissolving',
      report,
    };
  });
}

/** Steps shown before the next person on the walk page, and from them on (the next included). */
const BEFORE = 3;
const FROM_NEXT = 8;

function authorisationOf(db: Db, r: RunbookRecord): RunbookView['authorisation'] {
  return {
    personId: r.authorised_by_person,
    personName: personName(db, r.authorised_by_person),
    position: r.authorised_by_position,
    on: r.authorised_on,
    documentRef: r.document_ref,
  };
}

/**
 * A runbook being walked, as its page shows it after each step: the next person, the steps around
 * them and the last one recorded. It reads the steps' bare records to find the next and the
 * window, then joins names and handles for those few only.
 */
export function getRunbookWalk(db: Db, clock: Clock, id: number): RunbookWalkView {
  return readTransaction(db, () => {
    const r = getRunbookRecord(db, id);
    const base = summary(db, r);
    const records = runbookSteps(db, id);
    const next = walkNext(r.kind, records, (s) => s.group_id);
    const at = next ? records.indexOf(next) : records.length;
    const window = records.slice(Math.max(0, at - BEFORE), at + FROM_NEXT).map((s) => s.ord);
    // What U undoes: the step undoStep takes back.
    const last = lastRecordedStep(db, id);
    const wanted = [...new Set([...window, ...(last ? [last.ord] : []), ...(next ? [next.ord] : [])])];
    const views = new Map(stepViews(db, r, wanted).map((v) => [v.ord, v]));
    const spent = timeSpent(r, clock);
    const { done, total } = base.progress;
    return {
      ...base,
      detail: 'walk',
      carriedOutBy: r.carried_out_by,
      next: next ? (views.get(next.ord) ?? null) : null,
      nearby: window.flatMap((ord) => views.get(ord) ?? []),
      last: last ? (views.get(last.ord) ?? null) : null,
      timeSpentMs: spent,
      estimateLeftMs: done > 0 && r.started_at ? Math.round((spent / done) * (total - done)) : null,
    };
  });
}

/** What the runbook page shows: the walk while the runbook is walked, the whole runbook otherwise. */
export function getRunbookPage(db: Db, clock: Clock, id: number): RunbookPageView {
  return readTransaction(db, () => {
    const { state } = getRunbookRecord(db, id);
    return state === 'in_progress' || state === 'paused' ? getRunbookWalk(db, clock, id) : getRunbook(db, clock, id);
  });
}

/**
 * The step a walk continues with: the first without an outcome, except that a dissolve offers its
 * failed steps again before the owner leaves (null once every step has one).
 */
export function nextStep(db: Db, id: number): StepRecord | null {
  return walkNext(getRunbookRecord(db, id).kind, runbookSteps(db, id), (s) => s.group_id);
}
