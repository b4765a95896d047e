/**
 * The charter check against the registry: who a group's approver is, who may add, and what the
 * pure check in shared/charter.ts says about one person. Membership commands, exceptions, the
 * group read model and the scope-creep report all ask through here, so they never disagree.
 */
import { checkCharter, holdsPosition, type CharterGroup, type UnitParents } from '../../shared/charter';
import type { CharterCheck, CharterCheckResult, Eligibility } from '../../shared/contract';
import type { CharterApprover, Group } from '../../shared/domain';
import { stmt, type Db } from '../db/database';
import type { PersonRecord } from './rows';

/** Every unit's parent, read once per command or report. */
export function unitParents(db: Db): UnitParents {
  const rows = stmt(db, 'SELECT id, parent_id FROM units').all() as Array<{ id: string; parent_id: string | null }>;
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

/** The charter check for a stored person (snake_case record) in a group. */
export function checkRecord(group: CharterGroup, person: PersonRecord, parents: UnitParents): CharterCheck {
  return checkCharter(
    group,
    { id: person.id, unitId: person.unit_id, tierId: person.tier_id, position: person.position, status: person.status },
    parents,
  );
}

/**
 * How a member stands against the charter as it is now: in it; let in by an approved exception
 * (a leaver is never covered by one); or outside it.
 */
export function eligibilityOf(check: CharterCheck, approvedExceptionId: number | null): Eligibility {
  if (check.eligible) return 'in_charter';
  if (approvedExceptionId !== null && !check.mismatches.includes('left')) return 'exception';
  return 'outside';
}

/** Active people holding a post (folded compare; "党组书记、局长" holds 局长). */
export function peopleHoldingPosition(db: Db, position: string): Array<{ id: string; name: string }> {
  const rows = stmt(
    db,
    `SELECT id, name, position FROM people WHERE status = 'active' AND position IS NOT NULL ORDER BY name`,
  ).all() as Array<{ id: string; name: string; position: string }>;
  return rows.filter((r) => holdsPosition(r.position, position)).map(({ id, name }) => ({ id, name }));
}

/** How the approver reads: a person's name (the id when the person is gone), or the position itself. */
export function approverLabel(db: Db, approver: CharterApprover): string {
  if (approver.kind === 'position') return approver.ref;
  const row = stmt(db, 'SELECT name FROM people WHERE id = ?').get(approver.ref) as { name: string } | undefined;
  return row?.name ?? approver.ref;
}

/** The approver with the people who can decide: that person, or every active holder of the position. */
export function resolveApprover(db: Db, approver: CharterApprover): NonNullable<CharterCheckResult['approver']> {
  if (approver.kind === 'position') {
    return { ...approver, label: approver.ref, people: peopleHoldingPosition(db, approver.ref) };
  }
  const row = stmt(db, 'SELECT id, name FROM people WHERE id = ?').get(approver.ref) as
    { id: string; name: string } | undefined;
  return { ...approver, label: row?.name ?? approver.ref, people: row ? [row] : [] };
}

/** Whether `personId` may decide for this approver: that person, or an active holder of the position. */
export function isApprover(db: Db, approver: CharterApprover, personId: string): boolean {
  if (approver.kind === 'person') return approver.ref === personId;
  const row = stmt(db, 'SELECT position, status FROM people WHERE id = ?').get(personId) as
    { position: string | null; status: string } | undefined;
  return row !== undefined && row.status === 'active' && holdsPosition(row.position, approver.ref);
}

/** The people the charter lets add members; empty when the administrator adds (or nobody owns the group). */
export function allowedAdderIds(group: Group): string[] {
  const owner = group.ownerId ? [group.ownerId] : [];
  switch (group.charter.whoMayAdd) {
    case 'owner':
      return owner;
    case 'owner_and_deputies':
      return [...owner, ...group.deputyIds.filter((d) => d !== group.ownerId)];
    case 'administrator':
      return [];
  }
}
