/** Reading incidents: the filtered list, one incident in full, the dashboard figures and the period report. */
import type {
  ChannelInput,
  IncidentActionView,
  IncidentDashboard,
  IncidentDetail,
  IncidentHistoryEntry,
  IncidentPage,
  IncidentPersonView,
  IncidentReport,
  IncidentRow,
} from '../../../shared/contract';
import { INCIDENT_STATUSES, SEVERITIES } from '../../../shared/incidents';
import { LedgerError } from '../../../shared/errors';
import { foldQuery } from '../../../shared/search';
import { readTransaction, stmt, type Db } from '../../db/database';
import { today, type Clock } from '../../kernel/context';
import { listKinds } from './kinds';
import {
  daysBetween,
  INCIDENT_ROW_COLUMNS,
  partyView,
  stepsOf,
  toIncidentRow,
  toStepView,
  type IncidentRowRecord,
} from './records';

const FROM = 'FROM incidents i LEFT JOIN groups g ON g.id = i.group_id';

/**
 * Incidents matching every filter given, the most recently noticed first. The WHERE clause names
 * only the filters given, so that SQLite can lead with the index of the one that narrows most.
 */
export function listIncidents(db: Db, filter: ChannelInput<'incidents.list'>): IncidentPage {
  const where: string[] = [];
  const args: Array<string | number> = [];
  const add = (sql: string, value: string | number | undefined) => {
    if (value === undefined) return;
    where.push(sql);
    args.push(value);
  };
  add('i.kind = ?', filter.kind);
  add('i.severity = ?', filter.severity);
  add('i.status = ?', filter.status);
  add('i.group_id = ?', filter.groupId);
  add('i.noticed_on >= ?', filter.since);
  add('i.noticed_on <= ?', filter.until);
  // Each word typed must be found (in any order): `yy ch` finds 语音 … 撤回 by their pinyin initials.
  const words = (filter.query ?? '')
    .split(/\s+/)
    .map(foldQuery)
    .filter((w) => w !== '');
  for (const word of new Set(words).values()) add('instr(i.search_key, ?) > 0', word);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  return readTransaction(db, () => {
    const total = (stmt(db, `SELECT count(*) AS n FROM incidents i ${clause}`).get(...args) as { n: number }).n;
    const rows = stmt(
      db,
      `SELECT ${INCIDENT_ROW_COLUMNS} ${FROM} ${clause} ORDER BY i.noticed_on DESC, i.id DESC LIMIT ? OFFSET ?`,
    ).all(...args, filter.limit ?? 200, filter.offset ?? 0) as unknown as IncidentRowRecord[];
    return { rows: rows.map(toIncidentRow), total };
  });
}

/** One incident as the list shows it (what, where, when, the admin's summary): how other records name it. */
export function getIncidentRow(db: Db, id: number): IncidentRow {
  const row = stmt(db, `SELECT ${INCIDENT_ROW_COLUMNS} ${FROM} WHERE i.id = ?`).get(id) as unknown as
    IncidentRowRecord | undefined;
  if (!row) throw new LedgerError('not_found', { kind: 'incident', id });
  return toIncidentRow(row);
}

/** The day an incident event concerns, from its stored payload. */
function eventDay(kind: string, at: string, after: Record<string, unknown> | null): string {
  const field: Record<string, string> = {
    'incident.recorded': 'noticedOn',
    'incident.escalated': 'escalatedOn',
    'incident.decided': 'decidedOn',
    'incident.action_added': 'takenOn',
    'incident.closed': 'closedOn',
    'incident.dismissed': 'dismissedOn',
    'incident.reopened': 'reopenedOn',
  };
  const value = field[kind] ? after?.[field[kind]] : undefined;
  return typeof value === 'string' ? value : at.slice(0, 10);
}

/** The incident with the names of its people, its steps, its actions and its history in order of the days concerned. */
export function getIncident(db: Db, clock: Clock, id: number): IncidentDetail {
  return readTransaction(db, () => {
    const row = stmt(db, `SELECT ${INCIDENT_ROW_COLUMNS} ${FROM} WHERE i.id = ?`).get(id) as unknown as
      IncidentRowRecord | undefined;
    if (!row) throw new LedgerError('not_found', { kind: 'incident', id });
    const now = today(clock);
    const people = stmt(
      db,
      `SELECT ip.person_id AS personId, p.name, ip.role FROM incident_people ip JOIN people p ON p.id = ip.person_id
       WHERE ip.incident_id = ? ORDER BY CASE ip.role WHEN 'poster' THEN 1 WHEN 'party' THEN 2 WHEN 'witness' THEN 3 ELSE 4 END, p.name`,
    ).all(id) as unknown as IncidentPersonView[];
    const actions = stmt(
      db,
      `SELECT a.id, a.kind, a.link, a.target_person_id AS targetPersonId, p.name AS targetName, a.note, a.taken_on AS takenOn
       FROM incident_actions a LEFT JOIN people p ON p.id = a.target_person_id
       WHERE a.incident_id = ? ORDER BY a.taken_on, a.id`,
    ).all(id) as unknown as IncidentActionView[];
    const events = stmt(
      db,
      `SELECT e.seq, e.at, e.actor, e.kind, e.after FROM event_subjects s JOIN events e ON e.seq = s.seq
       WHERE s.subject = ? ORDER BY e.seq`,
    ).all(`incident-${id}`) as Array<{ seq: number; at: string; actor: string; kind: string; after: string | null }>;
    const timeline: IncidentHistoryEntry[] = events
      .map((e) => ({
        seq: e.seq,
        at: e.at,
        actor: e.actor,
        kind: e.kind,
        on: eventDay(e.kind, e.at, e.after === null ? null : (JSON.parse(e.after) as Record<string, unknown>)),
      }))
      .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.seq - b.seq));
    return {
      ...toIncidentRow(row),
      people,
      steps: stepsOf(db, id).map((s) => toStepView(db, s, now)),
      actions,
      timeline,
    };
  });
}

