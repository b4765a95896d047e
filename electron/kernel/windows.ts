/**
 * A long list answered a window at a time (the people and groups tables, issue 13): the list is
 * searched, filtered and sorted here, in the main process, once per arrangement and registry
 * revision, and each call answers a slice of it. Scrolling reads slices of the arranged list kept;
 * the first change to the registry (a new history entry) makes the next call arrange it again. The
 * last few arrangements of each list are kept, so going back and forth between two sorts does not
 * sort again.
 */
import type { Db } from '../db/database';
import { revision } from './events';

interface Kept<Row, Extra> {
  key: string;
  revision: number;
  arranged: { rows: Row[] } & Extra;
}

/** Arrangements kept per registry connection and list, the most recent last. */
const kept = new WeakMap<Db, Map<string, Array<Kept<unknown, unknown>>>>();
const KEEP = 4;

/**
 * Rows `offset` … `offset + limit - 1` of the list `list` arranged as `key` says (`arrange` builds
 * it when it is not kept for this revision), with the arrangement's other fields.
 */
export function windowOf<Row, Extra extends object>(
  db: Db,
  list: string,
  key: string,
  arrange: () => { rows: Row[] } & Extra,
  offset: number,
  limit: number,
): Extra & { total: number; offset: number; rows: Row[]; revision: number } {
  const at = revision(db);
  let lists = kept.get(db);
  if (!lists) kept.set(db, (lists = new Map()));
  const held = (lists.get(list) ?? []).filter((k) => k.revision === at) as Array<Kept<Row, Extra>>;
  let found = held.find((k) => k.key === key);
  if (found) lists.set(list, [...held.filter((k) => k !== found), found]);
  else {
    found = { key, revision: at, arranged: arrange() };
    lists.set(list, [...held, found].slice(-KEEP));
  }
  const { rows, ...extra } = found.arranged;
  return {
    ...(extra as unknown as Extra),
    total: rows.length,
    offset,
    rows: rows.slice(offset, offset + limit),
    revision: at,
  };
}

/**
 * `rows` sorted by the column the header chose, in its direction: a stable sort, so the rows the
 * column does not tell apart keep the table's own order. Unchanged when no column is sorted.
 */
export function sortedBy<Row>(
  rows: Row[],
  compare: ((a: Row, b: Row) => number) | null,
  order: 'ascend' | 'descend' | undefined,
): Row[] {
  if (!compare) return rows;
  const sign = order === 'descend' ? -1 : 1;
  return rows.sort((a, b) => sign * compare(a, b));
}
