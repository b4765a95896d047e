/** Reports over the whole registry: scope creep (members outside the charter and how they got in). */
import type { ScopeCreepReport } from '../../shared/contract';
import type { Db } from '../db/database';
import type { Clock } from './context';

export function scopeCreepReport(db: Db, clock: Clock): ScopeCreepReport {
  void db; void clock;
  throw new Error('not implemented');
}
