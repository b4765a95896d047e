/**
 * The dashboard's lists of what has come to its end (seed 002): ad-hoc groups ending within
 * ENDING_SOON_DAYS, ad-hoc groups past their end date, and approved exceptions past their review
 * date. Each line carries the runbook already holding its group, so the dashboard offers to plan
 * one only where none is open. The rules match kernel/lifecycle.ts (the groups list and page).
 */
import {
  DASHBOARD_LIST_LIMIT,
  ENDING_SOON_DAYS,
  type AdhocGroupLine,
  type DashboardList,
  type LapsedExceptionGroup,
  type OpenRunbookRef,
} from '../../../shared/contract';
import type { GroupStatus, Platform } from '../../../shared/domain';
import { stmt, type Db } from '../../db/database';
import { checkRecord, unitParents } from '../../kernel/charter';
import { getGroupRecord, getPersonRecord } from '../../kernel/records';
import { toGroup } from '../../kernel/rows';

interface RunbookColumns {
  runbook_id: number | null;
  runbook_kind: OpenRunbookRef['kind'] | null;
  runbook_state: OpenRunbookRef['state'] | null;
}

const OPEN_RUNBOOK_JOIN = `
  LEFT JOIN runbook_groups rg ON rg.group_id = g.id AND rg.open = 1
  LEFT JOIN runbooks r ON r.id = rg.runbook_id`;

function openRunbook(row: RunbookColumns): OpenRunbookRef | null {
  return row.runbook_id !== null && row.runbook_kind && row.runbook_state
    ? { id: row.runbook_id, kind: row.runbook_kind, state: row.runbook_state }
    : null;
}

/** Ad-hoc groups not yet dissolved or archived whose end date is in the window `where` names. */
const ADHOC_WHERE = `g.kind = 'adhoc' AND g.end_date IS NOT NULL AND g.status IN ('active', 'dissolving')`;
const EXPIRED = `${ADHOC_WHERE} AND g.end_date < ?1`;
const ENDING = `${ADHOC_WHERE} AND g.end_date >= ?1 AND g.end_date <= date(?1, '+${ENDING_SOON_DAYS} days')`;

type AdhocRecord = RunbookColumns & {
  id: string;
  name: string;
  platform: Platform;
  status: GroupStatus;
  end_date: string;
  task: string | null;
  members: number;
};

function adhocList(db: Db, where: string, today: string): DashboardList<AdhocGroupLine> {
  const rows = stmt(
    db,
    `SELECT g.id, g.name, g.platform, g.status, g.end_date, g.task,
       (SELECT count(*) FROM memberships m WHERE m.group_id = g.id AND m.left_on IS NULL) AS members,
       r.id AS runbook_id, r.kind AS runbook_kind, r.state AS runbook_state
     FROM groups g ${OPEN_RUNBOOK_JOIN}
     WHERE ${where} ORDER BY g.end_date, g.name, g.id LIMIT ?2`,
  ).all(today, DASHBOARD_LIST_LIMIT) as unknown as AdhocRecord[];
  const total = (stmt(db, `SELECT count(*) AS n FROM groups g WHERE ${where}`).get(today) as { n: number }).n;
  return {
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      platform: r.platform,
      status: r.status,
      endDate: r.end_date,
      task: r.task,
      members: r.members,
      openRunbook: openRunbook(r),
    })),
    total,
  };
}

/** Ad-hoc groups past their end date (the end date itself is still the task's last day). */
export function expiredGroups(db: Db, today: string): DashboardList<AdhocGroupLine> {
  return adhocList(db, EXPIRED, today);
}

/** Ad-hoc groups ending today or within ENDING_SOON_DAYS. */
export function endingGroups(db: Db, today: string): DashboardList<AdhocGroupLine> {
  return adhocList(db, ENDING, today);
}

type LapsedRecord = RunbookColumns & {
  exception_id: number;
  person_id: string;
  name: string;
  unit_name: string | null;
  position: string | null;
  review_on: string;
  group_id: string;
  group_name: string;
  platform: Platform;
};

/**
 * Approved exceptions past their review date whose member is still in an active group as an
 * ordinary member and still outside its charter (one the charter has come to cover needs no
 * prune): exactly the people a prune of "these" can take. By group name, then review date.
 */
export function lapsedExceptions(db: Db, today: string): LapsedExceptionGroup[] {
  const rows = stmt(
    db,
    `SELECT e.id AS exception_id, e.person_id, p.name, u.name AS unit_name, p.position, e.review_on,
       g.id AS group_id, g.name AS group_name, g.platform,
       r.id AS runbook_id, r.kind AS runbook_kind, r.state AS runbook_state
     FROM exceptions e
     JOIN memberships m ON m.id = e.membership_id AND m.left_on IS NULL AND m.role = 'member'
     JOIN groups g ON g.id = e.group_id AND g.status = 'active'
     JOIN people p ON p.id = e.person_id
     LEFT JOIN units u ON u.id = p.unit_id ${OPEN_RUNBOOK_JOIN}
     WHERE e.status = 'approved' AND e.review_on IS NOT NULL AND e.review_on < ?
       AND (g.owner_id IS NULL OR g.owner_id <> e.person_id)
     ORDER BY g.name, g.id, e.review_on, p.name`,
  ).all(today) as unknown as LapsedRecord[];
  if (rows.length === 0) return [];
  const parents = unitParents(db);
  const groups = new Map<string, LapsedExceptionGroup>();
  for (const r of rows) {
    let entry = groups.get(r.group_id);
    const group = toGroup(getGroupRecord(db, r.group_id));
    if (group.deputyIds.includes(r.person_id)) continue;
    if (checkRecord(group, getPersonRecord(db, r.person_id), parents).eligible) continue;
    if (!entry) {
      entry = {
        groupId: r.group_id,
        groupName: r.group_name,
        platform: r.platform,
        people: [],
        openRunbook: openRunbook(r),
      };
      groups.set(r.group_id, entry);
    }
    entry.people.push({
      exceptionId: r.exception_id,
      personId: r.person_id,
      name: r.name,
      unitName: r.unit_name,
      position: r.position,
      reviewOn: r.review_on,
    });
  }
  return [...groups.values()];
}
