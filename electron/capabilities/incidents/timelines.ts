/**
 * Timelines: a group's incidents (with their steps, decisions, actions and endings) interleaved
 * with the joins, departures and rules versions of that group; a person's incidents with their role.
 * Both are ordered by the day concerned; on one day, what made the change comes before its consequences.
 */
import type { ChannelInput, GroupTimelineEntry, PartyView, PersonTimelineEntry } from '../../../shared/contract';
import type { InvolvementRole, Party } from '../../../shared/incidents';
import type { Role } from '../../../shared/domain';
import { readTransaction, stmt, type Db } from '../../db/database';
import { getGroupRecord, getPersonRecord } from '../../kernel/records';
import {
  INCIDENT_ROW_COLUMNS,
  KIND_LABEL_COLUMN,
  partyView,
  toIncidentRow,
  type IncidentRecord,
  type IncidentRowRecord,
  type StepRecord,
} from './records';

/**
 * Order of entries of one day: the incident, its handling (each step escalated then decided, in
 * the order of the steps), the actions, then what changed in the group because of it.
 */
const RANK: Record<GroupTimelineEntry['type'], number> = {
  incident: 1,
  escalated: 2,
  decided: 2,
  action: 4,
  left: 5,
  joined: 6,
  rules: 7,
  closed: 8,
  dismissed: 8,
};

/** Steps of one incident in their order, each escalation before its decision. */
const stepOrder = (s: StepRecord, decided: boolean) => s.incident_id * 10_000 + s.seq * 2 + (decided ? 1 : 0);

const within = (date: string, since?: string, until?: string) =>
  (since === undefined || date >= since) && (until === undefined || date <= until);

export function groupTimeline(db: Db, input: ChannelInput<'incidents.groupTimeline'>): GroupTimelineEntry[] {
  return readTransaction(db, () => {
    const group = getGroupRecord(db, input.groupId);
    // Entries are kept with their order as they are, not copied (a large group has thousands).
    const entries: Array<{ entry: GroupTimelineEntry; order: number }> = [];
    const push = (entry: GroupTimelineEntry, order: number) => {
      if (within(entry.date, input.since, input.until)) entries.push({ entry, order });
    };
    // The same few people are escalated to and decide again and again: each name read once.
    const parties = new Map<string, PartyView>();
    const party = (kind: Party['kind'], ref: string) => {
      const key = `${kind}:${ref}`;
      let view = parties.get(key);
      if (!view) parties.set(key, (view = partyView(db, kind, ref)));
      return view;
    };
    const incidents = stmt(
      db,
      `SELECT i.*, ${KIND_LABEL_COLUMN} FROM incidents i WHERE i.group_id = ? ORDER BY i.id`,
    ).all(group.id) as unknown as Array<IncidentRecord & { kind_label: string | null }>;
    for (const i of incidents) {
      push(
        {
          date: i.occurred_on,
          type: 'incident',
          incidentId: i.id,
          kind: i.kind,
          kindLabel: i.kind_label,
          severity: i.severity,
          status: i.status,
          summary: i.summary,
        },
        i.id,
      );
      if (i.status === 'closed' || i.status === 'dismissed') {
        push({ date: i.closed_on!, type: i.status, incidentId: i.id }, i.id);
      }
    }
    const steps = stmt(
      db,
      `SELECT s.* FROM incident_steps s JOIN incidents i ON i.id = s.incident_id WHERE i.group_id = ? ORDER BY s.id`,
    ).all(group.id) as unknown as StepRecord[];
    for (const s of steps) {
      push(
        {
          date: s.escalated_on,
          type: 'escalated',
          incidentId: s.incident_id,
          stepId: s.id,
          to: party(s.to_kind, s.to_ref),
        },
        stepOrder(s, false),
      );
      if (s.decided_on !== null) {
        push(
          {
            date: s.decided_on,
            type: 'decided',
            incidentId: s.incident_id,
            stepId: s.id,
            decidedBy: s.decided_by_kind && s.decided_by_ref ? party(s.decided_by_kind, s.decided_by_ref) : null,
            decision: s.decision ?? '',
          },
          stepOrder(s, true),
        );
      }
    }
    const actions = stmt(
      db,
      `SELECT a.id, a.incident_id, a.kind, a.taken_on, p.name AS target_name FROM incident_actions a
       JOIN incidents i ON i.id = a.incident_id LEFT JOIN people p ON p.id = a.target_person_id
       WHERE i.group_id = ? ORDER BY a.id`,
    ).all(group.id) as Array<{
      id: number;
      incident_id: number;
      kind: 'warning';
      taken_on: string;
      target_name: string | null;
    }>;
    for (const a of actions) {
      push(
        { date: a.taken_on, type: 'action', incidentId: a.incident_id, actionKind: a.kind, targetName: a.target_name },
        a.id,
      );
    }
    const memberships = stmt(
      db,
      `SELECT m.id, m.person_id, p.name, m.role, m.joined_on, m.left_on, m.left_reason
       FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.group_id = ? ORDER BY m.id`,
    ).all(group.id) as Array<{
      id: number;
      person_id: string;
      name: string;
      role: Role;
      joined_on: string;
      left_on: string | null;
      left_reason: string | null;
    }>;
    for (const m of memberships) {
      push({ date: m.joined_on, type: 'joined', personId: m.person_id, name: m.name, role: m.role }, m.id);
      if (m.left_on !== null) {
        push({ date: m.left_on, type: 'left', personId: m.person_id, name: m.name, reason: m.left_reason }, m.id);
      }
    }
    const rules = stmt(db, 'SELECT version, effective_on FROM rules WHERE group_id = ? ORDER BY version').all(
      group.id,
    ) as Array<{ version: number; effective_on: string }>;
    for (const r of rules) push({ date: r.effective_on, type: 'rules', version: r.version }, r.version);
    entries.sort((x, y) => {
      const a = x.entry;
      const b = y.entry;
      return a.date < b.date ? -1 : a.date > b.date ? 1 : RANK[a.type] - RANK[b.type] || x.order - y.order;
    });
    return entries.map((x) => x.entry);
  });
}

