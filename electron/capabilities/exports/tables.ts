/**
 * The registry as the workbook shows it — every table but the history, read in one read
 * transaction. The history (200,000 events at the large fixture) is what a snapshot carries and a
 * workbook does not: reading it too tripled the workbook's memory.
 */
import { readTransaction, stmt, type Db } from '../../db/database';
import { requireOrganisation } from '../../kernel/records';
import {
  toAcknowledgement,
  toException,
  toGroup,
  toMembership,
  toPerson,
  toRuleVersion,
  toTier,
  toUnit,
  type ExceptionRecord,
  type GroupRecord,
  type MembershipRecord,
  type PersonRecord,
} from '../../kernel/rows';
import { readIncidentKinds, readIncidents, readRunbooks } from '../snapshots';
import type { LedgerTables } from './sheets';

export function readLedgerTables(db: Db): LedgerTables {
  return readTransaction(db, () => {
    const all = <T>(sql: string) => stmt(db, sql).all() as unknown as T[];
    return {
      organisation: requireOrganisation(db),
      tiers: all<{ id: string; name: string; rank: number }>('SELECT id, name, rank FROM tiers ORDER BY rank').map(
        toTier,
      ),
      units: all<{ id: string; parent_id: string | null; name: string; sort: number }>(
        'SELECT id, parent_id, name, sort FROM units ORDER BY id',
      ).map(toUnit),
      people: all<PersonRecord>('SELECT * FROM people ORDER BY id').map(toPerson),
      groups: all<GroupRecord>('SELECT * FROM groups ORDER BY id').map(toGroup),
      memberships: all<MembershipRecord>('SELECT * FROM memberships ORDER BY id').map(toMembership),
      exceptions: all<ExceptionRecord>('SELECT * FROM exceptions ORDER BY id').map(toException),
      rules: all<Parameters<typeof toRuleVersion>[0]>('SELECT * FROM rules ORDER BY group_id, version').map(
        toRuleVersion,
      ),
      acknowledgements: all<Parameters<typeof toAcknowledgement>[0]>(
        'SELECT * FROM acknowledgements ORDER BY group_id, version, person_id',
      ).map(toAcknowledgement),
      runbooks: readRunbooks(db),
      incidents: readIncidents(db),
      incidentKinds: readIncidentKinds(db),
    };
  });
}
