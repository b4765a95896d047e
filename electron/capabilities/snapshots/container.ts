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
 * Import checks every file before anything is written: the checksum of the bytes, SQLite's own
 * check of the file, its schema against this build's exactly (no table, index, trigger or view
 * more or less, opened with `trusted_schema` off), the row limits, the history chain, and dates
 * after today. A file signed by this installation is then copied into the registry table by table
 * (`INSERT … SELECT`, foreign keys checked before the commit), as a backup is. Any other file —
 * unsigned, or from another ledger — is read into the snapshot content and goes through every check
 * a JSON snapshot gets (schema, texts, references, event payloads) and the same import.
 */
import { backup, DatabaseSync } from 'node:sqlite';
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
import { SNAPSHOT_FORMAT, Snapshot, type Snapshot as SnapshotT } from '../../../shared/snapshot';
import type { SignatureState } from '../../../shared/snapshotSignature';
import { openDatabase, stmt, transaction, type Db } from '../../db/database';
import { DurableFileWriter } from '../../core/files';
import type { LedgerKey } from '../../core/signingKey';
import type { Clock } from '../../kernel/context';
import type { ChainBreak } from '../../kernel/events';
import { isRegistryEmpty } from '../../kernel/records';
import { latestDay, refuseFutureDates } from './dates';
import { SnapshotEncryptor, StreamingSnapshotEncryptor } from './encryption';
import { SNAPSHOT_LIMITS, checkFileSize, checkRowCounts, limitError, type SnapshotLimits } from './limits';
import { noProgress, type Progress } from './progress';
import { startChainCheck } from './registryCopy';
import { signSnapshot, snapshotSignatureState } from './signature';
import { COUNTS_SQL, readContent } from './snapshot';
import { refuseBadTexts } from './texts';

export const CONTAINER_VERSION = 5;
/** The file's first line: what it is, readable in any text editor. */
export const CONTAINER_MAGIC = Buffer.from('group-ledger-snapshot sqlite\n', 'ascii');
/** The header line's longest length (the signature is the longest part, about 300 bytes). */
const HEADER_MAX = 2048;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** Read, hashed and written 8 MB at a time. */
const CHUNK = 8 << 20;

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

export interface ContainerExportOptions {
  password?: string;
  compress?: boolean;
  progress?: Progress;
  signer?: LedgerKey | null;
}

/**
 * Writes the registry as an SQLite-file snapshot, durably. SQLite's online backup copies the pages
 * to a scratch file (one consistent state of the registry, while it stays open), which is made a
 * standalone file; its bytes are then hashed and written behind the header in one pass, 8 MB at a
 * time. The header's length does not depend on the checksum or the signature (fixed-length hex and
 * base64), so it is written first with zeros and patched once the bytes are hashed; an encrypted
 * file is streamed the same way, its head sealed last (encryption.ts, version 2). A compressed file
 * is packed whole.
 */
