/**
 * Planning: the steps of each kind of runbook, in the order they are walked, and the people left
 * out with why. dissolve: every member, the owner last (for a group left dissolving by an earlier
 * dissolution with steps skipped or failed: everyone still in it). prune: the members outside the
 * charter (never the owner or a deputy), or a chosen subset of them — which may also name members
 * whose approved exception is past its review date. offboard: one person from every
 * active group, the ownership transfer to a named successor first where they own one. rebuild:
 * the eligible people of the snapshot a finished dissolution took, the owner first.
 */
import type { NotPlanned, RunbookPlanInput, SnapshotMember } from '../../../shared/contract';
import type { Group, Role } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import { stmt, type Db } from '../../db/database';
import { checkRecord, unitParents } from '../../kernel/charter';
import { activeGroup, currentMembership, getGroupRecord, getPersonRecord } from '../../kernel/records';
import { toGroup, type PersonRecord } from '../../kernel/rows';

export interface PlannedStep {
  groupId: string;
  personId: string;
  action: 'remove' | 'add' | 'transfer';
  role: Role | null;
}

export interface BuiltPlan {
  groupIds: string[];
  steps: PlannedStep[];
  notPlanned: NotPlanned[];
}

interface OpenMember {
  membership_id: number;
  person_id: string;
  name: string;
  role: Role;
  exception_id: number | null;
  /** The review date of the approved exception, if it has one. */
  review_on: string | null;
}

const ROLE_ORDER: Record<Role, number> = { member: 0, deputy: 1, owner: 2 };

/** The open memberships of a group with the person's name and any approved exception, by name. */
function openMembers(db: Db, groupId: string): OpenMember[] {
  return stmt(
    db,
    `SELECT m.id AS membership_id, m.person_id, p.name, m.role, x.id AS exception_id, x.review_on
       FROM memberships m JOIN people p ON p.id = m.person_id
       LEFT JOIN exceptions x ON x.membership_id = m.id AND x.status = 'approved'
      WHERE m.group_id = ? AND m.left_on IS NULL
      ORDER BY p.name, p.id`,
  ).all(groupId) as unknown as OpenMember[];
}

/** The members of a group as a snapshot records them. */
export function snapshotOf(db: Db, groupId: string): SnapshotMember[] {
  return stmt(
    db,
    `SELECT m.id AS membershipId, m.person_id AS personId, p.name, m.role, m.joined_on AS joinedOn
       FROM memberships m JOIN people p ON p.id = m.person_id
      WHERE m.group_id = ? AND m.left_on IS NULL ORDER BY m.id`,
  ).all(groupId) as unknown as SnapshotMember[];
}

/** The plan of `input` from the memberships as they are on `today` (YYYY-MM-DD). */
export function buildPlan(db: Db, input: RunbookPlanInput, today: string): BuiltPlan {
  switch (input.kind) {
    case 'dissolve':
      return planDissolve(db, input.groupId);
    case 'prune':
      return planPrune(db, input.groupId, input.personIds, today);
    case 'offboard':
      return planOffboard(db, input.personId, input.successors ?? []);
    case 'rebuild':
      return planRebuild(db, input.groupId);
  }
}

function noSteps(target: string): never {
  throw new LedgerError('runbook_no_steps', { target });
}

/**
 * The group a dissolution may take: an active one, or one an earlier dissolution left dissolving
 * (steps skipped or failed), whose remaining members a new dissolution walks.
 */
export function dissolvableGroup(db: Db, groupId: string): Group {
  const group = toGroup(getGroupRecord(db, groupId));
  return group.status === 'dissolving' ? group : activeGroup(db, groupId);
}

/** Everyone leaves: members, then deputies, the owner last. */
function planDissolve(db: Db, groupId: string): BuiltPlan {
  const group = dissolvableGroup(db, groupId);
  const members = openMembers(db, groupId).map((m) => ({
    ...m,
    role: m.person_id === group.ownerId ? ('owner' as const) : m.role,
  }));
  members.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  if (members.length === 0) noSteps(`“${group.name}”`);
  return {
    groupIds: [groupId],
    steps: members.map((m) => ({ groupId, personId: m.person_id, action: 'remove', role: m.role })),
    notPlanned: [],
  };
}

/**
 * Members outside the charter (no approved exception), never the owner or a deputy. A chosen
 * subset may also name members whose approved exception is past its review date (the dashboard's
 * "exceptions past their review date"); left out, the subset is everyone outside the charter.
 */
