/**
 * Snapshots as an SQLite file (format version 5, docs/snapshot-container.md). The JSON document
 * (versions 1–4) is rebuilt from the rows on export and parsed, checked and inserted row by row on
 * import: at 10,000 people, 150 MB of text each way. This form is the registry's own pages,
 * copied by SQLite's online backup, behind a one-line header that holds the checksum of those bytes
 * and the installation's signature of it:
 *
 *     group-ledger-snapshot sqlite\n
 *     {"bytes":N,"checksum":"sha256:…","exportedAt":"…","format":"group-ledger-snapshot","signature":{…},"version":5}\n
 *     <N bytes: an SQLite database with this build's schema>
 *
 * Compressed and encrypted files wrap these bytes as they wrap the JSON document.
 *
 * This file writes such a file and opens one: every file gets, before anything is written, the
 * checksum of its bytes, SQLite's own check, its schema against this build's exactly (no table,
 * index, trigger or view more or less, opened with `trusted_schema` off) and the row limits.
 * containerImport.ts holds what follows: the backup-like checks of a file signed by this
 * installation and its writing into the registry, and the reading of any other file into snapshot
 * content for every check a JSON snapshot gets.
 */
import { DatabaseSync } from 'node:sqlite';
import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdtempSync,
  statSync,
  openSync,
  readSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { SnapshotCounts } from '../../../shared/contract';
import { canonicalJson } from '../../../shared/canonical';
import { LedgerError } from '../../../shared/errors';
import { IsoInstant } from '../../../shared/domain';
import { SNAPSHOT_FORMAT } from '../../../shared/snapshot';
import type { SignatureState } from '../../../shared/snapshotSignature';
import { migrate, openDatabase, type Db } from '../../db/database';
import { backupIntoNewFile } from '../../db/copy';
import { DurableFileWriter } from '../../core/files';
import type { LedgerKey } from '../../core/signingKey';
import { releaseYoungGarbage } from '../../core/memory';
import type { Clock } from '../../kernel/context';
import {
  SnapshotEncryptor,
  StreamingSnapshotEncryptor,
  deriveNewFileKeys,
  isEncryptedSnapshot,
  openEncryptedParts,
} from './encryption';
import { SNAPSHOT_LIMITS, checkFileSize, checkPlainSize, limitError, type SnapshotLimits } from './limits';
import { noProgress, type Progress } from './progress';
import { signSnapshot, snapshotSignatureState } from './signature';
import { COUNTS_SQL, type ExportOptions } from './snapshot';

export const CONTAINER_VERSION = 5;
/** The file's first line: what it is, readable in any text editor. */
export const CONTAINER_MAGIC = Buffer.from('group-ledger-snapshot sqlite\n', 'ascii');
/** The header line's longest length (the signature is the longest part, about 300 bytes). */
const HEADER_MAX = 2048;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/**
 * Read, hashed (and encrypted or decrypted) and written 1 MB at a time. Memory a process touches
 * for the first time costs a page fault per 4 kB (about 11 µs each on the test machines), and the
 * cipher's pieces of a chunk land in new memory until the chunk's end gives them back: 1 MB chunks
 * keep both small. Measured at 10,000 people (145 MB), five processes a side alternating, medians:
 * encrypted export 981 → 895 ms and verified import 1,883 → 1,623 (8 MB → 1 MB); the plain ones
 * 783 → 827 and 1,587 → 1,462, within the noise of these machines.
 */
const CHUNK = 1 << 20;
/**
 * Encrypted and decrypted 64 KB at a time, each piece's output copied into one buffer that is used
 * again for the next chunk: a cipher gives each call's output in new memory, and 8 MB of new memory
 * per call made AES-GCM run at 260 MB/s here, against 1.6–5 GB/s this way (measured on 64 MB).
 */
const CIPHER_PIECE = 64 << 10;

/** `update` run over `chunk` piece by piece into `out` (reused; at least as long as `chunk`): the output. */
function cipherChunk(chunk: Uint8Array, update: (piece: Uint8Array) => Buffer, out: Buffer): Buffer {
  let at = 0;
  for (let from = 0; from < chunk.length; from += CIPHER_PIECE) {
    const piece = update(chunk.subarray(from, from + CIPHER_PIECE));
    piece.copy(out, at);
    at += piece.length;
  }
  // The pieces' memory, used again for the next chunk's (core/memory.ts: 145 MB of page faults otherwise).
  releaseYoungGarbage();
  return out.subarray(0, at);
}

