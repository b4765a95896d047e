/**
 * Search everywhere (the command palette and the command line): people and groups in one answer,
 * matched on the same stored search keys as the People and Groups pages — name, pinyin in full
 * or by initials, Vietnamese without diacritics, phone, platform handle — 20 of each at most.
 */
import type { SearchResults } from '../../../shared/contract';
import { foldQuery } from '../../../shared/search';
import type { Db } from '../../db/database';
import { listPeople } from '../directory';
import { listGroups } from '../groups';

export const SEARCH_LIMIT = 20;

export function searchAll(db: Db, query: string): SearchResults {
  // A query that folds to nothing would match everyone; it finds nothing instead.
  if (foldQuery(query) === '') return { people: [], groups: [] };
  return { people: listPeople(db, query, SEARCH_LIMIT), groups: listGroups(db, query, SEARCH_LIMIT) };
}
