/**
 * Low-level writes of whole records. They record no event by themselves: commands call them
 * inside a transaction that also appends the event, and snapshot import replays them as they were.
 */
import type { Group, Membership, Organisation, Person, Tier, Unit } from '../../shared/domain';
import { searchKey } from '../../shared/search';
import { stmt, type Db } from '../db/database';

export function insertOrganisation(db: Db, org: Organisation): void {
  stmt(db, 'INSERT INTO organisation (id, name, locale, created_at) VALUES (1, ?, ?, ?)').run(
    org.name,
    org.locale,
    org.createdAt,
  );
}

export function insertTier(db: Db, t: Tier): void {
  stmt(db, 'INSERT INTO tiers (id, name, rank) VALUES (?, ?, ?)').run(t.id, t.name, t.rank);
}

export function insertUnit(db: Db, u: Unit): void {
  stmt(db, 'INSERT INTO units (id, parent_id, name, sort) VALUES (?, ?, ?, ?)').run(u.id, u.parentId, u.name, u.sort);
}

export function personSearchKey(p: Pick<Person, 'name' | 'phone' | 'handles' | 'position'>): string {
  return searchKey(p.name, p.phone, ...Object.values(p.handles));
}

export function insertPerson(db: Db, p: Person): void {
  stmt(
    db,
    `INSERT INTO people (id, name, unit_id, position, tier_id, phone, handles, status, left_on, search_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    p.id,
    p.name,
    p.unitId,
    p.position,
    p.tierId,
    p.phone,
    JSON.stringify(p.handles),
    p.status,
    p.leftOn,
    personSearchKey(p),
  );
}

export function insertGroup(db: Db, g: Group): void {
  stmt(
    db,
    `INSERT INTO groups (id, name, platform, platform_group_id, purpose, kind, task, end_date, owner_id,
       deputy_ids, charter, authorising_doc, status, created_on, search_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    g.id,
    g.name,
    g.platform,
    g.platformGroupId,
    g.purpose,
    g.kind,
    g.task,
    g.endDate,
    g.ownerId,
    JSON.stringify(g.deputyIds),
    JSON.stringify(g.charter),
    g.authorisingDoc,
    g.status,
    g.createdOn,
    searchKey(g.name, g.platformGroupId, g.purpose),
  );
}

/** Inserts a membership; with `id` omitted SQLite assigns the next one. Returns the id. */
export function insertMembership(db: Db, m: Omit<Membership, 'id'> & { id?: number }): number {
  const result = stmt(
    db,
    `INSERT INTO memberships (id, group_id, person_id, role, joined_on, left_on, added_by, requested_by,
         basis, basis_ref, left_reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    m.id ?? null,
    m.groupId,
    m.personId,
    m.role,
    m.joinedOn,
    m.leftOn,
    m.addedBy,
    m.requestedBy,
    m.basis,
    m.basisRef,
    m.leftReason,
  );
  return Number(result.lastInsertRowid);
}
