/**
 * The history replayed against the tables: the events describe what each table holds, and `doctor`
 * compares that with the rows, naming each difference. A change made to a table directly
 * (`UPDATE people SET name = 'X'`, `UPDATE exceptions SET status = 'approved'`), with no event,
 * shows up here even though the chain itself is intact.
 *
 * Compared, field by field, as far as the events describe them:
 * - organisation (name, language, creation time) and tiers (name, rank);
 * - people, units, groups (with their charter, owner and deputies) and memberships;
 * - exception requests (every field) and rules (every version) with their acknowledgements;
 * - runbooks (kind, state, reason, incident, authorisation, who carried it out, why cancelled),
 *   the groups each touches (order, open or ended, how many members its snapshot holds) and their
 *   steps (group, person, action, outcome, note, membership);
 * - incidents (kind, severity, status, group, dates, summary, document, the people involved, when
 *   closed, why dismissed), their escalation steps and actions, and the list of incident kinds.
 *
 * Not compared, because no event records them: what a table derives from the rest (search keys,
 * a kind's folded label), the stored copy of a runbook's input (`runbooks.plan`), its times
 * (created, started, ended, paused), a step's role, time and order of acting, the member list of
 * a runbook group's snapshot (its length is compared), and the imports log.
 */
import { canonicalJson } from '../../../shared/canonical';
import { stmt, type Db } from '../../db/database';
import type { EventRow } from '../../kernel/events';
import { toException, type ExceptionRecord } from '../../kernel/rows';

type Row = Record<string, unknown>;

export const REPLAY_TABLES = [
  'organisation',
  'tiers',
  'people',
  'units',
  'groups',
  'memberships',
  'exceptions',
  'rules',
  'acknowledgements',
  'runbooks',
  'runbook_groups',
  'runbook_steps',
  'incidents',
  'incident_steps',
  'incident_actions',
  'incident_kinds',
] as const;
export type ReplayTable = (typeof REPLAY_TABLES)[number];

export type ReplayDifference =
  | { kind: 'missing'; table: ReplayTable; what: string }
  | { kind: 'extra'; table: ReplayTable; what: string }
  | { kind: 'field'; table: ReplayTable; what: string; field: string; found: string; expected: string };

export interface ReplayResult {
  checked: number;
  differences: ReplayDifference[];
  /** Differences found beyond those listed. */
  more: number;
}

const FIELDS: Record<ReplayTable, readonly string[]> = {
  organisation: ['name', 'locale', 'createdAt'],
  tiers: ['name', 'rank'],
  people: ['name', 'unitId', 'position', 'tierId', 'phone', 'handles', 'status', 'leftOn'],
  units: ['name', 'parentId', 'sort'],
  groups: ['name', 'platform', 'kind', 'endDate', 'ownerId', 'deputyIds', 'status', 'charter'],
  memberships: ['groupId', 'personId', 'role', 'joinedOn', 'leftOn', 'basis', 'leftReason'],
  exceptions: [
    'groupId',
    'personId',
    'role',
    'requestedBy',
    'requestedOn',
    'reason',
    'approver',
    'status',
    'decidedBy',
    'decidedOn',
    'documentRef',
    'decisionNote',
    'reviewOn',
    'membershipId',
  ],
  rules: ['text', 'effectiveOn', 'publishedAt'],
  acknowledgements: ['acknowledgedOn'],
  runbooks: [
    'kind',
    'state',
    'reason',
    'incidentId',
    'authorisedByPerson',
    'authorisedByPosition',
    'authorisedOn',
    'documentRef',
    'carriedOutBy',
    'cancelReason',
  ],
  runbook_groups: ['sort', 'open', 'members'],
  runbook_steps: ['groupId', 'personId', 'action', 'outcome', 'note', 'membershipId'],
  incidents: [
    'kind',
    'severity',
    'status',
    'groupId',
    'occurredOn',
    'noticedOn',
    'summary',
    'documentRef',
    'involved',
    'closedOn',
    'dismissReason',
  ],
  incident_steps: [
    'incidentId',
    'seq',
    'from',
    'to',
    'escalatedOn',
    'channel',
    'request',
    'decidedBy',
    'decidedOn',
    'decision',
    'documentRef',
  ],
  incident_actions: ['incidentId', 'kind', 'link', 'targetPersonId', 'note', 'takenOn'],
  incident_kinds: ['builtin', 'label', 'retired'],
};