const ContainerHeader = z
  .object({
    bytes: z.number().int().min(0),
    checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    exportedAt: IsoInstant,
    format: z.literal(SNAPSHOT_FORMAT),
    signature: z.unknown().optional(),
    version: z.number().int(),
  })
  .strict();
export type ContainerHeader = z.infer<typeof ContainerHeader>;

/** Whether plain (decrypted, unpacked) snapshot bytes are this form. */
export function isContainer(plain: Uint8Array): boolean {
  return Buffer.from(plain.buffer, plain.byteOffset, Math.min(plain.byteLength, CONTAINER_MAGIC.length)).equals(
    CONTAINER_MAGIC,
  );
}

/**
 * Writes the registry as an SQLite-file snapshot, durably. SQLite's online backup copies the pages
 * to a scratch file (one consistent state of the registry, while it stays open), which is made a
 * standalone file; its bytes are then hashed and written behind the header in one pass, 1 MB at a
 * time. The header's length does not depend on the checksum or the signature (fixed-length hex and
 * base64), so it is written first with zeros and patched once the bytes are hashed; an encrypted
 * file is streamed the same way, its head sealed last (encryption.ts, version 2). A compressed file
 * is packed whole.
 */
export async function exportContainer(
  db: Db,
  clock: Clock,
  path: string,
  options: ExportOptions = {},
): Promise<{ path: string; bytes: number; checksum: string; counts: SnapshotCounts; signedBy: string | null }> {
  const progress = options.progress ?? noProgress;
  progress('export', 0);
  // An encrypted file's key is derived while SQLite copies the registry (a weak password is refused first).
  const streamedKeys = options.password !== undefined && !options.compress ? deriveNewFileKeys(options.password) : null;
  streamedKeys?.catch(() => undefined);
  const scratch = mkdtempSync(join(tmpdir(), 'group-ledger-export-'));
  const copy = join(scratch, 'registry.sqlite');
  let writer: DurableFileWriter | null = null;
  try {
    // A scratch file, but SQLite's backup flushes it whole when it commits: flushed step by step
    // while it is copied (db/copy.ts), that last flush is short.
    await backupIntoNewFile(db, copy, 8192);
    progress('export', 0.4);
    const standalone = new DatabaseSync(copy);
    let counts: SnapshotCounts;
    try {
      // The copy carries the registry's WAL mode in its header: a snapshot is one file.
      standalone.exec('PRAGMA journal_mode = DELETE');
      counts = { ...(standalone.prepare(COUNTS_SQL).get() as unknown as SnapshotCounts) };
    } finally {
      standalone.close();
    }
    const size = statSync(copy).size;
    const exportedAt = clock.now().toISOString();
    const signer = options.signer ?? null;
    const headFor = (checksum: string) => {
      const signature = signer ? signSnapshot(signer, { version: CONTAINER_VERSION, checksum, exportedAt }) : null;
      const header: ContainerHeader = {
        bytes: size,
        checksum,
        exportedAt,
        format: SNAPSHOT_FORMAT,
        ...(signature ? { signature } : {}),
        version: CONTAINER_VERSION,
      };
      return { signature, head: Buffer.concat([CONTAINER_MAGIC, Buffer.from(`${canonicalJson(header)}\n`, 'utf8')]) };
    };
    const placeholder = headFor(`sha256:${'0'.repeat(64)}`).head;
    const out = (writer = new DurableFileWriter(path));
    const hash = createHash('sha256');
    let checksum = '';
    let signedBy: string | null = null;
    const finalHead = () => {
      checksum = `sha256:${hash.digest('hex')}`;
      const final = headFor(checksum);
      if (final.head.length !== placeholder.length) throw new Error('the snapshot header changed length');
      signedBy = final.signature?.key ?? null;
      return final.head;
    };
    if (options.compress) {
      // Packed whole (gzip of the header and the database), then encrypted whole when asked.
      const parts: Buffer[] = [];
      forEachChunk(copy, (chunk) => {
        hash.update(chunk);
        parts.push(Buffer.from(chunk));
      });
      const packed = gzipSync(Buffer.concat([finalHead(), ...parts.splice(0)]), { level: 1 });
      progress('export', 0.85);
      const encryptor = options.password !== undefined ? new SnapshotEncryptor(options.password) : null;
      if (encryptor) out.writeBytes(encryptor.head);
      out.writeBytes(encryptor ? encryptor.update(packed) : packed);
      if (encryptor) out.writeBytes(encryptor.final());
    } else {
      const streaming = streamedKeys ? new StreamingSnapshotEncryptor(await streamedKeys, placeholder.length) : null;
      if (streaming) {
        out.writeBytes(streaming.head);
        // The space of the sealed head, written once the checksum is known.
        out.writeBytes(Buffer.alloc(streaming.sealedHeadBytes));
      } else out.writeBytes(Buffer.from(placeholder));
      let written = 0;
      const cipherOut = streaming ? Buffer.allocUnsafe(CHUNK) : Buffer.alloc(0);
      forEachChunk(copy, (chunk) => {
        hash.update(chunk);
        // The chunk's buffer (and the cipher's) is reused for the next read: a large piece is written
        // at once, a small one (the last) is kept by the writer, so it is copied.
        const bytes = streaming ? cipherChunk(chunk, (piece) => streaming.update(piece), cipherOut) : chunk;
        out.writeBytes(bytes.length < 1 << 16 ? Buffer.from(bytes) : bytes);
        written += chunk.length;
        progress('export', 0.45 + (0.5 * written) / Math.max(1, size));
      });
      if (streaming) {
        out.writeBytes(streaming.final());
        out.patchBytes(streaming.head.length, streaming.sealHead(finalHead()));
      } else out.patchBytes(0, finalHead());
    }
    const bytes = out.finish();
    progress('export', 1);
    return { path, bytes, checksum, counts, signedBy };
  } catch (error) {
    writer?.abort();
    throw error;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Calls `fn` with the file's bytes (at most `limit`), CHUNK at a time (the buffer is reused: copy what is kept). */
function forEachChunk(path: string, fn: (chunk: Uint8Array) => void, limit = Infinity): void {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, limit));
    let left = limit;
    for (let n = readSync(fd, buffer, 0, Math.min(CHUNK, left), null); n > 0 && left > 0;) {
      fn(buffer.subarray(0, n));
      left -= n;
      if (left > 0) n = readSync(fd, buffer, 0, Math.min(CHUNK, left), null);
    }
  } finally {
    closeSync(fd);
  }
}

