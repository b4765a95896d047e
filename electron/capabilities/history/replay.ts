/**
 * The history replayed against the tables: the events describe what people, units, groups and
 * memberships hold, and `doctor` compares that with the rows, naming each difference. A change
 * made to a table directly (`UPDATE people SET name = 'X'`), with no event, shows up here even
 * though the chain itself is intact.
 *
 * Covered: people (every field), units (name, parent, order), groups (name, platform, kind, end
 * date, owner, deputies, status, charter) and memberships (group, person, role, dates, basis,
 * reason for leaving). Not yet replayed: tiers, exceptions, rules, acknowledgements, runbooks,
 * incidents and the organisation; their events are checked by the chain only.
 */
import { canonicalJson } from '../../../shared/canonical';
import { stmt, type Db } from '../../db/database';
import type { EventRow } from '../../kernel/events';

type Row = Record<string, unknown>;

export type ReplayTable = 'people' | 'units' | 'groups' | 'memberships';

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
  people: ['name', 'unitId', 'position', 'tierId', 'phone', 'handles', 'status', 'leftOn'],
  units: ['name', 'parentId', 'sort'],
  groups: ['name', 'platform', 'kind', 'endDate', 'ownerId', 'deputyIds', 'status', 'charter'],
  memberships: ['groupId', 'personId', 'role', 'joinedOn', 'leftOn', 'basis', 'leftReason'],
};

const KINDS = [
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
  'runbook.step_undone',
];

function pick(value: Row, table: ReplayTable): Row {
  const out: Row = {};
  for (const f of FIELDS[table]) out[f] = value[f] ?? null;
  return out;
}

/** What the history says the four tables hold. */
export function replayState(db: Db): Record<ReplayTable, Map<string, Row>> {
  const state: Record<ReplayTable, Map<string, Row>> = {
    people: new Map(),
    units: new Map(),
    groups: new Map(),
    memberships: new Map(),
  };
  const rows = stmt(
    db,
    `SELECT seq, kind, subjects, before, after FROM events WHERE kind IN (${KINDS.map(() => '?').join(',')}) ORDER BY seq`,
  ).iterate(...KINDS) as Iterable<Pick<EventRow, 'seq' | 'kind' | 'subjects' | 'before' | 'after'>>;
  const openMembership = (groupId: unknown, personId: unknown): Row | undefined => {
    for (const m of state.memberships.values()) {
      if (m.groupId === groupId && m.personId === personId && m.leftOn === null) return m;
    }
    return undefined;
  };
  for (const r of rows) {
    const after = r.after === null ? null : (JSON.parse(r.after) as Row);
    const before = r.before === null ? null : (JSON.parse(r.before) as Row);
    const subject = (JSON.parse(r.subjects) as string[])[0];
    switch (r.kind) {
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
      case 'group.updated':
      case 'group.dissolved':
        state.groups.set(String(after!.id), pick(after!, 'groups'));
        break;
      case 'group.charter_changed':
      case 'group.end_date_changed':
      case 'group.status_changed': {
        const group = subject === undefined ? undefined : state.groups.get(subject);
        if (!group) break;
        if (r.kind === 'group.charter_changed') group.charter = after;
        else if (r.kind === 'group.end_date_changed') group.endDate = after!.endDate ?? null;
        else group.status = after!.status;
        break;
      }
      case 'group.owner_transferred': {
        const group = subject === undefined ? undefined : state.groups.get(subject);
        if (!group) break;
        // The old owner stays as a member; the new one's open membership becomes the owner's.
        if (before!.ownerId) {
          const old = openMembership(subject, before!.ownerId);
          if (old) old.role = 'member';
        }
        const next = openMembership(subject, after!.ownerId);
        if (next) next.role = 'owner';
        group.ownerId = after!.ownerId;
        group.deputyIds = after!.deputyIds;
        break;
      }
      case 'membership.added':
      case 'membership.removed':
        state.memberships.set(String(after!.id), pick(after!, 'memberships'));
        break;
      case 'runbook.step_undone': {
        // The membership the undo re-opened or closed again, as it is after.
        const m = after!.membership as Row | null | undefined;
        if (m) state.memberships.set(String(m.id), pick(m, 'memberships'));
        break;
      }
    }
  }
  return state;
}

/** The four tables as stored, in the events' shapes. */
function tableState(db: Db): Record<ReplayTable, Map<string, Row>> {
  const all = (sql: string) => stmt(db, sql).all() as Row[];
  const map = (rows: Row[], f: (r: Row) => Row) => new Map(rows.map((r) => [String(r.id), f(r)]));
  return {
    people: map(all('SELECT * FROM people'), (r) => ({
      name: r.name,
      unitId: r.unit_id,
      position: r.position,
      tierId: r.tier_id,
      phone: r.phone,
      handles: JSON.parse(String(r.handles)) as unknown,
      status: r.status,
      leftOn: r.left_on,
    })),
    units: map(all('SELECT * FROM units'), (r) => ({ name: r.name, parentId: r.parent_id, sort: r.sort })),
    groups: map(all('SELECT * FROM groups'), (r) => ({
      name: r.name,
      platform: r.platform,
      kind: r.kind,
      endDate: r.end_date,
      ownerId: r.owner_id,
      deputyIds: JSON.parse(String(r.deputy_ids)) as unknown,
      status: r.status,
      charter: JSON.parse(String(r.charter)) as unknown,
    })),
    memberships: map(all('SELECT * FROM memberships'), (r) => ({
      groupId: r.group_id,
      personId: r.person_id,
      role: r.role,
      joinedOn: r.joined_on,
      leftOn: r.left_on,
      basis: r.basis,
      leftReason: r.left_reason,
    })),
  };
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  return canonicalJson(a) === canonicalJson(b);
}

/** A value as a person reads it in a finding: ids become names where the history knows them. */
function shown(value: unknown, names: (id: string) => string | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return names(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => shown(v, names)).join(', ');
  const text = typeof value === 'object' ? canonicalJson(value) : String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
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
      found.units.get(id)?.name) as string | undefined;
  const describe = (table: ReplayTable, id: string, row: Row | undefined): string => {
    if (table !== 'memberships') return nameOf(id) ?? (row?.name as string | undefined) ?? id;
    const m = row ?? {};
    return `${nameOf(String(m.personId)) ?? '?'} — ${nameOf(String(m.groupId)) ?? '?'}`;
  };
  const differences: ReplayDifference[] = [];
  let more = 0;
  let checked = 0;
  const add = (d: ReplayDifference) => {
    if (differences.length < limit) differences.push(d);
    else more++;
  };
  for (const table of Object.keys(FIELDS) as ReplayTable[]) {
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
