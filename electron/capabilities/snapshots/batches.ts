/**
 * The snapshot's events and memberships as canonical JSON, written by SQLite itself, read in
 * batches. Small on purpose: the export's helper thread (chainWorker.ts) reads half of the history
 * with it, and that bundle is kept small.
 *
 * Each row is written by SQLite as one UTF-8 text: no JavaScript object with nine fields per row
 * and no string decoded and encoded again, which at 200,000 events was most of the export's time.
 * `json_quote` writes a string exactly as JSON.stringify does (a unit test holds the pieces equal
 * to canonicalJson(readContent(db))); payloads and subjects are stored canonical. Each text is
 * joined by one `concat`, not `||` (which copies what is built so far at each step; kernel/events.ts).
 */
import type { Db } from '../../db/database';

const EVENT_JSON = `concat('{"actor":',json_quote(actor),
  ',"after":',coalesce(after,'null'),
  ',"at":',json_quote(at),
  ',"before":',coalesce(before,'null'),
  ',"hash":',json_quote(hash),
  ',"kind":',json_quote(kind),
  ',"prevHash":',json_quote(prev_hash),
  ',"seq":',seq,
  ',"subjects":',subjects,
  '}')`;
const MEMBERSHIP_JSON = `concat('{"addedBy":',json_quote(added_by),
  ',"basis":',json_quote(basis),
  ',"basisRef":',json_quote(basis_ref),
  ',"groupId":',json_quote(group_id),
  ',"id":',id,
  ',"joinedOn":',json_quote(joined_on),
  ',"leftOn":',json_quote(left_on),
  ',"leftReason":',json_quote(left_reason),
  ',"personId":',json_quote(person_id),
  ',"requestedBy":',json_quote(requested_by),
  ',"role":',json_quote(role),
  '}')`;

/** Rows per batch. */
export const BATCH = 4000;

/**
 * Rows are read in batches of BATCH, each batch one value joined by SQLite itself
 * (`group_concat` with its own ORDER BY, so the order is SQLite's documented one, not the plan's):
 * one Uint8Array per 4,000 rows instead of a JavaScript row object and an array each. At 200,000
 * events that took the read from 500 ms to 330 ms on the bench machine. Each batch starts after the
 * last key of the one before (`key > ?`, up to `key <= ?`), so a gap in the keys costs nothing.
 */
function batchSql(table: string, key: string, json: string): string {
  return `SELECT CAST(group_concat(j, ',' ORDER BY k) AS BLOB) AS j, max(k) AS last, count(*) AS n
    FROM (SELECT ${key} AS k, ${json} AS j FROM ${table} WHERE ${key} > ? AND ${key} <= ? ORDER BY ${key} LIMIT ${BATCH})`;
}

export const EVENTS_BATCH_SQL = batchSql('events', 'seq', EVENT_JSON);
export const MEMBERSHIPS_BATCH_SQL = batchSql('memberships', 'id', MEMBERSHIP_JSON);

/** One batch: the rows' texts joined by commas, how many and the last key. */
export interface Batch {
  bytes: Uint8Array;
  n: number;
  last: number;
}

/** Every key is above this one (events.seq, memberships.id are integers). */
export const BEFORE_ALL = Number.MIN_SAFE_INTEGER;
export const AFTER_ALL = Number.MAX_SAFE_INTEGER;

/** The batches of rows with `after < key <= upTo`, in key order. */
export function* readBatches(db: Db, sql: string, after = BEFORE_ALL, upTo = AFTER_ALL): Generator<Batch> {
  const batch = db.prepare(sql);
  let last = after;
  for (;;) {
    const row = batch.get(last, upTo) as { j: Uint8Array | null; last: number | null; n: number };
    if (row.n === 0 || row.j === null || row.last === null) return;
    last = row.last;
    yield { bytes: row.j, n: row.n, last };
    if (row.n < BATCH) return;
  }
}