/** The kinds the schema starts with (migration 30): in the table with no event of their own. */
const BUILTIN_INCIDENT_KINDS = [
  'quarrel',
  'confidential_leak',
  'off_topic_or_flooding',
  'scope_creep',
  'rule_breach',
  'other',
];

/** Every kind of event that changes a compared table. */
const KINDS = [
  'organisation.created',
  'organisation.renamed',
  'tier.created',
  'tier.renamed',
  'tier.reordered',
  'tier.deleted',
  'person.created',
  'person.updated',
  'person.left',
  'unit.created',
  'unit.updated',
  'unit.deleted',
  'group.created',
  'group.updated',
  'group.dissolved',
  'group.charter_changed',
  'group.owner_transferred',
  'group.end_date_changed',
  'group.status_changed',
  'membership.added',
  'membership.removed',
  'exception.requested',
  'exception.approved',
  'exception.rejected',
  'rules.published',
  'rules.acknowledged',
  'runbook.planned',
  'runbook.plan_updated',
  'runbook.started',
  'runbook.step_recorded',
  'runbook.step_undone',
  'runbook.paused',
  'runbook.resumed',
  'runbook.cancelled',
  'runbook.finished',
  'incident.recorded',
  'incident.updated',
  'incident.escalated',
  'incident.decided',
  'incident.action_added',
  'incident.closed',
  'incident.dismissed',
  'incident.reopened',
  'incident_kind.added',
  'incident_kind.renamed',
  'incident_kind.retired',
  'incident_kind.restored',
];

/** The only kinds whose `before` the replay reads. */
const READS_BEFORE = new Set(['unit.deleted', 'tier.deleted', 'group.owner_transferred']);

function pick(value: Row, table: ReplayTable): Row {
  const out: Row = {};
  for (const f of FIELDS[table]) out[f] = value[f] ?? null;
  return out;
}

const key = (...parts: unknown[]) => parts.map(String).join('#');
const party = (p: unknown): Row | null => {
  if (!p || typeof p !== 'object') return null;
  const { kind, ref } = p as Row;
  return { kind, ref };
};
const involved = (people: unknown): Array<{ personId: unknown; role: unknown }> =>
  (Array.isArray(people) ? (people as Row[]) : [])
    .map((p) => ({ personId: p.personId, role: p.role }))
    .sort((a, b) => {
      const x = key(a.personId, a.role);
      const y = key(b.personId, b.role);
      return x < y ? -1 : x > y ? 1 : 0;
    });

type State = Record<ReplayTable, Map<string, Row>>;

function emptyState(): State {
  return Object.fromEntries(REPLAY_TABLES.map((t) => [t, new Map<string, Row>()])) as State;
}

