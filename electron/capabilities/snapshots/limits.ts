/**
 * The limits a snapshot is held to before anything in it is believed (issue 12, point 5): the size
 * of the file, the size it unpacks to, the length of any one text, how deep values nest, and how
 * many records each list holds. Each is checked before the step it protects — the file size before
 * reading, the unpacked size while unpacking, text and nesting on the raw bytes before parsing, the
 * row counts before the schema check — and a file over any of them is refused with an error that
 * names the limit (`snapshot_limit`); nothing is written.
 */
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