export async function exportContainer(
  db: Db,
  clock: Clock,
  path: string,
  options: ContainerExportOptions = {},
): Promise<{ path: string; bytes: number; checksum: string; counts: SnapshotCounts; signedBy: string | null }> {
  const progress = options.progress ?? noProgress;
  progress('export', 0);
  const scratch = mkdtempSync(join(tmpdir(), 'group-ledger-export-'));
  const copy = join(scratch, 'registry.sqlite');
  let writer: DurableFileWriter | null = null;
  try {
    await backup(db, copy, { rate: 8192 });
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
      const streaming =
        options.password !== undefined ? new StreamingSnapshotEncryptor(options.password, placeholder.length) : null;
      if (streaming) {
        out.writeBytes(streaming.head);
        // The space of the sealed head, written once the checksum is known.
        out.writeBytes(Buffer.alloc(streaming.sealedHeadBytes));
      } else out.writeBytes(Buffer.from(placeholder));
      let written = 0;
      forEachChunk(copy, (chunk) => {
        hash.update(chunk);
        // The chunk's buffer is reused for the next read: a large piece is written at once, a small
        // one (the last) is kept by the writer, so it is copied.
        out.writeBytes(streaming ? streaming.update(chunk) : chunk.length < 1 << 16 ? Buffer.from(chunk) : chunk);
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
 * The same for a plain SQLite-file snapshot on disk (not encrypted, not compressed): its database
 * is copied to the scratch folder and hashed there 8 MB at a time, never held whole in memory.
 */
export function openContainerFile(
  file: string,
  options: OpenOptions = {},
  meanwhile?: (unchecked: Pick<OpenedContainer, 'path' | 'signature'>) => void,
): OpenedContainer {
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
    const first = Buffer.alloc(Math.min(size, CONTAINER_MAGIC.length + HEADER_MAX + 1));
    readSync(fd, first, 0, first.length, 0);
    const { header, bodyStart } = readHeader(first, size);
    progress('verify', 0);
    return checkPlaced(header, options, meanwhile, (path) => {
      const out = openSync(path, 'w', 0o600);
      const buffer = Buffer.allocUnsafe(CHUNK);
      try {
        let at = bodyStart;
        for (let n = readSync(fd, buffer, 0, CHUNK, at); n > 0; n = readSync(fd, buffer, 0, CHUNK, at)) {
          writeSync(out, buffer, 0, n);
          at += n;
          progress('read', (at - bodyStart) / Math.max(1, size - bodyStart));
        }
        if (at !== size) throw new LedgerError('snapshot_truncated');
      } finally {
        closeSync(out);
      }
      return () => {
        const hash = createHash('sha256');
        forEachChunk(path, (chunk) => hash.update(chunk));
        return hash.digest('hex');
      };
    });
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
    meanwhile?.({ path, signature });
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
function openReadOnly(path: string): DatabaseSync {
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

/**
 * The checks a file signed by this installation gets on top of openContainer's, as a backup's: the
 * history chain (on worker threads when the bundle is there: start it with `startOwnChecks` as soon
 * as the database is in place), every reference (SQLite's foreign key check), and no recorded date
 * after today. A date after today is looked for in SQL; where one is found the content is read so
 * the error names the record, as for a JSON snapshot.
 */
export function startOwnChecks(path: string): {
  finish(container: OpenedContainer, clock: Clock): Promise<void>;
  dispose(): void;
} {
  const checker = startChainCheck();
  const chain = checker.check(path);
  // Awaited in finish; a failure meanwhile is reported there, not as an unhandled rejection.
  chain.catch(() => undefined);
  return {
    async finish(container, clock) {
      const db = openReadOnly(container.path);
      try {
        const broken = foreignKeyProblem(db);
        if (broken) throw new LedgerError('snapshot_schema', { detail: broken });
        if (latestRecordedDay(db) > latestDay(clock) || container.header.exportedAt.slice(0, 10) > latestDay(clock)) {
          // Read in full so the refusal names the record (dates.ts).
          refuseFutureDates({ exportedAt: container.header.exportedAt, content: readContent(db as Db) }, clock);
        }
      } finally {
        db.close();
      }
      const found: ChainBreak | null = await chain;
      if (found) {
        const reason = { gap: 'missing or out of order', previous: 'not linked', content: 'changed' }[found.reason];
        throw new LedgerError('snapshot_checksum', { detail: `(event ${found.seq}: ${reason})` });
      }
    },
    dispose: () => checker.dispose(),
  };
}

/**
 * The first broken reference, table by table. The subject index (event_subjects, 600,000 rows at
 * 10,000 people) is left out, as the JSON import leaves it out: there it is built from the events,
 * here it comes from this installation's own registry, written with foreign keys on; checking it
 * would take longer than the rest of the import.
 */
function foreignKeyProblem(db: DatabaseSync): string | null {
  for (const table of contentTables(db)) {
    if (table === 'event_subjects') continue;
    const broken = db.prepare(`PRAGMA foreign_key_check("${table.replace(/"/g, '""')}")`).get() as
      { table: string; parent: string } | undefined;
    if (broken) return `${broken.table}: unknown ${broken.parent}`;
  }
  return null;
}

/** The latest day recorded in any date or time column of the content (columns named *_on, *_at, at). */
function latestRecordedDay(db: DatabaseSync): string {
  let latest = '';
  for (const table of contentTables(db)) {
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as Array<{ name: string }>)
      .map((c) => c.name)
      .filter((name) => /(^at|_on|_at)$/.test(name));
    for (const column of columns) {
      const row = db.prepare(`SELECT max(substr("${column}", 1, 10)) AS day FROM "${table}"`).get() as {
        day: string | null;
      };
      if (row.day && row.day > latest) latest = row.day;
    }
  }
  // A runbook's members as it found them are kept as JSON: their join dates are read there.
  const snapshot = db
    .prepare(
      `SELECT max(substr(json_extract(m.value, '$.joinedOn'), 1, 10)) AS day
         FROM runbook_groups g, json_each(g.snapshot) m WHERE g.snapshot IS NOT NULL AND json_valid(g.snapshot)`,
    )
    .get() as { day: string | null } | undefined;
  if (snapshot?.day && snapshot.day > latest) latest = snapshot.day;
  return latest;
}

/** The tables a snapshot carries: all but SQLite's own and the registry's log of its imports. */
function contentTables(db: DatabaseSync): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name != 'imports' ORDER BY name",
      )
      .all() as Array<{ name: string }>
  ).map((r) => r.name);
}

/**
 * A container not signed by this installation, read into snapshot content and checked as a JSON
 * snapshot is: schema, texts, row counts (the references and the history by `checkReferences`,
 * which the caller passes so the order of checks stays the JSON import's).
 */
export function containerSnapshot(
  container: OpenedContainer,
  checkReferences: (snapshot: SnapshotT) => void,
): SnapshotT {
  const db = openReadOnly(container.path);
  let content: unknown;
  try {
    content = readContent(db as Db);
  } finally {
    db.close();
  }
  const { header } = container;
  const parsed = Snapshot.safeParse({
    format: header.format,
    version: 4,
    exportedAt: header.exportedAt,
    checksum: header.checksum,
    content,
    ...(header.signature !== undefined ? { signature: header.signature } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LedgerError('snapshot_schema', {
      detail: `${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? ''}`,
    });
  }
  checkRowCounts(parsed.data.content);
  refuseBadTexts(parsed.data.content);
  checkReferences(parsed.data);
  // The version the header's signature and checksum were made with: what `verify` checks them against.
  return { ...parsed.data, version: CONTAINER_VERSION } as unknown as SnapshotT;
}

/**
 * Writes a container signed by this installation into an empty registry: SQLite's online backup
 * puts its pages in place of the registry's in one write transaction of the registry (through its
 * WAL, so a crash leaves the empty registry or the whole snapshot), as a backup is restored. Then
 * the registry's own log of imports replaces the one the file brought. The registry must be empty:
 * checked just before, and a folder is written by one process at a time (core/folderLock).
 */
export async function placeContainer(
  db: Db,
  dbPath: string,
  container: OpenedContainer,
  meta: { actor: string; fileName: string; at: string },
  progress: Progress = noProgress,
): Promise<SnapshotCounts> {
  progress('write', 0);
  if (!isRegistryEmpty(db)) throw new LedgerError('registry_not_empty');
  // Alone on the registry (a new folder), its rollback journal is used for the copy: it keeps only
  // the few pages of the empty registry, where the WAL would take all 150 MB and then copy them
  // again into the file. With another connection open (the app's), the switch is refused and the
  // copy goes through the WAL.
  const journal = (db.prepare('PRAGMA journal_mode = DELETE').get() as { journal_mode: string }).journal_mode;
  const source = new DatabaseSync(container.path, { readOnly: true });
  try {
    await backup(source, dbPath, {
      rate: 4096,
      progress: ({ totalPages, remainingPages }) =>
        progress('write', (0.9 * (totalPages - remainingPages)) / Math.max(1, totalPages)),
    });
  } finally {
    source.close();
    if (journal !== 'wal') db.exec('PRAGMA journal_mode = WAL');
  }
  return transaction(db, () => {
    stmt(db, 'DELETE FROM imports').run();
    stmt(db, 'INSERT INTO imports (at, actor, file_name, checksum) VALUES (?, ?, ?, ?)').run(
      meta.at,
      meta.actor,
      meta.fileName,
      container.header.checksum,
    );
    progress('write', 1);
    return { ...(db.prepare(COUNTS_SQL).get() as unknown as SnapshotCounts) };
  });
}

/**
 * Copies a container signed by this installation into the registry, in one transaction: the
 * content tables' rows with `INSERT … SELECT` (SQLite moves whole pages where the tables match),
 * the references checked before the commit, the import logged. `before` runs first inside the
 * transaction (the empty check, or the check that the registry is still the copy kept of it and
 * its emptying). Foreign keys are off for the copy and checked by `checkForeignKeys` after it.
 */
export function copyContainerInto(
  db: Db,
  container: OpenedContainer,
  meta: { actor: string; fileName: string; at: string },
  before: () => void,
  checkForeignKeys: (db: Db) => void,
  progress: Progress = noProgress,
): SnapshotCounts {
  progress('write', 0);
  const cache = (db.prepare('PRAGMA cache_size').get() as { cache_size: number }).cache_size;
  const keys = (db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys;
  db.exec('PRAGMA cache_size = -262144');
  db.exec('PRAGMA foreign_keys = OFF');
  const trusted = (db.prepare('PRAGMA trusted_schema').get() as { trusted_schema: number }).trusted_schema;
  db.exec('PRAGMA trusted_schema = OFF');
  db.prepare("ATTACH DATABASE ? AS 'snapshot'").run(container.path);
  try {
    return transaction(db, () => {
      before();
      const tables = contentTables(db);
      // The history's append-only triggers stop SQLite copying its pages whole: dropped for the
      // copy and made again from their stored text in the same transaction.
      const triggers = db
        .prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")
        .all() as Array<{ name: string; sql: string }>;
      for (const t of triggers) db.exec(`DROP TRIGGER main."${t.name.replace(/"/g, '""')}"`);
      tables.forEach((table, i) => {
        const q = `"${table.replace(/"/g, '""')}"`;
        // A new registry holds the rows its migrations wrote (the built-in incident kinds): the
        // snapshot's own rows replace them.
        db.exec(`DELETE FROM main.${q}`);
        db.exec(`INSERT INTO main.${q} SELECT * FROM snapshot.${q}`);
        progress('write', (0.8 * (i + 1)) / tables.length);
      });
      for (const t of triggers) db.exec(t.sql);
      checkForeignKeys(db);
      stmt(db, 'INSERT INTO imports (at, actor, file_name, checksum) VALUES (?, ?, ?, ?)').run(
        meta.at,
        meta.actor,
        meta.fileName,
        container.header.checksum,
      );
      progress('write', 0.9);
      return { ...(db.prepare(COUNTS_SQL).get() as unknown as SnapshotCounts) };
    });
  } finally {
    db.exec('DETACH DATABASE snapshot');
    db.exec(`PRAGMA trusted_schema = ${trusted ? 'ON' : 'OFF'}`);
    db.exec(`PRAGMA cache_size = ${cache}`);
    if (keys) db.exec('PRAGMA foreign_keys = ON');
    progress('write', 1);
  }
}
