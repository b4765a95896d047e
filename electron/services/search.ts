/** Search everywhere: people and groups in one answer. */
import type { SearchResults } from '../../shared/contract';
import type { Db } from '../db/database';

export function searchAll(db: Db, query: string): SearchResults {
  void db; void query;
  throw new Error('not implemented');
}
