/**
 * Low-level writes of whole records. They record no event by themselves: commands call them
 * inside a transaction that also appends the event, and snapshot import replays them as they were.
 */
import type {
  Acknowledgement,
  ExceptionRequest,
  Group,
  Membership,
  Organisation,
  Person,
  RuleVersion,
  Tier,
  Unit,
} from '../../shared/domain';
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

/** Name, phone (as typed and as bare digits: "+86 (139) 1234-5678" is found by 13912345678) and handles. */
export function personSearchKey(p: Pick<Person, 'name' | 'phone' | 'handles' | 'position'>): string {
  const digits = p.phone ? p.phone.replace(/\D/g, '') : null;
  return searchKey(p.name, p.phone, digits !== p.phone ? digits : null, ...Object.values(p.handles));
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

/** A group's stored values after its id, in the column order both statements below use. */
function groupValues(g: Group): Array<string | null> {
  return [
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
  ];
}

export function insertGroup(db: Db, g: Group): void {
  stmt(
    db,
    `INSERT INTO groups (id, name, platform, platform_group_id, purpose, kind, task, end_date, owner_id,
       deputy_ids, charter, authorising_doc, status, created_on, search_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(g.id, ...groupValues(g));
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

/** Inserts an exception request; with `id` omitted SQLite assigns the next one. Returns the id. */
export function insertException(db: Db, e: Omit<ExceptionRequest, 'id'> & { id?: number }): number {
  const result = stmt(
    db,
    `INSERT INTO exceptions (id, group_id, person_id, role, requested_by, requested_on, reason, approver_kind,
         approver_ref, status, decided_by, decided_on, document_ref, decision_note, review_on, membership_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    e.id ?? null,
    e.groupId,
    e.personId,
    e.role,
    e.requestedBy,
    e.requestedOn,
    e.reason,
    e.approver.kind,
    e.approver.ref,
    e.status,
    e.decidedBy,
    e.decidedOn,
    e.documentRef,
    e.decisionNote,
    e.reviewOn,
    e.membershipId,
  );
  return Number(result.lastInsertRowid);
}

export function insertRuleVersion(db: Db, r: RuleVersion): void {
  stmt(db, 'INSERT INTO rules (group_id, version, text, effective_on, published_at) VALUES (?, ?, ?, ?, ?)').run(
    r.groupId,
    r.version,
    r.text,
    r.effectiveOn,
    r.publishedAt,
  );
}

export function insertAcknowledgement(db: Db, a: Acknowledgement): void {
  stmt(db, 'INSERT INTO acknowledgements (group_id, version, person_id, acknowledged_on) VALUES (?, ?, ?, ?)').run(
    a.groupId,
    a.version,
    a.personId,
    a.acknowledgedOn,
  );
}

/** Rewrites a group's record (and its search key) in place; the caller records the event. */
export function updateGroup(db: Db, g: Group): void {
  stmt(
    db,
    `UPDATE groups SET name = ?, platform = ?, platform_group_id = ?, purpose = ?, kind = ?, task = ?, end_date = ?,
       owner_id = ?, deputy_ids = ?, charter = ?, authorising_doc = ?, status = ?, created_on = ?, search_key = ?
     WHERE id = ?`,
  ).run(...groupValues(g), g.id);
}