/** What the history says the tables hold. */
export function replayState(db: Db): State {
  const state = emptyState();
  for (const id of BUILTIN_INCIDENT_KINDS) state.incident_kinds.set(id, { builtin: true, label: null, retired: false });
  // `before` and `subjects` only where they are read: turning every one into a string was a third of the replay.
  const rows = stmt(
    db,
    `SELECT kind, after,
       CASE WHEN kind IN (${[...READS_BEFORE].map((k) => `'${k}'`).join(', ')}) THEN before END AS before,
       CASE WHEN kind LIKE 'group.%' THEN subjects END AS subjects
     FROM events WHERE kind IN (${KINDS.map(() => '?').join(',')}) ORDER BY seq`,
  ).iterate(...KINDS) as Iterable<Pick<EventRow, 'kind' | 'subjects' | 'before' | 'after'>>;
  // Open memberships by group and person, for an owner transfer.
  const open = new Map<string, Row>();
  const setMembership = (m: Row) => {
    const row = pick(m, 'memberships');
    const id = String(m.id);
    const previous = state.memberships.get(id);
    if (previous && previous.leftOn === null) open.delete(key(previous.groupId, previous.personId));
    state.memberships.set(id, row);
    if (row.leftOn === null) open.set(key(row.groupId, row.personId), row);
  };
  const setRunbookPlan = (p: Row) => {
    const id = String(p.id);
    const previous = state.runbooks.get(id);
    state.runbooks.set(id, {
      ...pick(p, 'runbooks'),
      state: previous?.state ?? 'draft',
      carriedOutBy: previous?.carriedOutBy ?? null,
      cancelReason: null,
    });
    for (const k of [...state.runbook_groups.keys()]) if (k.startsWith(`${id}#`)) state.runbook_groups.delete(k);
    for (const k of [...state.runbook_steps.keys()]) if (k.startsWith(`${id}#`)) state.runbook_steps.delete(k);
    ((p.groupIds ?? []) as string[]).forEach((g, i) =>
      state.runbook_groups.set(key(id, g), { sort: i + 1, open: 1, members: null }),
    );
    for (const s of (p.steps ?? []) as Row[]) {
      state.runbook_steps.set(key(id, s.ord), {
        groupId: s.groupId,
        personId: s.personId,
        action: s.action,
        outcome: null,
        note: null,
        membershipId: null,
      });
    }
  };
  const runbookEnded = (id: string, fields: Row) => {
    const r = state.runbooks.get(id);
    if (r) Object.assign(r, fields);
    for (const [k, g] of state.runbook_groups) if (k.startsWith(`${id}#`)) g.open = null;
  };
  const setStep = (s: Row, incidentStatus: unknown) => {
    state.incident_steps.set(String(s.id), {
      ...pick(s, 'incident_steps'),
      from: party(s.from),
      to: party(s.to),
      decidedBy: party(s.decidedBy),
    });
    const incident = state.incidents.get(String(s.incidentId));
    if (incident) incident.status = incidentStatus;
  };
  for (const r of rows) {
    const after = r.after === null ? null : (JSON.parse(r.after) as Row);
    const before = r.before === null ? null : (JSON.parse(r.before) as Row);
    switch (r.kind) {
      case 'organisation.created':
      case 'organisation.renamed':
        state.organisation.set('organisation', pick(after!, 'organisation'));
        if (r.kind === 'organisation.created') {
          state.tiers.clear();
          for (const t of (after!.tiers ?? []) as Row[]) state.tiers.set(String(t.id), pick(t, 'tiers'));
        }
        break;
      case 'tier.created':
      case 'tier.renamed':
        state.tiers.set(String(after!.id), pick(after!, 'tiers'));
        break;
      case 'tier.reordered':
        for (const t of after as unknown as Row[]) state.tiers.set(String(t.id), pick(t, 'tiers'));
        break;
      case 'tier.deleted': {
        // The tiers below move up one rank.
        state.tiers.delete(String(before!.id));
        [...state.tiers.values()].sort((a, b) => Number(a.rank) - Number(b.rank)).forEach((t, i) => (t.rank = i + 1));
        break;
      }
      case 'person.created':
      case 'person.updated':
      case 'person.left':
        state.people.set(String(after!.id), pick(after!, 'people'));
        break;
      case 'unit.created':
      case 'unit.updated':
        state.units.set(String(after!.id), pick(after!, 'units'));
        break;
      case 'unit.deleted':
        state.units.delete(String(before!.id));
        break;
      case 'group.created':
      case 'group.dissolved':
        state.groups.set(String(after!.id), pick(after!, 'groups'));
        break;
      case 'group.updated': {
        // An edit that names or drops a deputy also sets that person's open membership's role
        // (member ↔ deputy), as the command does in the same transaction.
        const id = String(after!.id);
        const previous = new Set((state.groups.get(id)?.deputyIds ?? []) as string[]);
        const next = new Set((after!.deputyIds ?? []) as string[]);
        for (const personId of new Set([...previous, ...next])) {
          if (previous.has(personId) === next.has(personId)) continue;
          const membership = open.get(key(id, personId));
          if (membership && membership.role !== 'owner') membership.role = next.has(personId) ? 'deputy' : 'member';
        }
        state.groups.set(id, pick(after!, 'groups'));
        break;
      }
      case 'group.charter_changed':
      case 'group.end_date_changed':
      case 'group.status_changed': {
        const subject = (JSON.parse(r.subjects ?? '[]') as string[])[0];
        const group = subject === undefined ? undefined : state.groups.get(subject);
        if (!group) break;
        if (r.kind === 'group.charter_changed') group.charter = after;
        else if (r.kind === 'group.end_date_changed') group.endDate = after!.endDate ?? null;
        else group.status = after!.status;
        break;
      }
      case 'group.owner_transferred': {
        const subject = (JSON.parse(r.subjects ?? '[]') as string[])[0];
        const group = subject === undefined ? undefined : state.groups.get(subject);
        if (!group) break;
        // The old owner stays as a member; the new one's open membership becomes the owner's.
        if (before!.ownerId) {
          const old = open.get(key(subject, before!.ownerId));
          if (old) old.role = 'member';
        }
        const next = open.get(key(subject, after!.ownerId));
        if (next) next.role = 'owner';
        group.ownerId = after!.ownerId;
        group.deputyIds = after!.deputyIds;
        break;
      }
      case 'membership.added':
      case 'membership.removed':
        setMembership(after!);
        break;
      case 'exception.requested':
      case 'exception.approved':
      case 'exception.rejected':
        state.exceptions.set(String(after!.id), { ...pick(after!, 'exceptions'), approver: party(after!.approver) });
        break;
      case 'rules.published':
        state.rules.set(key(after!.groupId, after!.version), pick(after!, 'rules'));
        break;
      case 'rules.acknowledged':
        for (const personId of (after!.personIds ?? []) as string[]) {
          state.acknowledgements.set(key(after!.groupId, after!.version, personId), {
            acknowledgedOn: after!.acknowledgedOn,
          });
        }
        break;
      case 'runbook.planned':
      case 'runbook.plan_updated':
        setRunbookPlan(after!);
        break;
      case 'runbook.started': {
        const id = String(after!.id);
        const runbook = state.runbooks.get(id);
        if (runbook) Object.assign(runbook, { state: after!.state, carriedOutBy: after!.carriedOutBy ?? null });
        for (const s of (after!.snapshots ?? []) as Row[]) {
          const g = state.runbook_groups.get(key(id, s.groupId));
          if (g) g.members = s.members;
        }
        break;
      }
      case 'runbook.paused':
      case 'runbook.resumed': {
        const runbook = state.runbooks.get(String(after!.id));
        if (runbook) runbook.state = after!.state;
        break;
      }
      case 'runbook.cancelled':
        runbookEnded(String(after!.id), { state: after!.state, cancelReason: after!.reason ?? null });
        break;
      case 'runbook.finished':
        runbookEnded(String(after!.id), { state: after!.state });
        break;
      case 'runbook.step_recorded': {
        const step = state.runbook_steps.get(key(after!.runbookId, after!.ord));
        if (step)
          Object.assign(step, { outcome: after!.outcome, note: after!.note, membershipId: after!.membershipId });
        break;
      }
      case 'runbook.step_undone': {
        const step = state.runbook_steps.get(key(after!.runbookId, after!.ord));
        if (step) Object.assign(step, { outcome: null, note: null, membershipId: null });
        // The membership the undo re-opened or closed again, as it is after.
        const m = after!.membership as Row | null | undefined;
        if (m) setMembership(m);
        break;
      }
      case 'incident.recorded':
      case 'incident.updated': {
        const id = String(after!.id);
        const previous = state.incidents.get(id);
        state.incidents.set(id, {
          ...pick(after!, 'incidents'),
          involved: involved(after!.people),
          closedOn: previous?.closedOn ?? null,
          dismissReason: previous?.dismissReason ?? null,
        });
        break;
      }
      case 'incident.escalated':
      case 'incident.decided':
        setStep(after!, after!.status);
        break;
      case 'incident.action_added':
        state.incident_actions.set(String(after!.id), pick(after!, 'incident_actions'));
        break;
      case 'incident.closed':
      case 'incident.dismissed':
      case 'incident.reopened': {
        const incident = state.incidents.get(String(after!.incidentId));
        if (!incident) break;
        incident.status = after!.status;
        incident.closedOn = r.kind === 'incident.closed' ? after!.closedOn : (after!.dismissedOn ?? null);
        incident.dismissReason = r.kind === 'incident.dismissed' ? after!.reason : null;
        break;
      }
      case 'incident_kind.added':
      case 'incident_kind.renamed':
      case 'incident_kind.retired':
      case 'incident_kind.restored':
        state.incident_kinds.set(String(after!.id), pick(after!, 'incident_kinds'));
        break;
    }
  }
  return state;
}