function planPrune(db: Db, groupId: string, chosen: readonly string[] | undefined, today: string): BuiltPlan {
  const group = activeGroup(db, groupId);
  const parents = unitParents(db);
  const person = stmt(db, 'SELECT * FROM people WHERE id = ?');
  const candidates: OpenMember[] = [];
  const notPlanned: NotPlanned[] = [];
  for (const m of openMembers(db, groupId)) {
    const check = checkRecord(group, person.get(m.person_id) as unknown as PersonRecord, parents);
    if (check.eligible) continue;
    const lapsed = m.review_on !== null && m.review_on < today;
    const covered = m.exception_id !== null && !check.mismatches.includes('left');
    if (covered && !(lapsed && chosen?.includes(m.person_id))) continue;
    if (m.role !== 'member' || m.person_id === group.ownerId || group.deputyIds.includes(m.person_id)) {
      notPlanned.push({
        groupId,
        personId: m.person_id,
        name: m.name,
        reason: 'owner_or_deputy',
        mismatches: check.mismatches,
      });
      continue;
    }
    candidates.push(m);
  }
  let picked = candidates;
  if (chosen !== undefined) {
    const ids = new Set(chosen);
    for (const id of ids) {
      if (!candidates.some((c) => c.person_id === id)) {
        throw new LedgerError('runbook_not_planned', { person: getPersonRecord(db, id).name, group: group.name });
      }
    }
    picked = candidates.filter((c) => ids.has(c.person_id));
  }
  if (picked.length === 0) noSteps(`“${group.name}”`);
  return {
    groupIds: [groupId],
    steps: picked.map((m) => ({ groupId, personId: m.person_id, action: 'remove', role: m.role })),
    notPlanned,
  };
}

/** One person out of every active group; where they own one, the successor takes over first. */
function planOffboard(
  db: Db,
  personId: string,
  successors: ReadonlyArray<{ groupId: string; personId: string }>,
): BuiltPlan {
  const person = getPersonRecord(db, personId);
  const groups = stmt(
    db,
    `SELECT g.id, g.name, g.owner_id, m.role, g.status FROM memberships m JOIN groups g ON g.id = m.group_id
      WHERE m.person_id = ? AND m.left_on IS NULL ORDER BY g.name, g.id`,
  ).all(personId) as Array<{ id: string; name: string; owner_id: string | null; role: Role; status: string }>;
  const steps: PlannedStep[] = [];
  const groupIds: string[] = [];
  for (const g of groups) {
    if (g.status !== 'active') continue;
    groupIds.push(g.id);
    if (g.owner_id === personId || g.role === 'owner') {
      const successor = successors.find((s) => s.groupId === g.id);
      if (!successor) throw new LedgerError('runbook_successor_needed', { person: person.name, group: g.name });
      const next = getPersonRecord(db, successor.personId);
      if (next.id === personId || next.status !== 'active' || !currentMembership(db, g.id, next.id)) {
        throw new LedgerError('runbook_successor_invalid', {
          successor: next.name,
          group: g.name,
          person: person.name,
        });
      }
      steps.push({ groupId: g.id, personId: next.id, action: 'transfer', role: 'owner' });
      steps.push({ groupId: g.id, personId, action: 'remove', role: 'member' });
    } else {
      steps.push({ groupId: g.id, personId, action: 'remove', role: g.role });
    }
  }
  if (steps.length === 0) noSteps(person.name);
  return { groupIds, steps, notPlanned: [] };
}

/** The snapshot the last finished dissolution of the group took at its start. */
export function dissolutionSnapshot(db: Db, groupId: string): SnapshotMember[] | null {
  const row = stmt(
    db,
    `SELECT rg.snapshot FROM runbook_groups rg JOIN runbooks r ON r.id = rg.runbook_id
      WHERE rg.group_id = ? AND r.kind = 'dissolve' AND r.state = 'finished' AND rg.snapshot IS NOT NULL
      ORDER BY r.ended_at DESC, r.id DESC LIMIT 1`,
  ).get(groupId) as { snapshot: string } | undefined;
  return row ? (JSON.parse(row.snapshot) as SnapshotMember[]) : null;
}

/** The eligible people of the snapshot, the owner first, then deputies, then members by name. */
function planRebuild(db: Db, groupId: string): BuiltPlan {
  const record = getGroupRecord(db, groupId);
  const snapshot = record.status === 'dissolved' ? dissolutionSnapshot(db, groupId) : null;
  if (!snapshot) throw new LedgerError('runbook_no_snapshot', { group: record.name });
  const owner = snapshot.find((m) => m.role === 'owner');
  // The charter as it reads with the snapshot's owner and deputies (the dissolution removed them).
  const group: Group = {
    ...toGroup(record),
    ownerId: owner?.personId ?? record.owner_id,
    deputyIds: snapshot.filter((m) => m.role === 'deputy').map((m) => m.personId),
  };
  const parents = unitParents(db);
  const ordered = [...snapshot].sort(
    (a, b) =>
      ROLE_ORDER[b.role] - ROLE_ORDER[a.role] || a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId),
  );
  const steps: PlannedStep[] = [];
  const notPlanned: NotPlanned[] = [];
  for (const m of ordered) {
    const person = getPersonRecord(db, m.personId);
    const check = checkRecord(group, person, parents);
    if (check.eligible) {
      steps.push({ groupId, personId: m.personId, action: 'add', role: m.role });
      continue;
    }
    if (m.role === 'owner') throw new LedgerError('person_left', { person: person.name });
    notPlanned.push({
      groupId,
      personId: m.personId,
      name: person.name,
      reason: check.mismatches.includes('left') ? 'left' : 'outside_charter',
      mismatches: check.mismatches,
    });
  }
  if (steps.length === 0) noSteps(`“${record.name}”`);
  return { groupIds: [groupId], steps, notPlanned };
}
