/**
 * The limits a snapshot is held to before anything in it is believed (issue 12, point 5): the size
 * of the file, the size it unpacks to, the length of any one text, how deep values nest, and how
 * many records each list holds. Each is checked before the step it protects — the file size before
 * reading, the unpacked size while unpacking, text and nesting on the raw bytes before parsing, the
 * row counts before the schema check — and a file over any of them is refused with an error that
 * names the limit (`snapshot_limit`); nothing is written.
 */
import type { DatabaseSync } from 'node:sqlite';
import { LedgerError } from '../../../shared/errors';

export interface SnapshotLimits {
  /** Bytes of the file as stored (plain, compressed or encrypted). */
  fileBytes: number;
  /** Bytes of the plain JSON after decryption and unpacking. */
  plainBytes: number;
  /** Characters of any one JSON string (a name, a note, a key). */
  stringChars: number;
  /** Levels of nested objects and arrays. */
  depth: number;
  /** Records per list of the content. */
  rows: Record<string, number>;
}

const MB = 1024 * 1024;

/**
 * About three times a registry of 10,000 people with 200,000 history events (150 MB) — the plain
 * JSON must also fit in one JavaScript string, which stops at 512 MB.
 */
export const SNAPSHOT_LIMITS: SnapshotLimits = {
  fileBytes: 500 * MB,
  plainBytes: 500 * MB,
  stringChars: 100_000,
  depth: 32,
  rows: {
    tiers: 1_000,
    units: 50_000,
    people: 200_000,
    groups: 100_000,
    memberships: 5_000_000,
    events: 5_000_000,
    exceptions: 1_000_000,
    rules: 1_000_000,
    acknowledgements: 5_000_000,
    runbooks: 100_000,
    incidents: 1_000_000,
    incidentKinds: 1_000,
  },
};

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

export function limitError(
  limit: 'fileSize' | 'decompressedSize' | 'stringLength' | 'depth' | 'rows',
  found: number | string,
  max: number | string,
  extra: Record<string, string> = {},
): LedgerError {
  return new LedgerError('snapshot_limit', { limit, found, max, ...extra });
}

export function checkFileSize(bytes: number, limits: SnapshotLimits = SNAPSHOT_LIMITS): void {
  if (bytes > limits.fileBytes) throw limitError('fileSize', megabytes(bytes), megabytes(limits.fileBytes));
}