/** A JSON column's value; text that is not JSON (edited by hand) as it is, to be named as a difference. */
function parsed(text: unknown): unknown {
  try {
    return JSON.parse(String(text)) as unknown;
  } catch {
    return text;
  }
}

/** The tables as stored, in the events' shapes. */
function tableState(db: Db): State {
  const all = (sql: string) => stmt(db, sql).iterate() as Iterable<Row>;
  const map = (rows: Iterable<Row>, id: (r: Row) => string, f: (r: Row) => Row) => {
    const out = new Map<string, Row>();
    for (const r of rows) out.set(id(r), f(r));
    return out;
  };
  const byId = (r: Row) => String(r.id);
  const stepParty = (kind: unknown, ref: unknown) => (kind === null ? null : { kind, ref });
  const people = new Map<string, Array<{ personId: unknown; role: unknown }>>();
  for (const p of all('SELECT incident_id, person_id, role FROM incident_people')) {
    const list = people.get(String(p.incident_id)) ?? [];
    list.push({ personId: p.person_id, role: p.role });
    people.set(String(p.incident_id), list);
  }
  return {
    organisation: map(
      all('SELECT * FROM organisation'),
      () => 'organisation',
      (r) => ({
        name: r.name,
        locale: r.locale,
        createdAt: r.created_at,
      }),
    ),
    tiers: map(all('SELECT * FROM tiers'), byId, (r) => ({ name: r.name, rank: r.rank })),
    people: map(
      all('SELECT id, name, unit_id, position, tier_id, phone, handles, status, left_on FROM people'),
      byId,
      (r) => ({
        name: r.name,
        unitId: r.unit_id,
        position: r.position,
        tierId: r.tier_id,
        phone: r.phone,
        handles: parsed(r.handles),
        status: r.status,
        leftOn: r.left_on,
      }),
    ),
    units: map(all('SELECT id, name, parent_id, sort FROM units'), byId, (r) => ({
      name: r.name,
      parentId: r.parent_id,
      sort: r.sort,
    })),
    groups: map(
      all('SELECT id, name, platform, kind, end_date, owner_id, deputy_ids, status, charter FROM groups'),
      byId,
      (r) => ({
        name: r.name,
        platform: r.platform,
        kind: r.kind,
        endDate: r.end_date,
        ownerId: r.owner_id,
        deputyIds: parsed(r.deputy_ids),
        status: r.status,
        charter: parsed(r.charter),
      }),
    ),
    memberships: map(
      all('SELECT id, group_id, person_id, role, joined_on, left_on, basis, left_reason FROM memberships'),
      byId,
      (r) => ({
        groupId: r.group_id,
        personId: r.person_id,
        role: r.role,
        joinedOn: r.joined_on,
        leftOn: r.left_on,
        basis: r.basis,
        leftReason: r.left_reason,
      }),
    ),
    // The stored row as the registry reads it (kernel/rows), its id being the map's key.
    exceptions: map(all('SELECT * FROM exceptions'), byId, (r) => {
      const { id: _, ...request } = toException(r as unknown as ExceptionRecord);
      return request as unknown as Row;
    }),
    rules: map(
      all('SELECT * FROM rules'),
      (r) => key(r.group_id, r.version),
      (r) => ({ text: r.text, effectiveOn: r.effective_on, publishedAt: r.published_at }),
    ),
    acknowledgements: map(
      all('SELECT * FROM acknowledgements'),
      (r) => key(r.group_id, r.version, r.person_id),
      (r) => ({ acknowledgedOn: r.acknowledged_on }),
    ),
    runbooks: map(all('SELECT * FROM runbooks'), byId, (r) => ({
      kind: r.kind,
      state: r.state,
      reason: r.reason,
      incidentId: r.incident_id,
      authorisedByPerson: r.authorised_by_person,
      authorisedByPosition: r.authorised_by_position,
      authorisedOn: r.authorised_on,
      documentRef: r.document_ref,
      carriedOutBy: r.carried_out_by,
      cancelReason: r.cancel_reason,
    })),
    runbook_groups: map(
      // Only the snapshot's length: its members are not in the history.
      all(
        `SELECT runbook_id, group_id, sort, open,
           CASE WHEN snapshot IS NULL THEN NULL
                WHEN json_valid(snapshot) AND json_type(snapshot) = 'array' THEN json_array_length(snapshot)
                ELSE snapshot END AS members
         FROM runbook_groups`,
      ),
      (r) => key(r.runbook_id, r.group_id),
      (r) => ({ sort: r.sort, open: r.open, members: r.members }),
    ),
    runbook_steps: map(
      all('SELECT runbook_id, ord, group_id, person_id, action, outcome, note, membership_id FROM runbook_steps'),
      (r) => key(r.runbook_id, r.ord),
      (r) => ({
        groupId: r.group_id,
        personId: r.person_id,
        action: r.action,
        outcome: r.outcome,
        note: r.note,
        membershipId: r.membership_id,
      }),
    ),
    incidents: map(
      all(
        `SELECT id, kind, severity, status, group_id, occurred_on, noticed_on, summary, document_ref, closed_on,
           dismiss_reason FROM incidents`,
      ),
      byId,
      (r) => ({
        kind: r.kind,
        severity: r.severity,
        status: r.status,
        groupId: r.group_id,
        occurredOn: r.occurred_on,
        noticedOn: r.noticed_on,
        summary: r.summary,
        documentRef: r.document_ref,
        involved: involved(people.get(String(r.id))),
        closedOn: r.closed_on,
        dismissReason: r.dismiss_reason,
      }),
    ),
    incident_steps: map(all('SELECT * FROM incident_steps'), byId, (r) => ({
      incidentId: r.incident_id,
      seq: r.seq,
      from: { kind: r.from_kind, ref: r.from_ref },
      to: { kind: r.to_kind, ref: r.to_ref },
      escalatedOn: r.escalated_on,
      channel: r.channel,
      request: r.request,
      decidedBy: stepParty(r.decided_by_kind, r.decided_by_ref),
      decidedOn: r.decided_on,
      decision: r.decision,
      documentRef: r.document_ref,
    })),
    incident_actions: map(all('SELECT * FROM incident_actions'), byId, (r) => ({
      incidentId: r.incident_id,
      kind: r.kind,
      link: r.link,
      targetPersonId: r.target_person_id,
      note: r.note,
      takenOn: r.taken_on,
    })),
    incident_kinds: map(all('SELECT id, builtin, label, retired FROM incident_kinds'), byId, (r) => ({
      builtin: r.builtin === 1,
      label: r.label,
      retired: r.retired === 1,
    })),
  };
}

