/**
 * Record look-ups that every capability needs: the organisation, one person, one group, one open
 * membership. They live below the capabilities so that commands of one capability never import
 * another capability's read models (that was the cause of the import cycles).
 */
import type { Group, Locale, Organisation } from '../../shared/domain';
import { LedgerError } from '../../shared/errors';
import { stmt, type Db } from '../db/database';
import { toGroup, type GroupRecord, type MembershipRecord, type PersonRecord } from './rows';

export function getOrganisation(db: Db): Organisation | null {
  const row = stmt(db, 'SELECT name, locale, created_at FROM organisation WHERE id = 1').get() as
    { name: string; locale: Locale; created_at: string } | undefined;
  return row ? { name: row.name, locale: row.locale, createdAt: row.created_at } : null;
}

export function requireOrganisation(db: Db): Organisation {
  const org = getOrganisation(db);
  if (!org) throw new LedgerError('no_organisation');
  return org;
}

/** True when nothing at all has been recorded: the only state a snapshot may be imported into. */
export function isRegistryEmpty(db: Db): boolean {
  const row = stmt(
    db,
    `SELECT (SELECT count(*) FROM organisation) + (SELECT count(*) FROM people) + (SELECT count(*) FROM groups)
       + (SELECT count(*) FROM events) AS n`,
  ).get() as { n: number };
  return row.n === 0;
}

export function getPersonRecord(db: Db, id: string): PersonRecord {
  const row = stmt(db, 'SELECT * FROM people WHERE id = ?').get(id) as PersonRecord | undefined;
  if (!row) throw new LedgerError('not_found', { kind: 'person', id });
  return row;
}

export function getGroupRecord(db: Db, id: string): GroupRecord {
  const row = stmt(db, 'SELECT * FROM groups WHERE id = ?').get(id) as GroupRecord | undefined;
  if (!row) throw new LedgerError('not_found', { kind: 'group', id });
  return row;
}

export function currentMembership(db: Db, groupId: string, personId: string): MembershipRecord | undefined {
  return stmt(db, 'SELECT * FROM memberships WHERE group_id = ? AND person_id = ? AND left_on IS NULL').get(
    groupId,
    personId,
  ) as MembershipRecord | undefined;
}

/** The group, refusing one whose membership can no longer change (dissolving, dissolved, archived). */
export function activeGroup(db: Db, groupId: string): Group {
  const group = toGroup(getGroupRecord(db, groupId));
  if (group.status !== 'active') throw new LedgerError('group_closed', { group: group.name, status: group.status });
  return group;
}