export function checkPlainSize(bytes: number, limits: SnapshotLimits = SNAPSHOT_LIMITS): void {
  if (bytes > limits.plainBytes) {
    throw limitError('decompressedSize', `> ${megabytes(limits.plainBytes)}`, megabytes(limits.plainBytes));
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * One pass over the raw JSON bytes: the deepest nesting and the longest string, before the parse it
 * protects (100,000 levels of nesting cost the parse no stack, but the checks after it would fail
 * on them with an internal RangeError, and a file of nothing but nesting takes six times its size
 * in memory). A string is skipped byte by byte in this loop: at the large fixture (150 MB, several
 * million mostly short strings) that took 580 ms where a native indexOf per string took 900.
 */
export function checkJsonShape(buf: Uint8Array, limits: SnapshotLimits = SNAPSHOT_LIMITS): void {
  const n = buf.length;
  let depth = 0;
  let i = 0;
  while (i < n) {
    const c = buf[i]!;
    if (c === QUOTE) {
      // To the closing quote; a backslash escapes the byte after it (\", \\, \u…).
      let end = i + 1;
      for (;;) {
        if (end >= n) return; // unterminated: the parser reports the file as truncated
        const d = buf[end]!;
        if (d === QUOTE) break;
        end += d === BACKSLASH ? 2 : 1;
      }
      // Characters are never more than bytes: only a long run is counted exactly.
      if (end - i - 1 > limits.stringChars) {
        const chars = JSON.parse(Buffer.from(buf.buffer, buf.byteOffset + i, end + 1 - i).toString('utf8')) as string;
        if (chars.length > limits.stringChars) {
          throw limitError('stringLength', chars.length.toLocaleString('en'), limits.stringChars.toLocaleString('en'));
        }
      }
      i = end + 1;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      if (++depth > limits.depth) throw limitError('depth', `> ${limits.depth}`, limits.depth);
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
    i++;
  }
}

/** The number of records in each list of the content, against its limit. */
export function checkRowCounts(content: unknown, limits: SnapshotLimits = SNAPSHOT_LIMITS): void {
  if (typeof content !== 'object' || content === null) return;
  for (const [list, max] of Object.entries(limits.rows)) {
    const value = (content as Record<string, unknown>)[list];
    if (Array.isArray(value) && value.length > max) {
      throw limitError('rows', value.length.toLocaleString('en'), max.toLocaleString('en'), { list });
    }
  }
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The same limits on an SQLite-file snapshot from elsewhere, on its tables before anything is read
 * into memory (restore.ts, containerSnapshot): every text that is not JSON no longer than one JSON
 * string may be, and every JSON text (a history entry's payload, a charter) checked as the JSON
 * form's bytes are (checkJsonShape: its longest string, its nesting). Read in SQLite, one pass over
 * each table; only the JSON texts long enough or bracketed enough to break a limit are handed to
 * checkJsonShape (none in a registry as the app writes it). Without it a history entry
 * nested 10,000 levels deep ended the check in an internal RangeError, and a 200 MB text was read
 * whole before anything looked at it.
 */
export function checkTablesShape(db: DatabaseSync, limits: SnapshotLimits = SNAPSHOT_LIMITS): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    .all() as Array<{ name: string }>;
  for (const { name } of tables) {
    const columns = (db.prepare(`PRAGMA table_info(${quoted(name)})`).all() as Array<{ name: string }>).map((c) =>
      quoted(c.name),
    );
    if (columns.length === 0) continue;
    const isJson = (c: string) => `(typeof(${c}) = 'text' AND substr(${c}, 1, 1) IN ('{', '['))`;
    // One pass over the table: for each column the longest plain text in bytes (never fewer than
    // its characters), and whether any JSON text could break a limit — only one longer than the
    // longest string allowed can hold such a string, and only one with more opening brackets than
    // the nesting allowed (so more than twice as many bytes) can nest too deep.
    const suspect = (c: string) =>
      `(${isJson(c)} AND octet_length(${c}) > ${2 * limits.depth} AND (octet_length(${c}) > ${limits.stringChars} OR octet_length(${c}) - octet_length(replace(replace(${c}, '[', ''), '{', '')) > ${limits.depth}))`;
    const found = db
      .prepare(
        `SELECT ${columns
          .map(
            (c, i) =>
              `max(CASE WHEN typeof(${c}) = 'text' AND NOT ${isJson(c)} THEN octet_length(${c}) END) AS p${i}, ` +
              `max(CASE WHEN ${suspect(c)} THEN 1 END) AS j${i}`,
          )
          .join(', ')} FROM ${quoted(name)}`,
      )
      .get() as Record<string, number | null>;
    columns.forEach((c, i) => {
      if ((found[`p${i}`] ?? 0) > limits.stringChars) {
        // Bytes over the limit: the characters counted (rare).
        const chars = (
          db.prepare(`SELECT max(length(${c})) AS n FROM ${quoted(name)} WHERE NOT ${isJson(c)}`).get() as {
            n: number;
          }
        ).n;
        if (chars > limits.stringChars) {
          throw limitError('stringLength', chars.toLocaleString('en'), limits.stringChars.toLocaleString('en'));
        }
      }
      if (found[`j${i}`] !== 1) return;
      const texts = db.prepare(`SELECT CAST(${c} AS BLOB) AS b FROM ${quoted(name)} WHERE ${suspect(c)}`);
      for (const row of texts.iterate() as Iterable<{ b: Uint8Array }>) checkJsonShape(row.b, limits);
    });
  }
}