/**
 * Every incident a person is named in — involved (with their roles), put to or deciding a step,
 * or the target of an action — in the order they occurred.
 */
export function personTimeline(db: Db, input: ChannelInput<'incidents.personTimeline'>): PersonTimelineEntry[] {
  return readTransaction(db, () => {
    const person = getPersonRecord(db, input.personId);
    const rows = stmt(
      db,
      `SELECT ${INCIDENT_ROW_COLUMNS},
         (SELECT group_concat(ip.role) FROM incident_people ip WHERE ip.incident_id = i.id AND ip.person_id = ?1) AS roles,
         EXISTS (SELECT 1 FROM incident_steps s WHERE s.incident_id = i.id AND
           ((s.to_kind = 'person' AND s.to_ref = ?1) OR (s.from_kind = 'person' AND s.from_ref = ?1)
             OR (s.decided_by_kind = 'person' AND s.decided_by_ref = ?1))) AS in_steps
       FROM incidents i LEFT JOIN groups g ON g.id = i.group_id
       WHERE i.id IN (
         SELECT incident_id FROM incident_people WHERE person_id = ?1
         UNION SELECT incident_id FROM incident_steps WHERE to_kind = 'person' AND to_ref = ?1
         UNION SELECT incident_id FROM incident_steps WHERE from_kind = 'person' AND from_ref = ?1
         UNION SELECT incident_id FROM incident_steps WHERE decided_by_kind = 'person' AND decided_by_ref = ?1
         UNION SELECT incident_id FROM incident_actions WHERE target_person_id = ?1)
         AND (?2 IS NULL OR i.occurred_on >= ?2) AND (?3 IS NULL OR i.occurred_on <= ?3)
       ORDER BY i.occurred_on, i.id`,
    ).all(person.id, input.since ?? null, input.until ?? null) as unknown as Array<
      IncidentRowRecord & { roles: string | null; in_steps: number }
    >;
    const actions = stmt(
      db,
      'SELECT kind, taken_on AS takenOn FROM incident_actions WHERE incident_id = ? AND target_person_id = ? ORDER BY taken_on, id',
    );
    const ORDER: InvolvementRole[] = ['poster', 'party', 'witness', 'reporter'];
    return rows.map((r) => ({
      ...toIncidentRow(r),
      roles: ORDER.filter((role) => (r.roles ?? '').split(',').includes(role)),
      inSteps: r.in_steps === 1,
      actions: actions.all(r.id, person.id) as unknown as PersonTimelineEntry['actions'],
    }));
  });
}
