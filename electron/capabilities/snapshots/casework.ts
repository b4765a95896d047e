/**
 * The casework of a snapshot: runbooks, incidents and incident kinds read from their tables, checked
 * against the rest of the content, and written back on import. The tables are read directly
 * (the runbooks and incidents capabilities own the commands; a snapshot only copies rows).
 */
import type { SnapshotContent } from '../../../shared/snapshot';
import type { SnapshotIncident, SnapshotIncidentKind, SnapshotRunbook } from '../../../shared/snapshotCasework';
import { OPEN_RUNBOOK_STATES } from '../../../shared/contract';
import { INCIDENT_KINDS, isBuiltinKind, kindLabelKey } from '../../../shared/incidents';
import { searchKey } from '../../../shared/search';
import { stmt, type Db } from '../../db/database';

type Row = Record<string, unknown>;
const all = (db: Db, sql: string, ...args: Array<string | number>) => stmt(db, sql).all(...args) as unknown as Row[];
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Groups rows by their parent's id. */
function byParent(rows: Row[], key: string): Map<number, Row[]> {
  const map = new Map<number, Row[]>();
  for (const r of rows) {
    const id = Number(r[key]);
    const list = map.get(id);
    if (list) list.push(r);
    else map.set(id, [r]);
  }
  return map;
}

export function readRunbooks(db: Db): SnapshotRunbook[] {
  const groups = byParent(all(db, 'SELECT * FROM runbook_groups ORDER BY runbook_id, sort, group_id'), 'runbook_id');
  const steps = byParent(all(db, 'SELECT * FROM runbook_steps ORDER BY runbook_id, ord'), 'runbook_id');
  return all(db, 'SELECT * FROM runbooks ORDER BY id').map((r) => ({
    id: Number(r.id),
    kind: r.kind as SnapshotRunbook['kind'],
    state: r.state as SnapshotRunbook['state'],
    reason: String(r.reason),
    plan: JSON.parse(String(r.plan)) as SnapshotRunbook['plan'],
    incidentId: str(r.incident_id),
    authorisation: {
      personId: str(r.authorised_by_person),
      position: str(r.authorised_by_position),
      on: str(r.authorised_on),
      documentRef: str(r.document_ref),
    },
    createdAt: String(r.created_at),
    startedAt: str(r.started_at),
    endedAt: str(r.ended_at),
    pausedAt: str(r.paused_at),
    pausedMs: Number(r.paused_ms),
    cancelReason: str(r.cancel_reason),
    carriedOutBy: str(r.carried_out_by),
    groups: (groups.get(Number(r.id)) ?? []).map((g) => ({
      groupId: String(g.group_id),
      sort: Number(g.sort),
      snapshot:
        g.snapshot === null ? null : (JSON.parse(String(g.snapshot)) as SnapshotRunbook['groups'][0]['snapshot']),
    })),
    steps: (steps.get(Number(r.id)) ?? []).map((s) => ({
      ord: Number(s.ord),
      groupId: String(s.group_id),
      personId: String(s.person_id),
      action: s.action as SnapshotRunbook['steps'][0]['action'],
      role: str(s.role) as SnapshotRunbook['steps'][0]['role'],
      outcome: str(s.outcome) as SnapshotRunbook['steps'][0]['outcome'],
      note: str(s.note),
      at: str(s.at),
      acted: num(s.acted),
      membershipId: num(s.membership_id),
    })),
  }));
}

/** The list of incident kinds, built-in ones first in their order, then the administrator's own by age. */
export function readIncidentKinds(db: Db): SnapshotIncidentKind[] {
  const order = (id: string) => {
    const builtin = (INCIDENT_KINDS as readonly string[]).indexOf(id);
    return builtin >= 0 ? builtin : INCIDENT_KINDS.length + Number(id.slice('custom-'.length));
  };
  return all(db, 'SELECT * FROM incident_kinds')
    .map((k) => ({ id: String(k.id), builtin: k.builtin === 1, label: str(k.label), retired: k.retired === 1 }))
    .sort((a, b) => order(a.id) - order(b.id));
}

const party = (kind: unknown, ref: unknown) =>
  kind === null || ref === null ? null : { kind: kind as 'person' | 'position', ref: String(ref) };