/** A verified SQLite-file snapshot, written to a scratch folder of its own until it is imported or dropped. */
export interface OpenedContainer {
  header: ContainerHeader;
  /** The database file (inside `scratch`). */
  path: string;
  scratch: string;
  counts: SnapshotCounts;
  organisation: string;
  signature: SignatureState;
}

export interface OpenOptions {
  progress?: Progress;
  limits?: SnapshotLimits;
  /** The key of this installation: a file it signed may be copied in as a backup is. */
  own?: Pick<LedgerKey, 'publicKey'> | null;
  clock?: Clock;
}

/**
 * Reads the header and the database out of plain snapshot bytes and checks what every file needs:
 * checksum, SQLite's own check, the exact schema, the row limits. The database is written to a
 * scratch folder (removed with `discardContainer`, or on any failure here). `meanwhile` is called
 * once the database is in place and its signature known, before the checks: a file signed by this
 * installation starts its history check there (checkOwnContainer), on threads of its own.
 */
export function openContainer(
  plain: Buffer,
  options: OpenOptions = {},
  meanwhile?: (unchecked: Pick<OpenedContainer, 'path' | 'signature'>) => void,
): OpenedContainer {
  (options.progress ?? noProgress)('verify', 0);
  const { header, body } = splitContainer(plain);
  return checkPlaced(header, options, meanwhile, (path) => {
    writeFileSync(path, body, { mode: 0o600 });
    return () => createHash('sha256').update(body).digest('hex');
  });
}

/**
 * The same for an SQLite-file snapshot on disk, plain or encrypted (version 2, as this build writes
 * it): its database is copied (or decrypted) to the scratch folder and hashed there 1 MB at a time,
 * never held whole in memory. Null when the file is not in such a form (a JSON document, a
 * compressed file, an encrypted file of version 1): it is then read whole.
 */