/** Equal as JSON: key order does not matter, an undefined key is an absent one (as canonicalJson has it). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => same(v, other[i]));
  }
  const x = a as Row;
  const y = b as Row;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((k) => Object.hasOwn(y, k) && same(x[k], y[k]));
}

/**
 * A value as a person reads it in a finding: ids become names where the history knows them, a
 * party (person or position) its name, a list of people involved their names.
 */
function shown(value: unknown, names: (id: string) => string | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return names(value) ?? value;
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value)) return value.map((v) => shown(v, names)).join(', ');
  if (typeof value === 'object') {
    const o = value as Row;
    if ('ref' in o && 'kind' in o) return shown(o.ref, names);
    if ('personId' in o && 'role' in o) return shown(o.personId, names);
  }
  const text = typeof value === 'object' ? canonicalJson(value) : String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** A text cut to a length a finding can hold. */
function short(text: unknown, max = 40): string {
  const s = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Compares the tables with the replayed history; at most `limit` differences are listed. */
export function replayDifferences(db: Db, limit = 20): ReplayResult {
  const expected = replayState(db);
  const found = tableState(db);
  const nameOf = (id: string): string | undefined =>
    (expected.people.get(id)?.name ??
      found.people.get(id)?.name ??
      expected.groups.get(id)?.name ??
      found.groups.get(id)?.name ??
      expected.units.get(id)?.name ??
      found.units.get(id)?.name ??
      expected.tiers.get(id)?.name ??
      found.tiers.get(id)?.name) as string | undefined;
  const either = (table: ReplayTable, id: string) => expected[table].get(id) ?? found[table].get(id);
  const name = (id: unknown) => nameOf(String(id)) ?? '?';
  // Words in ⟦…⟧ are the vocabulary of paper (shared/i18n/paper.ts), translated where shown.
  const runbookWhat = (id: string) => {
    const r = either('runbooks', id);
    return r ? `⟦kind.${String(r.kind)}⟧ · ${short(r.reason)}` : `#${id}`;
  };
  const incidentWhat = (id: string) => {
    const i = either('incidents', id);
    if (!i) return `#${id}`;
    const kind = either('incident_kinds', String(i.kind));
    const label = kind?.builtin === false && kind.label ? String(kind.label) : `⟦ikind.${String(i.kind)}⟧`;
    return `${String(i.noticedOn)} ${label} · ${short(i.summary)}`;
  };
  const describe = (table: ReplayTable, id: string, row: Row | undefined): string => {
    const m = row ?? {};
    const [first, second, third] = id.split('#');
    switch (table) {
      case 'memberships':
        return `${name(m.personId)} — ${name(m.groupId)}`;
      case 'exceptions':
        return `${name(m.personId)} — ${name(m.groupId)} (${String(m.requestedOn)})`;
      case 'rules':
        return `${name(first)} (v${second})`;
      case 'acknowledgements':
        return `${name(third)} — ${name(first)} (v${second})`;
      case 'runbooks':
        return runbookWhat(id);
      case 'runbook_groups':
        return `${runbookWhat(first!)} — ${name(second)}`;
      case 'runbook_steps':
        return `${runbookWhat(first!)} — ${second}. ${name(m.personId)} (${name(m.groupId)})`;
      case 'incidents':
        return incidentWhat(id);
      case 'incident_steps':
        return `${incidentWhat(String(m.incidentId))} — ${String(m.seq)}. ${shown(m.to, nameOf)}`;
      case 'incident_actions':
        return `${incidentWhat(String(m.incidentId))} — ${String(m.takenOn)}`;
      case 'incident_kinds':
        return m.label ? String(m.label) : `⟦ikind.${id}⟧`;
      default:
        return nameOf(id) ?? (row?.name as string | undefined) ?? id;
    }
  };
  const differences: ReplayDifference[] = [];
  let more = 0;
  let checked = 0;
  const add = (d: ReplayDifference) => {
    if (differences.length < limit) differences.push(d);
    else more++;
  };
  for (const table of REPLAY_TABLES) {
    for (const [id, want] of expected[table]) {
      checked++;
      const have = found[table].get(id);
      if (!have) {
        add({ kind: 'missing', table, what: describe(table, id, want) });
        continue;
      }
      for (const field of FIELDS[table]) {
        if (same(have[field], want[field])) continue;
        add({
          kind: 'field',
          table,
          what: describe(table, id, want),
          field,
          found: shown(have[field], nameOf),
          expected: shown(want[field], nameOf),
        });
      }
    }
    for (const [id, have] of found[table]) {
      if (!expected[table].has(id)) add({ kind: 'extra', table, what: describe(table, id, have) });
    }
  }
  return { checked, differences, more };
}