/** Open incidents by status and severity, and the steps that have waited longer than `waitingDays` (default 7). */
export function incidentDashboard(db: Db, clock: Clock, waitingDays = 7): IncidentDashboard {
  return readTransaction(db, () => {
    const now = today(clock);
    const byStatus = { open: 0, escalated: 0, decided: 0 };
    const openBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as IncidentDashboard['openBySeverity'];
    const counts = stmt(
      db,
      `SELECT status, severity, count(*) AS n FROM incidents WHERE status IN ('open', 'escalated', 'decided')
       GROUP BY status, severity`,
    ).all() as Array<{ status: keyof typeof byStatus; severity: keyof typeof openBySeverity; n: number }>;
    for (const c of counts) {
      byStatus[c.status] += c.n;
      openBySeverity[c.severity] += c.n;
    }
    const WAITING = `FROM incident_steps s JOIN incidents i ON i.id = s.incident_id
       WHERE s.decided_on IS NULL AND s.escalated_on < date(?, '-' || ? || ' days') AND i.status = 'escalated'`;
    const waitingTotal = (stmt(db, `SELECT count(*) AS n ${WAITING}`).get(now, waitingDays) as { n: number }).n;
    const waiting = (
      stmt(
        db,
        `SELECT s.id, s.incident_id, s.to_kind, s.to_ref, s.escalated_on, i.summary ${WAITING}
         ORDER BY s.escalated_on, s.id LIMIT 50`,
      ).all(now, waitingDays) as Array<{
        id: number;
        incident_id: number;
        to_kind: 'person' | 'position';
        to_ref: string;
        escalated_on: string;
        summary: string;
      }>
    ).map((s) => ({
      incidentId: s.incident_id,
      stepId: s.id,
      summary: s.summary,
      to: partyView(db, s.to_kind, s.to_ref),
      escalatedOn: s.escalated_on,
      days: daysBetween(s.escalated_on, now),
    }));
    return {
      open: byStatus.open + byStatus.escalated + byStatus.decided,
      byStatus,
      openBySeverity,
      waiting,
      waitingTotal,
    };
  });
}

/** The day of each incident's last decision, for those of `ids` that have one (one query, any number of ids). */
export function lastDecisionDays(db: Db, ids: readonly number[]): Map<number, string> {
  const rows = stmt(
    db,
    `SELECT incident_id AS id, max(decided_on) AS day FROM incident_steps
      WHERE incident_id IN (SELECT value FROM json_each(?)) AND decided_on IS NOT NULL GROUP BY incident_id`,
  ).all(JSON.stringify(ids)) as Array<{ id: number; day: string }>;
  return new Map(rows.map((r) => [r.id, r.day]));
}

/** The middle value of a list of numbers (the mean of the two middle ones for an even count), or null. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Figures of the incidents noticed in a period (both ends included, either open): counts by kind,
 * severity and status, and the median days from notice to the last decision of those decided.
 */
export function incidentReport(db: Db, period: ChannelInput<'incidents.report'>): IncidentReport {
  const since = period.since ?? null;
  const until = period.until ?? null;
  return readTransaction(db, () => {
    const zero = <K extends string>(keys: readonly K[]) =>
      Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
    const byKind = new Map<string, number>();
    const bySeverity = zero(SEVERITIES);
    const byStatus = zero(INCIDENT_STATUSES);
    const IN_PERIOD = '(?1 IS NULL OR i.noticed_on >= ?1) AND (?2 IS NULL OR i.noticed_on <= ?2)';
    const groups = stmt(
      db,
      `SELECT kind, severity, status, count(*) AS n FROM incidents i WHERE ${IN_PERIOD} GROUP BY kind, severity, status`,
    ).all(since, until) as Array<{
      kind: string;
      severity: keyof typeof bySeverity;
      status: keyof typeof byStatus;
      n: number;
    }>;
    let total = 0;
    for (const g of groups) {
      total += g.n;
      byKind.set(g.kind, (byKind.get(g.kind) ?? 0) + g.n);
      bySeverity[g.severity] += g.n;
      byStatus[g.status] += g.n;
    }
    const decided = stmt(
      db,
      `SELECT i.noticed_on, max(s.decided_on) AS decided_on FROM incidents i JOIN incident_steps s ON s.incident_id = i.id
       WHERE ${IN_PERIOD} AND s.decided_on IS NOT NULL GROUP BY i.id`,
    ).all(since, until) as Array<{ noticed_on: string; decided_on: string }>;
    return {
      since,
      until,
      total,
      byKind: listKinds(db)
        .filter((k) => !k.retired || byKind.has(k.id))
        .map((k) => ({ kind: k.id, label: k.label, count: byKind.get(k.id) ?? 0 })),
      bySeverity,
      byStatus,
      decided: decided.length,
      medianDaysToDecision: median(decided.map((d) => daysBetween(d.noticed_on, d.decided_on))),
    };
  });
}
