/**
 * The registry as the workbook shows it — every table but the history, read in one read
 * transaction. The history (200,000 events at the large fixture) is what a snapshot carries and a
 * workbook does not: reading it too tripled the workbook's memory.
 */
import { readTransaction, type Db } from '../../db/database';
import { readTables } from '../snapshots';
import type { LedgerTables } from './sheets';

export function readLedgerTables(db: Db): LedgerTables {
  return readTransaction(db, () => readTables(db));
}