export function readIncidents(db: Db): SnapshotIncident[] {
  const people = byParent(
    all(db, 'SELECT * FROM incident_people ORDER BY incident_id, person_id, role'),
    'incident_id',
  );
  const steps = byParent(all(db, 'SELECT * FROM incident_steps ORDER BY incident_id, seq'), 'incident_id');
  const actions = byParent(all(db, 'SELECT * FROM incident_actions ORDER BY incident_id, id'), 'incident_id');
  return all(db, 'SELECT * FROM incidents ORDER BY id').map((r) => ({
    id: Number(r.id),
    kind: r.kind as SnapshotIncident['kind'],
    severity: r.severity as SnapshotIncident['severity'],
    status: r.status as SnapshotIncident['status'],
    groupId: str(r.group_id),
    occurredOn: String(r.occurred_on),
    noticedOn: String(r.noticed_on),
    summary: String(r.summary),
    documentRef: str(r.document_ref),
    closedOn: str(r.closed_on),
    dismissReason: str(r.dismiss_reason),
    people: (people.get(Number(r.id)) ?? []).map((p) => ({
      personId: String(p.person_id),
      role: p.role as SnapshotIncident['people'][0]['role'],
    })),
    steps: (steps.get(Number(r.id)) ?? []).map((s) => ({
      id: Number(s.id),
      seq: Number(s.seq),
      from: party(s.from_kind, s.from_ref)!,
      to: party(s.to_kind, s.to_ref)!,
      escalatedOn: String(s.escalated_on),
      channel: s.channel as SnapshotIncident['steps'][0]['channel'],
      request: String(s.request),
      decidedBy: party(s.decided_by_kind, s.decided_by_ref),
      decidedOn: str(s.decided_on),
      decision: str(s.decision),
      documentRef: str(s.document_ref),
    })),
    actions: (actions.get(Number(r.id)) ?? []).map((a) => ({
      id: Number(a.id),
      kind: a.kind as SnapshotIncident['actions'][0]['kind'],
      link: str(a.link),
      targetPersonId: str(a.target_person_id),
      note: str(a.note),
      takenOn: String(a.taken_on),
    })),
  }));
}

/**
 * The references of the casework: every person, group and membership a runbook or an incident
 * names is in the snapshot, ids are unique, and the states agree with the rows (an open runbook
 * holds its groups alone; a decided step has its decision; a closed incident its date).
 */
