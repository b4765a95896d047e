/**
 * The append-only history. Each event is hashed together with the hash of the one before it,
 * so an edited or deleted row breaks the chain and `doctor` finds where.
 */
import { hash } from 'node:crypto';
import { canonicalJson } from '../../shared/canonical';
import type { LedgerEvent } from '../../shared/domain';
import type { AnyTypedNewEvent, EventKind, TypedNewEvent } from '../../shared/events';
import { stmt, type Db } from '../db/database';
import type { ServiceContext } from './context';

export const GENESIS_HASH = '0'.repeat(64);

/** An event about to be appended: its kind from the catalogue (shared/events) and payloads of that kind. */
export type NewEvent = AnyTypedNewEvent;

export interface EventRow {
  seq: number;
  at: string;
  actor: string;
  kind: string;
  subjects: string;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * The canonical JSON of an event without its hash, built field by field in sorted key order
 * (actor, after, at, before, kind, prevHash, seq, subjects): the same text as
 * canonicalJson(event) at a fraction of the cost, which matters for 200,000-event histories.
 * `after`/`before` may be given as already-canonical JSON text (as stored).
 */
export function canonicalEventBody(
  e: Omit<LedgerEvent, 'hash' | 'before' | 'after' | 'subjects'>,
  before: string,
  after: string,
  subjects: string,
  hash?: string,
): string {
  return (
    `{"actor":${JSON.stringify(e.actor)},"after":${after},"at":${plainString(e.at)},"before":${before},` +
    (hash === undefined ? '' : `"hash":${plainString(hash)},`) +
    `"kind":${plainString(e.kind)},"prevHash":${plainString(e.prevHash)},"seq":${e.seq},"subjects":${subjects}}`
  );
}

/** The canonical JSON of a stored event, hash included, from its row (payloads are stored canonical). */
export function canonicalEventRow(r: EventRow): string {
  return canonicalEventBody(
    { seq: r.seq, at: r.at, actor: r.actor, kind: r.kind, prevHash: r.prev_hash },
    r.before ?? 'null',
    r.after ?? 'null',
    r.subjects,
    r.hash,
  );
}

/** JSON for a string that usually needs no escaping (instants, hashes, kinds), without JSON.stringify. */
export function plainString(text: string): string {
  return /^[\w.:+-]*$/.test(text) ? `"${text}"` : JSON.stringify(text);
}

function payload(value: unknown): string {
  return value === null || value === undefined ? 'null' : canonicalJson(value);
}

export function eventHash(event: Omit<LedgerEvent, 'hash'>): string {
  return sha256Hex(
    canonicalEventBody(event, payload(event.before), payload(event.after), JSON.stringify(event.subjects)),
  );
}

/** SHA-256 as hex. The one-shot `crypto.hash` is several times faster than createHash for small texts. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

/** The history's last entry (its number and hash): read from the end of the table's b-tree. */
export const CHAIN_HEAD_SQL = 'SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1';

function lastHash(db: Db): { seq: number; hash: string } {
  const row = stmt(db, CHAIN_HEAD_SQL).get() as { seq: number; hash: string } | undefined;
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

/** The last event's number and hash: where the registry's history ends (seq 0 when it has none). */
export function chainHead(db: Db): { seq: number; hash: string } {
  return lastHash(db);
}

/**
 * The history's head as one key (sequence and hash): every change of the registry appends to the
 * history, and a restored history differs in its hash, so what is worked out from the registry can
 * be held while this key stays (the dashboard's summary, the scope-creep scan).
 */
export function chainHeadKey(db: Db): string {
  const head = lastHash(db);
  return `${head.seq}:${head.hash}`;
}

/** Appends one event; call inside the transaction of the change it records. */
export function appendEvent<K extends EventKind>(ctx: ServiceContext, event: TypedNewEvent<K>): LedgerEvent {
  const { db } = ctx;
  const last = lastHash(db);
  const body: Omit<LedgerEvent, 'hash'> = {
    seq: last.seq + 1,
    at: ctx.clock.now().toISOString(),
    actor: ctx.actor,
    kind: event.kind,
    subjects: event.subjects,
    before: event.before ?? null,
    after: event.after ?? null,
    prevHash: last.hash,
  };
  const full: LedgerEvent = { ...body, hash: eventHash(body) };
  insertEvent(db, full);
  return full;
}

/**
 * An event as stored: payloads and subjects as canonical JSON text. `payloadText` is for a caller
 * that knows the payloads' key order is already canonical (snapshots/eventChecks.ts), where
 * JSON.stringify gives the same text much faster.
 */
export function toEventRow(e: LedgerEvent, payloadText: (value: unknown) => string = canonicalJson): EventRow {
  return {
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    kind: e.kind,
    subjects: JSON.stringify(e.subjects),
    // Stored canonical, so a snapshot can be written from the stored text without re-parsing it.
    before: e.before === null || e.before === undefined ? null : payloadText(e.before),
    after: e.after === null || e.after === undefined ? null : payloadText(e.after),
    prev_hash: e.prevHash,
    hash: e.hash,
  };
}

/** Writes a stored event row as it is; the chain is the caller's to have checked. */
export function insertEventRow(db: Db, r: EventRow): void {
  stmt(
    db,
    'INSERT INTO events (seq, at, actor, kind, subjects, before, after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(r.seq, r.at, r.actor, r.kind, r.subjects, r.before, r.after, r.prev_hash, r.hash);
}

/**
 * Writes an event exactly as given (snapshot import, fixtures); the chain is verified by the caller.
 * `indexSubjects: false` leaves the subject index to one bulk `indexEventSubjects` afterwards.
 */
export function insertEvent(db: Db, e: LedgerEvent, indexSubjects = true): void {
  insertEventRow(db, toEventRow(e));
  if (!indexSubjects) return;
  const subject = stmt(db, 'INSERT OR IGNORE INTO event_subjects (subject, seq) VALUES (?, ?)');
  for (const s of e.subjects) subject.run(s, e.seq);
}

/** Builds the subject index of every event in one statement (after a bulk insert). */
export function indexEventSubjects(db: Db): void {
  stmt(
    db,
    'INSERT OR IGNORE INTO event_subjects (subject, seq) SELECT j.value, e.seq FROM events e, json_each(e.subjects) j',
  ).run();
}

export function rowToEvent(row: EventRow): LedgerEvent {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    kind: row.kind,
    subjects: JSON.parse(row.subjects) as string[],
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function allEvents(db: Db): LedgerEvent[] {
  return (stmt(db, 'SELECT * FROM events ORDER BY seq').all() as unknown as EventRow[]).map(rowToEvent);
}

/** The first break in the chain, or null when every event links to the one before it. */
export interface ChainBreak {
  seq: number;
  reason: 'gap' | 'previous' | 'content';
}

export function findChainBreak(events: Iterable<LedgerEvent>): ChainBreak | null {
  return findRowChainBreak(Array.from(events, (e) => toEventRow(e)));
}

/** Whether a stored row's hash is the hash of its stored canonical text (payloads hashed as stored). */
function storedHashHolds(r: EventRow): boolean {
  const body = canonicalEventBody(
    { seq: r.seq, at: r.at, actor: r.actor, kind: r.kind, prevHash: r.prev_hash },
    r.before ?? 'null',
    r.after ?? 'null',
    r.subjects,
  );
  return sha256Hex(body) === r.hash;
}

/**
 * A walk along the chain, one stored row at a time (hashing the stored canonical text as it is):
 * each call says where the chain breaks at this row, or null. Used whole by findRowChainBreak and
 * in chunks by the backup check, which lets the event loop run between them.
 */
export function rowChainChecker(): (r: EventRow) => ChainBreak | null {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  return (r) => {
    if (r.seq !== expectedSeq) return { seq: r.seq, reason: 'gap' };
    if (r.prev_hash !== prev) return { seq: r.seq, reason: 'previous' };
    if (!storedHashHolds(r)) return { seq: r.seq, reason: 'content' };
    prev = r.hash;
    expectedSeq++;
    return null;
  };
}

/** The same check over stored rows, hashing the stored canonical text as it is. */
export function findRowChainBreak(rows: Iterable<EventRow>): ChainBreak | null {
  const check = rowChainChecker();
  for (const r of rows) {
    const broken = check(r);
    if (broken) return broken;
  }
  return null;
}

/**
 * The text each event's hash covers, written by SQLite itself as UTF-8 bytes: the same text as
 * canonicalEventBody for the stored row (`json_quote` writes a string as JSON.stringify does;
 * payloads and subjects are stored canonical). A 9-field object per row and the string built from
 * it were most of the cost of checking 200,000 events; the bytes are hashed as they come. Joined by
 * one `concat` (SQLite 3.44+), not `||`, which copies the text built so far at each of its 16 steps:
 * building the 200,000 texts took 191–214 ms with `||`, 144 ms so (reading the columns alone, 111).
 * No column here is NULL (before and after are coalesced), so both give the same text.
 */
const STORED_BODY = `concat('{"actor":',json_quote(actor),',"after":',coalesce(after,'null'),',"at":',json_quote(at),
  ',"before":',coalesce(before,'null'),',"kind":',json_quote(kind),',"prevHash":',json_quote(prev_hash),
  ',"seq":',seq,',"subjects":',subjects,'}')`;
/**
 * The text SQLite writes for entry `seq` (STORED_BODY): what the walks below hash. Equal to
 * canonicalEventBody of the stored row, or the walks fall back to the row-at-a-time check at every
 * entry (a unit test holds the two equal).
 */
export function storedEventText(db: Db, seq: number): string | null {
  const row = db.prepare(`SELECT CAST(${STORED_BODY} AS BLOB) AS b FROM events WHERE seq = ?`).get(seq) as
    { b: Uint8Array } | undefined;
  return row ? Buffer.from(row.b).toString('utf8') : null;
}

const STORED_CHAIN_SQL = `SELECT seq, prev_hash AS p, hash AS h, CAST(${STORED_BODY} AS BLOB) AS b FROM events
  WHERE seq BETWEEN ? AND ? ORDER BY seq`;

/**
 * A walk along the stored chain, as rowChainChecker, reading each row's hashed text from SQLite as
 * bytes (about twice as fast at 200,000 events). A row whose bytes do not hash to its hash is read
 * again whole and checked as rowChainChecker does, so a difference between the two texts can only
 * cost time, never report a break that is not there.
 */
export function* storedChainBreaks(db: Db, range?: { from: number; to: number }): Generator<ChainBreak | null> {
  const from = range?.from ?? 1;
  const start = chainStart(db, from);
  if (!('prev' in start)) return yield start;
  yield* walkStored(db, from, start.prev, range?.to, range !== undefined);
}

/** Where a walk from `from` starts: the hash of the entry before it, or the gap where that entry is missing. */
function chainStart(db: Db, from: number): { prev: string } | ChainBreak {
  if (from === 1) return { prev: GENESIS_HASH };
  // A range further on starts from the hash of the entry before it (the range before checks that one).
  const before = db.prepare('SELECT hash FROM events WHERE seq = ?').get(from - 1) as { hash: string } | undefined;
  return before ? { prev: before.hash } : { seq: from - 1, reason: 'gap' };
}

/** storedChainBreaks from entry `from`, whose previous hash is `prev`; `bounded`: an entry missing before `to` is a gap. */
function* walkStored(
  db: Db,
  from: number,
  prev: string,
  to = Number.MAX_SAFE_INTEGER,
  bounded = false,
): Generator<ChainBreak | null> {
  let expectedSeq = from;
  const whole = db.prepare('SELECT * FROM events WHERE seq = ?');
  const rows = db.prepare(STORED_CHAIN_SQL).iterate(from, to) as Iterable<{
    seq: number;
    p: string;
    h: string;
    b: Uint8Array;
  }>;
  for (const r of rows) {
    if (r.seq !== expectedSeq) return yield { seq: r.seq, reason: 'gap' };
    if (r.p !== prev) return yield { seq: r.seq, reason: 'previous' };
    if (hash('sha256', r.b, 'hex') !== r.h && !storedHashHolds(whole.get(r.seq) as unknown as EventRow)) {
      return yield { seq: r.seq, reason: 'content' };
    }
    prev = r.h;
    expectedSeq++;
    yield null;
  }
  // A bounded range ends where it was asked to: an entry missing at its end is a gap too.
  if (bounded && expectedSeq !== to + 1) yield { seq: expectedSeq, reason: 'gap' };
}

/**
 * How many entries findStoredChainBreak reads per query. Measured on 200,000 entries (the whole
 * chain on one thread): 64 → 541–648 ms, 256 → 497–511, 1,000 → 588–681, 4,000 → 772–951; the
 * row-at-a-time walk took 911–1,025.
 */
const CHAIN_BATCH = 256;
/**
 * A batch of entries in one answer: their numbers, previous hashes, hashes and text lengths as one
 * JSON array, and their hashed texts (as STORED_BODY writes them) end to end in one blob. One
 * answer of 140 kB instead of 256 rows of four values each: the row-at-a-time walk spent half its
 * time crossing from SQLite to JavaScript.
 */
const STORED_BATCH_SQL = `WITH r AS MATERIALIZED (
    SELECT seq, prev_hash AS p, hash AS h, CAST(${STORED_BODY} AS BLOB) AS b FROM events
     WHERE seq BETWEEN ? AND ? ORDER BY seq)
  SELECT json_group_array(json_array(seq, p, h, length(b))) AS m, CAST(group_concat(b, '') AS BLOB) AS b FROM r`;

/**
 * The first break of the stored chain, or null: as storedChainBreaks walked to the end, read a
 * batch at a time. Only what a batch proves whole is taken from it: at the first entry it does not
 * (a gap, another previous hash, a text that does not hash to its hash, a value the batch cannot
 * carry, the end of the history), the row-at-a-time walk goes on from there and says what it finds,
 * so both give the same answer.
 */
export function findStoredChainBreak(db: Db, range?: { from: number; to: number }): ChainBreak | null {
  const from = range?.from ?? 1;
  const to = range?.to ?? Number.MAX_SAFE_INTEGER;
  const start = chainStart(db, from);
  if (!('prev' in start)) return start;
  let { prev } = start;
  let seq = from;
  const batch = db.prepare(STORED_BATCH_SQL);
  batches: while (seq <= to) {
    let answer: { m: string; b: Uint8Array | null };
    try {
      answer = batch.get(seq, Math.min(to, seq + CHAIN_BATCH - 1)) as typeof answer;
    } catch {
      break;
    }
    const rows = JSON.parse(answer.m) as Array<[unknown, unknown, unknown, unknown]>;
    const bytes = answer.b;
    if (rows.length === 0 || !bytes) break;
    let at = 0;
    for (const [n, p, h, length] of rows) {
      if (n !== seq || p !== prev || typeof h !== 'string' || typeof length !== 'number') break batches;
      const end = at + length;
      if (end > bytes.length || hash('sha256', bytes.subarray(at, end), 'hex') !== h) break batches;
      prev = h;
      seq++;
      at = end;
    }
  }
  for (const broken of walkStored(db, seq, prev, to, range !== undefined)) if (broken) return broken;
  return null;
}

/** Every stored event row in order, for checks that need no parsed payloads. */
export function* eventRows(db: Db): Generator<EventRow> {
  yield* stmt(db, 'SELECT * FROM events ORDER BY seq').iterate() as Iterable<EventRow>;
}

export function revision(db: Db): number {
  return lastHash(db).seq;
}