export function openContainerFile(
  file: string,
  options: OpenOptions & { password?: string } = {},
  meanwhile?: (unchecked: Pick<OpenedContainer, 'path' | 'signature'>) => void,
): OpenedContainer | null {
  const progress = options.progress ?? noProgress;
  const limits = options.limits ?? SNAPSHOT_LIMITS;
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new LedgerError('snapshot_unreadable', {
      path: file,
      detail: (error as NodeJS.ErrnoException).code ?? 'EIO',
    });
  }
  try {
    const size = fstatSync(fd).size;
    checkFileSize(size, limits);
    const first = Buffer.alloc(Math.min(size, 8192));
    readSync(fd, first, 0, first.length, 0);
    // Copies the file's bytes from `start` to `end` into the scratch file, through `transform`.
    const copy = (
      path: string,
      start: number,
      end: number,
      transform: (chunk: Uint8Array, write: (bytes: Uint8Array) => void) => void,
    ) => {
      const out = openSync(path, 'w', 0o600);
      const buffer = Buffer.allocUnsafe(CHUNK);
      try {
        let at = start;
        while (at < end) {
          const n = readSync(fd, buffer, 0, Math.min(CHUNK, end - at), at);
          if (n === 0) throw new LedgerError('snapshot_truncated');
          transform(buffer.subarray(0, n), (bytes) => writeSync(out, bytes, 0, bytes.length));
          at += n;
          progress('read', (at - start) / Math.max(1, end - start));
        }
      } finally {
        closeSync(out);
      }
      return () => {
        const hash = createHash('sha256');
        forEachChunk(path, (chunk) => hash.update(chunk));
        return hash.digest('hex');
      };
    };
    if (isEncryptedSnapshot(first)) {
      const tag = Buffer.alloc(16);
      if (size >= tag.length) readSync(fd, tag, 0, tag.length, size - tag.length);
      progress('decrypt', 0);
      const parts = openEncryptedParts(first, size, options.password, tag);
      // The export seals exactly the first line and the header: the database is the rest.
      if (!parts || !isContainer(parts.plainHead)) return null;
      const plainSize = parts.plainHead.length + (parts.restEnd - parts.restStart);
      checkPlainSize(plainSize, limits);
      const { header, bodyStart } = readHeader(parts.plainHead, plainSize);
      if (bodyStart !== parts.plainHead.length) return null;
      progress('verify', 0);
      return checkPlaced(header, options, meanwhile, (path) => {
        const plain = Buffer.allocUnsafe(CHUNK);
        const digest = copy(path, parts.restStart, parts.restEnd, (chunk, write) =>
          write(cipherChunk(chunk, parts.update, plain)),
        );
        // Nothing decrypted is used before the whole rest has authenticated.
        parts.finish();
        return digest;
      });
    }
    if (!isContainer(first)) return null;
    const { header, bodyStart } = readHeader(first, size);
    progress('verify', 0);
    return checkPlaced(header, options, meanwhile, (path) =>
      copy(path, bodyStart, size, (chunk, write) => write(chunk)),
    );
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts the database in a scratch folder (`place` writes it and returns how to hash it), then checks
 * it: checksum, SQLite's quick check, the exact schema, row limits, the organisation.
 */
function checkPlaced(
  header: ContainerHeader,
  options: OpenOptions,
  meanwhile: ((unchecked: Pick<OpenedContainer, 'path' | 'signature'>) => void) | undefined,
  place: (path: string) => () => string,
): OpenedContainer {
  const progress = options.progress ?? noProgress;
  const limits = options.limits ?? SNAPSHOT_LIMITS;
  const signature = snapshotSignatureState(header, (options.own ?? null) as LedgerKey | null);
  sweepStaleScratch();
  const scratch = mkdtempSync(join(tmpdir(), SCRATCH_PREFIX));
  const path = join(scratch, 'snapshot.sqlite');
  try {
    const digest = place(path);
    const magic = Buffer.alloc(SQLITE_MAGIC.length);
    forEachChunk(path, (chunk) => magic.set(chunk.subarray(0, magic.length)), magic.length);
    if (!magic.equals(SQLITE_MAGIC))
      throw new LedgerError('snapshot_schema', { detail: 'database: not an SQLite file' });
    // A file of an older build is brought to this build's schema once it is hashed and checked;
    // the history's check (meanwhile) starts after that. A file of this build's starts it now.
    const older = isOlderSchema(path);
    if (!older) meanwhile?.({ path, signature });
    if (`sha256:${digest()}` !== header.checksum) throw new LedgerError('snapshot_checksum', { detail: '' });
    progress('verify', 0.2);
    const db = openReadOnly(path);
    try {
      const problems = (db.prepare('PRAGMA quick_check').all() as Array<{ quick_check: string }>).map(
        (r) => r.quick_check,
      );
      if (problems.length !== 1 || problems[0] !== 'ok') {
        throw new LedgerError('snapshot_schema', { detail: `database: ${problems.slice(0, 2).join('; ')}` });
      }
      progress('verify', 0.4);
      if (older) {
        migrateScratch(path);
        meanwhile?.({ path, signature });
      }
      const difference = schemaDifference(db);
      if (difference) throw new LedgerError('snapshot_schema', { detail: `database: ${difference}` });
      checkTableLimits(db, limits);
      const counts = { ...(db.prepare(COUNTS_SQL).get() as unknown as SnapshotCounts) };
      const org = db.prepare('SELECT name FROM organisation LIMIT 1').get() as { name: string } | undefined;
      if (!org) throw new LedgerError('snapshot_schema', { detail: 'organisation: missing' });
      return { header, path, scratch, counts, organisation: org.name, signature };
    } finally {
      db.close();
    }
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

const SCRATCH_PREFIX = 'group-ledger-snapshot-';
/** A scratch folder this old was left by a process that ended before it could remove it. */
const STALE_AFTER_MS = 24 * 3600_000;

/** Removes snapshot scratch folders left a day ago or more (the app was closed or killed meanwhile). */
function sweepStaleScratch(): void {
  try {
    const now = Date.now();
    for (const name of readdirSync(tmpdir())) {
      if (!name.startsWith(SCRATCH_PREFIX) && !name.startsWith('group-ledger-export-')) continue;
      const path = join(tmpdir(), name);
      if (now - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { recursive: true, force: true });
    }
  } catch {
    // Tidying only: a folder that cannot be read or removed is left for the next time.
  }
}

/** Removes a container's scratch folder. */
export function discardContainer(container: Pick<OpenedContainer, 'scratch'>): void {
  rmSync(container.scratch, { recursive: true, force: true });
}

function splitContainer(plain: Buffer): { header: ContainerHeader; body: Buffer } {
  const { header, bodyStart } = readHeader(plain, plain.length);
  return { header, body: plain.subarray(bodyStart) };
}

/**
 * The header of a container whose first bytes are `first` and whole length `size`; the body must be
 * exactly as long as the header says (shorter: cut short; longer: not what was signed).
 */
function readHeader(first: Buffer, size: number): { header: ContainerHeader; bodyStart: number } {
  const start = CONTAINER_MAGIC.length;
  const end = first.indexOf(0x0a, start);
  if (end < 0 || end - start > HEADER_MAX) {
    if (end < 0 && size - start <= HEADER_MAX) throw new LedgerError('snapshot_truncated');
    throw new LedgerError('snapshot_schema', { detail: 'header: too long or missing' });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(first.subarray(start, end).toString('utf8'));
  } catch (error) {
    throw new LedgerError('snapshot_not_json', { detail: `header: ${(error as Error).message}` });
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== CONTAINER_VERSION) {
    throw new LedgerError('snapshot_version', { found: version, supported: CONTAINER_VERSION });
  }
  const parsed = ContainerHeader.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LedgerError('snapshot_schema', {
      detail: `header.${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? ''}`,
    });
  }
  const header = parsed.data;
  const bodyStart = end + 1;
  if (size - bodyStart < header.bytes) throw new LedgerError('snapshot_truncated');
  if (size - bodyStart > header.bytes) throw new LedgerError('snapshot_checksum', { detail: '' });
  return { header, bodyStart };
}

/** A snapshot's database opened read-only, its schema's SQL never trusted with side effects. */
export function openReadOnly(path: string): DatabaseSync {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, { readOnly: true });
  } catch (error) {
    throw new LedgerError('snapshot_schema', { detail: `database: ${(error as Error).message.slice(0, 200)}` });
  }
  try {
    db.exec('PRAGMA trusted_schema = OFF');
    // A file saying it is in WAL mode cannot be read without a -wal beside it: not a snapshot.
    const mode = (db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode;
    if (mode === 'wal') throw new LedgerError('snapshot_schema', { detail: 'database: journal mode WAL' });
    return db;
  } catch (error) {
    db.close();
    if (error instanceof LedgerError) throw error;
    throw new LedgerError('snapshot_schema', { detail: `database: ${(error as Error).message.slice(0, 200)}` });
  }
}

/** Whether the database is of an earlier schema version than this build's (not empty, not later). */
function isOlderSchema(path: string): boolean {
  const db = openReadOnly(path);
  try {
    const version = userVersion(db);
    return version > 0 && version < expectedSchema().version;
  } finally {
    db.close();
  }
}

/**
 * Brings the scratch copy of a file from an earlier build to this build's schema, with the
 * migrations a registry of that version runs when it opens (db/migrations), its schema's own SQL
 * not trusted with functions. What the file holds beyond that schema is still there afterwards and
 * refused by the exact comparison that follows.
 */
function migrateScratch(path: string): void {
  const db = new DatabaseSync(path);
  try {
    db.exec('PRAGMA trusted_schema = OFF');
    migrate(db);
  } catch (error) {
    const detail = error instanceof LedgerError ? String(error.params.detail ?? error.code) : (error as Error).message;
    throw new LedgerError('snapshot_schema', { detail: `database: ${detail.slice(0, 200)}` });
  } finally {
    db.close();
  }
}

let ownSchema: { version: number; objects: Map<string, string> } | null = null;

/** This build's schema: a new registry in memory, migrated. */
function expectedSchema(): { version: number; objects: Map<string, string> } {
  if (ownSchema) return ownSchema;
  const db = openDatabase(':memory:');
  try {
    ownSchema = { version: userVersion(db), objects: schemaObjects(db) };
    return ownSchema;
  } finally {
    db.close();
  }
}

function userVersion(db: DatabaseSync): number {
  return (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
}

function schemaObjects(db: DatabaseSync): Map<string, string> {
  const rows = db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'")
    .all() as Array<{ type: string; name: string; tbl_name: string; sql: string | null }>;
  return new Map(rows.map((r) => [`${r.type} ${r.name}`, `${r.tbl_name}\n${r.sql ?? ''}`]));
}

/** The first way the file's schema differs from this build's, or null when it is the same. */
function schemaDifference(db: DatabaseSync): string | null {
  const expected = expectedSchema();
  const found = userVersion(db);
  if (found !== expected.version) return `schema version ${found}, this build writes ${expected.version}`;
  const objects = schemaObjects(db);
  for (const [key, sql] of objects) {
    if (!expected.objects.has(key)) return `unexpected ${key}`;
    if (expected.objects.get(key) !== sql) return `${key} differs`;
  }
  for (const key of expected.objects.keys()) if (!objects.has(key)) return `missing ${key}`;
  return null;
}

/** The tables of the snapshot content and the limit each is held to (limits.ts names the lists). */
const LIMITED_TABLES: Record<string, string> = {
  tiers: 'tiers',
  units: 'units',
  people: 'people',
  groups: 'groups',
  memberships: 'memberships',
  events: 'events',
  exceptions: 'exceptions',
  rules: 'rules',
  acknowledgements: 'acknowledgements',
  runbooks: 'runbooks',
  incidents: 'incidents',
  incident_kinds: 'incidentKinds',
};

function checkTableLimits(db: DatabaseSync, limits: SnapshotLimits): void {
  for (const [table, list] of Object.entries(LIMITED_TABLES)) {
    const max = (limits.rows as Record<string, number>)[list];
    if (max === undefined) continue;
    // Counting stops one past the limit: a bomb of rows is not counted to its end.
    const n = (db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM "${table}" LIMIT ?)`).get(max + 1) as { n: number })
      .n;
    if (n > max) throw limitError('rows', `> ${max.toLocaleString('en')}`, max.toLocaleString('en'), { list });
  }
}

/** The tables a snapshot carries: all but SQLite's own and the registry's log of its imports. */
export function contentTables(db: DatabaseSync): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name != 'imports' ORDER BY name",
      )
      .all() as Array<{ name: string }>
  ).map((r) => r.name);
}