export function checkCasework(
  c: SnapshotContent,
  known: { people: Set<string | number>; groups: Set<string | number>; memberships: Set<string | number> },
  fail: (detail: string) => never,
): void {
  const { people, groups, memberships } = known;
  const ids = new Set<number>();
  const held = new Map<string, number>();
  for (const r of c.runbooks) {
    const at = `runbooks.${r.id}`;
    if (ids.has(r.id)) fail(`runbooks: duplicate id ${r.id}`);
    ids.add(r.id);
    if (r.authorisation.personId !== null && !people.has(r.authorisation.personId))
      fail(`${at}.authorisation.personId: unknown person`);
    const open = OPEN_RUNBOOK_STATES.includes(r.state);
    const started = r.state !== 'draft' && r.state !== 'cancelled';
    if ((r.state === 'draft' && r.startedAt !== null) || (started && r.startedAt === null))
      fail(`${at}.startedAt: does not match its state`);
    if ((r.state === 'paused') !== (r.pausedAt !== null)) fail(`${at}.pausedAt: does not match its state`);
    if (open === (r.endedAt !== null)) fail(`${at}.endedAt: does not match its state`);
    const own = new Set<string>();
    for (const g of r.groups) {
      if (!groups.has(g.groupId)) fail(`${at}.groups.${g.groupId}: unknown group`);
      if (own.has(g.groupId)) fail(`${at}.groups: duplicate group ${g.groupId}`);
      own.add(g.groupId);
      if (open) {
        const other = held.get(g.groupId);
        if (other !== undefined) fail(`${at}.groups.${g.groupId}: already held by open runbook ${other}`);
        held.set(g.groupId, r.id);
      }
      for (const m of g.snapshot ?? []) {
        if (!people.has(m.personId)) fail(`${at}.groups.${g.groupId}.snapshot: unknown person ${m.personId}`);
        if (!memberships.has(m.membershipId))
          fail(`${at}.groups.${g.groupId}.snapshot: unknown membership ${m.membershipId}`);
      }
    }
    let ord = 0;
    for (const s of r.steps) {
      const step = `${at}.steps.${s.ord}`;
      if (s.ord <= ord) fail(`${step}: out of order or repeated`);
      ord = s.ord;
      if (!own.has(s.groupId)) fail(`${step}.groupId: not a group of the runbook`);
      if (!people.has(s.personId)) fail(`${step}.personId: unknown person`);
      if (s.membershipId !== null && !memberships.has(s.membershipId)) fail(`${step}.membershipId: unknown membership`);
      if ((s.outcome === null) !== (s.at === null)) fail(`${step}.at: does not match its outcome`);
      if ((s.outcome === null) !== (s.acted === null)) fail(`${step}.acted: does not match its outcome`);
    }
  }
  const kinds = new Set<string>();
  const labels = new Set<string>();
  for (const k of c.incidentKinds) {
    const at = `incidentKinds.${k.id}`;
    if (kinds.has(k.id)) fail(`incidentKinds: duplicate id ${k.id}`);
    kinds.add(k.id);
    if (k.builtin !== isBuiltinKind(k.id)) fail(`${at}.builtin: does not match its id`);
    if (k.builtin !== (k.label === null)) fail(`${at}.label: a built-in kind has none, an own kind has one`);
    if (k.label !== null) {
      if (!/^custom-[1-9][0-9]*$/.test(k.id)) fail(`${at}: an own kind's id is custom-N`);
      const key = kindLabelKey(k.label);
      if (labels.has(key)) fail(`${at}.label: the same label as another kind`);
      labels.add(key);
    }
  }
  for (const builtin of INCIDENT_KINDS)
    if (!kinds.has(builtin)) fail(`incidentKinds: built-in kind ${builtin} missing`);
  ids.clear();
  const stepIds = new Set<number>();
  const actionIds = new Set<number>();
  const checkParty = (p: { kind: string; ref: string } | null, where: string) => {
    if (p?.kind === 'person' && !people.has(p.ref)) fail(`${where}: unknown person ${p.ref}`);
  };
  for (const i of c.incidents) {
    const at = `incidents.${i.id}`;
    if (ids.has(i.id)) fail(`incidents: duplicate id ${i.id}`);
    ids.add(i.id);
    if (!kinds.has(i.kind)) fail(`${at}.kind: not one of incidentKinds`);
    if (i.groupId !== null && !groups.has(i.groupId)) fail(`${at}.groupId: unknown group`);
    if (i.noticedOn < i.occurredOn) fail(`${at}.noticedOn: before occurredOn`);
    const final = i.status === 'closed' || i.status === 'dismissed';
    if (final !== (i.closedOn !== null)) fail(`${at}.closedOn: does not match its status`);
    if ((i.status === 'dismissed') !== (i.dismissReason !== null))
      fail(`${at}.dismissReason: does not match its status`);
    const involved = new Set<string>();
    for (const p of i.people) {
      if (!people.has(p.personId)) fail(`${at}.people.${p.personId}: unknown person`);
      const key = `${p.personId}/${p.role}`;
      if (involved.has(key)) fail(`${at}.people: ${key} listed twice`);
      involved.add(key);
    }
    let seq = 0;
    for (const s of i.steps) {
      const step = `${at}.steps.${s.id}`;
      if (stepIds.has(s.id)) fail(`incidents.steps: duplicate id ${s.id}`);
      stepIds.add(s.id);
      if (s.seq <= seq) fail(`${step}.seq: out of order or repeated`);
      seq = s.seq;
      checkParty(s.from, `${step}.from`);
      checkParty(s.to, `${step}.to`);
      checkParty(s.decidedBy, `${step}.decidedBy`);
      const decided = [s.decidedOn, s.decision, s.decidedBy].filter((v) => v !== null).length;
      if (decided !== 0 && decided !== 3) fail(`${step}: decision, date and decider go together`);
      if (s.decidedOn !== null && s.decidedOn < s.escalatedOn) fail(`${step}.decidedOn: before escalatedOn`);
    }
    for (const a of i.actions) {
      if (actionIds.has(a.id)) fail(`incidents.actions: duplicate id ${a.id}`);
      actionIds.add(a.id);
      if (a.targetPersonId !== null && !people.has(a.targetPersonId))
        fail(`${at}.actions.${a.id}.targetPersonId: unknown person`);
    }
  }
}

