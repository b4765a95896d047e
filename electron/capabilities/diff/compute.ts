/**
 * What changed from one side to the other: per group who joined, who left (with the reason the
 * later side recorded), role, owner, status and charter changes and the exceptions decided in
 * between; people added, changed (which fields) and left; incidents and runbooks opened or closed.
 * Memberships are compared as the intervals active on each side's day.
 */
import {
  CHARTER_PARTS,
  type CharterPart,
  type DiffDeparture,
  type DiffException,
  type DiffIncident,
  type DiffMember,
  type DiffPerson,
  type DiffPersonChange,
  type DiffReport,
  type DiffRunbook,
  type DiffSideLabel,
  type GroupDiff,
  type PersonField,
} from '../../../shared/contract';
import type { Group, Membership, Person } from '../../../shared/domain';
import { localDay, type SideState } from './sides';

export interface DiffFilter {
  groupId?: string;
  unitId?: string;
}

const key = (groupId: string, personId: string) => `${groupId}\u0000${personId}`;

/** Memberships active at the end of `day`, by group and person. */
function activeOn(memberships: readonly Membership[], day: string): Map<string, Membership> {
  const active = new Map<string, Membership>();
  for (const m of memberships) {
    if (m.joinedOn <= day && (m.leftOn === null || m.leftOn > day)) active.set(key(m.groupId, m.personId), m);
  }
  return active;
}

