/** The charter check for one person in one group (read only). Owner: membership backend. */
import type { CharterCheckResult } from '../../shared/contract';
import type { Db } from '../db/database';

export function charterCheck(db: Db, groupId: string, personId: string): CharterCheckResult {
  void db; void groupId; void personId;
  throw new Error('not implemented');
}