/** Writes the casework rows (inside the import's transaction, after people, groups and memberships). */
export function insertCasework(db: Db, c: SnapshotContent): void {
  const runbook = stmt(
    db,
    `INSERT INTO runbooks (id, kind, state, reason, plan, incident_id, authorised_by_person, authorised_by_position,
       authorised_on, document_ref, created_at, started_at, ended_at, paused_at, paused_ms, cancel_reason, carried_out_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const group = stmt(
    db,
    'INSERT INTO runbook_groups (runbook_id, group_id, sort, open, snapshot) VALUES (?, ?, ?, ?, ?)',
  );
  const step = stmt(
    db,
    `INSERT INTO runbook_steps (runbook_id, ord, group_id, person_id, action, role, outcome, note, at, acted, membership_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of c.runbooks) {
    const a = r.authorisation;
    runbook.run(
      r.id,
      r.kind,
      r.state,
      r.reason,
      JSON.stringify(r.plan),
      r.incidentId,
      a.personId,
      a.position,
      a.on,
      a.documentRef,
      r.createdAt,
      r.startedAt,
      r.endedAt,
      r.pausedAt,
      r.pausedMs,
      r.cancelReason,
      r.carriedOutBy,
    );
    const open = OPEN_RUNBOOK_STATES.includes(r.state) ? 1 : null;
    for (const g of r.groups)
      group.run(r.id, g.groupId, g.sort, open, g.snapshot === null ? null : JSON.stringify(g.snapshot));
    for (const s of r.steps) {
      step.run(r.id, s.ord, s.groupId, s.personId, s.action, s.role, s.outcome, s.note, s.at, s.acted, s.membershipId);
    }
  }
  // The built-in kinds are in every registry (its migration wrote them): only whether they are hidden is copied.
  const hide = stmt(db, 'UPDATE incident_kinds SET retired = ? WHERE id = ? AND builtin = 1');
  const kind = stmt(db, 'INSERT INTO incident_kinds (id, builtin, label, label_key, retired) VALUES (?, 0, ?, ?, ?)');
  for (const k of c.incidentKinds) {
    if (k.builtin) hide.run(k.retired ? 1 : 0, k.id);
    else kind.run(k.id, k.label, kindLabelKey(k.label!), k.retired ? 1 : 0);
  }
  const incident = stmt(
    db,
    `INSERT INTO incidents (id, kind, severity, status, group_id, occurred_on, noticed_on, summary, search_key,
       document_ref, closed_on, dismiss_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const person = stmt(db, 'INSERT INTO incident_people (incident_id, person_id, role) VALUES (?, ?, ?)');
  const escalation = stmt(
    db,
    `INSERT INTO incident_steps (id, incident_id, seq, from_kind, from_ref, to_kind, to_ref, escalated_on, channel,
       request, decided_by_kind, decided_by_ref, decided_on, decision, document_ref)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const action = stmt(
    db,
    `INSERT INTO incident_actions (id, incident_id, kind, link, target_person_id, note, taken_on)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const i of c.incidents) {
    incident.run(
      i.id,
      i.kind,
      i.severity,
      i.status,
      i.groupId,
      i.occurredOn,
      i.noticedOn,
      i.summary,
      searchKey(i.summary, i.documentRef),
      i.documentRef,
      i.closedOn,
      i.dismissReason,
    );
    for (const p of i.people) person.run(i.id, p.personId, p.role);
    for (const s of i.steps) {
      escalation.run(
        s.id,
        i.id,
        s.seq,
        s.from.kind,
        s.from.ref,
        s.to.kind,
        s.to.ref,
        s.escalatedOn,
        s.channel,
        s.request,
        s.decidedBy?.kind ?? null,
        s.decidedBy?.ref ?? null,
        s.decidedOn,
        s.decision,
        s.documentRef,
      );
    }
    for (const a of i.actions) action.run(a.id, i.id, a.kind, a.link, a.targetPersonId, a.note, a.takenOn);
  }
}