/** A unit and every unit below it. */
function unitAndBelow(units: SideState['content']['units'], unitId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const found = new Set<string>();
  const walk = (id: string) => {
    if (found.has(id)) return;
    found.add(id);
    for (const c of children.get(id) ?? []) walk(c);
  };
  walk(unitId);
  return found;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The diff of two sides; `from` is the earlier one. */
export function diffSides(
  from: SideState,
  to: SideState,
  labels: { from: DiffSideLabel; to: DiffSideLabel },
  filter: DiffFilter = {},
): DiffReport {
  const units = new Map([...from.content.units, ...to.content.units].map((u) => [u.id, u.name]));
  const tiers = new Map([...from.content.tiers, ...to.content.tiers].map((t) => [t.id, t.name]));
  const person = (id: string): Person | undefined => to.people.get(id) ?? from.people.get(id);
  const nameOf = (id: string | null) => (id ? (person(id)?.name ?? '—') : null);
  const unitOf = (id: string) => {
    const unitId = person(id)?.unitId;
    return unitId ? (units.get(unitId) ?? null) : null;
  };
  const inUnit = filter.unitId ? unitAndBelow([...from.content.units, ...to.content.units], filter.unitId) : null;
  const counts = (personId: string) => {
    if (!inUnit) return true;
    const a = from.people.get(personId)?.unitId;
    const b = to.people.get(personId)?.unitId;
    return (!!a && inUnit.has(a)) || (!!b && inUnit.has(b));
  };
  const within = (day: string | null | undefined) => !!day && day > from.day && day <= to.day;
  const withinAt = (at: string | null | undefined) => !!at && at > from.at && at <= to.at;

  // Memberships
  const before = activeOn(from.content.memberships, from.day);
  const after = activeOn(to.content.memberships, to.day);
  // How a departure ended: the same interval closed on the later side (same id), else the
  // person's latest closed interval in that group there (a snapshot of another history).
  const laterById = new Map(to.content.memberships.map((m) => [m.id, m]));
  const ended = new Map<string, Membership>();
  for (const m of to.content.memberships) {
    if (!m.leftOn) continue;
    const k = key(m.groupId, m.personId);
    const seen = ended.get(k);
    if (!seen || seen.leftOn! < m.leftOn) ended.set(k, m);
  }
  const endOf = (m: Membership): Membership | undefined => {
    const same = laterById.get(m.id);
    return same && same.groupId === m.groupId && same.personId === m.personId && same.leftOn
      ? same
      : ended.get(key(m.groupId, m.personId));
  };
  const groups = new Map<string, GroupDiff>();
  const groupName = (id: string) => to.groups.get(id)?.name ?? from.groups.get(id)?.name ?? '—';
  const entry = (groupId: string): GroupDiff => {
    let g = groups.get(groupId);
    if (!g) {
      g = {
        groupId,
        name: groupName(groupId),
        created: false,
        status: null,
        renamedFrom: null,
        owner: null,
        charterParts: [],
        joined: [],
        left: [],
        roles: [],
        exceptions: [],
      };
      groups.set(groupId, g);
    }
    return g;
  };
  const member = (m: Membership, on: string): DiffMember => ({
    personId: m.personId,
    name: nameOf(m.personId) ?? '—',
    unit: unitOf(m.personId),
    role: m.role,
    on,
    basis: m.basis,
  });
  const wanted = (groupId: string, personId: string) =>
    (!filter.groupId || filter.groupId === groupId) && counts(personId);

  for (const [k, m] of after) {
    if (!wanted(m.groupId, m.personId)) continue;
    const was = before.get(k);
    if (!was) entry(m.groupId).joined.push(member(m, m.joinedOn));
    else if (was.role !== m.role)
      entry(m.groupId).roles.push({
        personId: m.personId,
        name: nameOf(m.personId) ?? '—',
        from: was.role,
        to: m.role,
      });
  }
  for (const [k, m] of before) {
    if (after.has(k) || !wanted(m.groupId, m.personId)) continue;
    const end = endOf(m);
    const departure: DiffDeparture = {
      ...member(m, end?.leftOn ?? m.leftOn ?? to.day),
      reason: end?.leftReason ?? null,
    };
    entry(m.groupId).left.push(departure);
  }

  // Groups themselves: new, renamed, status, owner, charter (not narrowed by a unit filter).
  if (!inUnit) {
    for (const [id, g] of to.groups) {
      if (filter.groupId && filter.groupId !== id) continue;
      const was: Group | undefined = from.groups.get(id);
      if (!was) {
        entry(id).created = true;
        continue;
      }
      const parts: CharterPart[] = CHARTER_PARTS.filter((p) => !same(was.charter[p], g.charter[p]));
      const changed = parts.length > 0 || was.name !== g.name || was.status !== g.status || was.ownerId !== g.ownerId;
      if (!changed) continue;
      const e = entry(id);
      e.charterParts = parts;
      if (was.name !== g.name) e.renamedFrom = was.name;
      if (was.status !== g.status) e.status = { from: was.status, to: g.status };
      if (was.ownerId !== g.ownerId) e.owner = { from: nameOf(was.ownerId), to: nameOf(g.ownerId) };
    }
  }
  const oneRegistry = from.content === to.content;
  const earlierExceptions = new Map(from.content.exceptions.map((x) => [x.id, x.status]));
  for (const x of to.content.exceptions) {
    if (x.status === 'pending' || !wanted(x.groupId, x.personId)) continue;
    // Two contents (snapshots): decided since the earlier one; one registry on two days: decided between them.
    if (oneRegistry ? !within(x.decidedOn) : earlierExceptions.get(x.id) === x.status) continue;
    const decided: DiffException = {
      personId: x.personId,
      name: nameOf(x.personId) ?? '—',
      status: x.status,
      decidedOn: x.decidedOn!,
      reason: x.reason,
    };
    entry(x.groupId).exceptions.push(decided);
  }

  // People
  const brief = (p: Person): DiffPerson => ({
    personId: p.id,
    name: p.name,
    unit: p.unitId ? (units.get(p.unitId) ?? null) : null,
    position: p.position,
  });
  const added: DiffPerson[] = [];
  const changed: DiffPersonChange[] = [];
  const left: Array<DiffPerson & { leftOn: string | null }> = [];
  const fieldText: Record<PersonField, (p: Person) => string> = {
    name: (p) => p.name,
    unit: (p) => (p.unitId ? (units.get(p.unitId) ?? '') : ''),
    position: (p) => p.position ?? '',
    tier: (p) => (p.tierId ? (tiers.get(p.tierId) ?? '') : ''),
    phone: (p) => p.phone ?? '',
    handles: (p) =>
      Object.entries(p.handles)
        .map(([k, v]) => `${k}: ${v}`)
        .sort()
        .join(', '),
  };
  if (!filter.groupId) {
    for (const [id, p] of to.people) {
      if (!counts(id)) continue;
      const was = from.people.get(id);
      if (!was) {
        if (p.status === 'left' && !within(p.leftOn)) continue;
        added.push(brief(p));
        if (p.status === 'left') left.push({ ...brief(p), leftOn: p.leftOn });
        continue;
      }
      if (was.status === 'active' && p.status === 'left') left.push({ ...brief(p), leftOn: p.leftOn });
      const fields = (Object.keys(fieldText) as PersonField[])
        .map((field) => ({ field, from: fieldText[field](was), to: fieldText[field](p) }))
        .filter((f) => f.from !== f.to);
      if (fields.length > 0) changed.push({ ...brief(p), fields });
    }
  }

  // Casework
  const kindLabels = new Map(to.content.incidentKinds.map((k) => [k.id, k.label]));
  const incident = (i: SideState['content']['incidents'][number], on: string): DiffIncident => ({
    id: i.id,
    kind: i.kind,
    kindLabel: kindLabels.get(i.kind) ?? null,
    group: i.groupId ? groupName(i.groupId) : null,
    summary: i.summary,
    on,
    status: i.status,
  });
  const incidentWanted = (i: SideState['content']['incidents'][number]) =>
    (!filter.groupId || i.groupId === filter.groupId) && (!inUnit || i.people.some((p) => counts(p.personId)));
  const opened: DiffIncident[] = [];
  const closed: DiffIncident[] = [];
  const earlierIncidents = new Map(from.content.incidents.map((i) => [i.id, i]));
  for (const i of to.content.incidents) {
    if (!incidentWanted(i)) continue;
    const was = earlierIncidents.get(i.id);
    if (oneRegistry ? within(i.noticedOn) : !was) opened.push(incident(i, i.noticedOn));
    if (i.closedOn && (oneRegistry ? within(i.closedOn) : !was?.closedOn)) closed.push(incident(i, i.closedOn));
  }
  const runbook = (r: SideState['content']['runbooks'][number], at: string): DiffRunbook => ({
    id: r.id,
    kind: r.kind,
    state: r.state,
    subject:
      r.kind === 'offboard'
        ? (nameOf((r.plan.input as { personId?: string }).personId ?? null) ??
          r.groups.map((g) => groupName(g.groupId)).join(', '))
        : r.groups.map((g) => groupName(g.groupId)).join(', '),
    on: localDay(at),
  });
  const runbookWanted = (r: SideState['content']['runbooks'][number]) =>
    !filter.groupId || r.groups.some((g) => g.groupId === filter.groupId);
  const rbOpened: DiffRunbook[] = [];
  const rbClosed: DiffRunbook[] = [];
  if (!inUnit) {
    for (const r of to.content.runbooks) {
      if (!runbookWanted(r)) continue;
      if (withinAt(r.createdAt)) rbOpened.push(runbook(r, r.createdAt));
      if ((r.state === 'finished' || r.state === 'cancelled') && withinAt(r.endedAt))
        rbClosed.push(runbook(r, r.endedAt!));
    }
  }

  // One collator: localeCompare per comparison is many times slower over thousands of names.
  const collator = new Intl.Collator('zh-CN');
  const byName = <T extends { name: string }>(list: T[]) => list.sort((a, b) => collator.compare(a.name, b.name));
  const list = byName([...groups.values()]);
  for (const g of list) {
    byName(g.joined);
    byName(g.left);
    byName(g.roles);
    byName(g.exceptions);
  }
  const sum = (f: (g: GroupDiff) => number) => list.reduce((n, g) => n + f(g), 0);
  return {
    organisation: to.content.organisation.name,
    from: labels.from,
    to: labels.to,
    filter: {
      group: filter.groupId ? groupName(filter.groupId) : null,
      unit: filter.unitId ? (units.get(filter.unitId) ?? null) : null,
    },
    groups: list,
    people: { added: byName(added), changed: byName(changed), left: byName(left) },
    incidents: { opened, closed },
    runbooks: { opened: rbOpened, closed: rbClosed },
    totals: {
      joined: sum((g) => g.joined.length),
      left: sum((g) => g.left.length),
      roles: sum((g) => g.roles.length),
      charters: sum((g) => (g.charterParts.length > 0 ? 1 : 0)),
      exceptions: sum((g) => g.exceptions.length),
    },
  };
}
