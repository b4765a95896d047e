/**
 * Snapshot export: the whole registry as one canonical JSON document with its checksum, streamed
 * from the stored rows and written durably.
 */
import type { SnapshotCounts } from '../../../shared/contract';
import { canonicalJson } from '../../../shared/canonical';
import { LedgerError } from '../../../shared/errors';
import type { SnapshotContent } from '../../../shared/snapshot';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot as SnapshotT } from '../../../shared/snapshot';
import { readTransaction, stmt, type Db } from '../../db/database';
import { DurableFileWriter } from '../../core/files';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { SnapshotEncryptor, StreamingSnapshotEncryptor } from './encryption';
import { noProgress, type Progress } from './progress';
import type { Clock } from '../../kernel/context';
import { allEvents, chainHead, sha256Hex } from '../../kernel/events';
import { BEFORE_ALL, EVENTS_BATCH_SQL, MEMBERSHIPS_BATCH_SQL, readBatches, type Batch } from './batches';
import { EventsHelper } from './eventsHelper';
import {
  toAcknowledgement,
  toException,
  toGroup,
  MEMBERSHIP_COLUMNS,
  membershipFromArray,
  toPerson,
  toRuleVersion,
  toTier,
  toUnit,
  type ExceptionRecord,
  type GroupRecord,
  type PersonRecord,
} from '../../kernel/rows';
import { getOrganisation } from '../../kernel/records';
import { readIncidentKinds, readIncidents, readRunbooks } from './casework';
import type { LedgerKey } from '../../core/signingKey';
import { signSnapshot, signatureMember } from './signature';

export function contentChecksum(content: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(content))}`;
}

/**
 * Everything but memberships and events — the organisation, its directory (tiers, units, people,
 * groups), exception requests, rules and acknowledgements, runbooks and incidents — in snapshot order.
 */
function readDirectory(db: Db) {
  const organisation = getOrganisation(db);
  if (!organisation) throw new LedgerError('no_organisation');
  const all = <T>(sql: string) => stmt(db, sql).all() as unknown as T[];
  return {
    organisation,
    tiers: all<{ id: string; name: string; rank: number }>('SELECT id, name, rank FROM tiers ORDER BY rank').map(
      toTier,
    ),
    units: all<{ id: string; parent_id: string | null; name: string; sort: number }>(
      'SELECT id, parent_id, name, sort FROM units ORDER BY id',
    ).map(toUnit),
    people: all<PersonRecord>('SELECT * FROM people ORDER BY id').map(toPerson),
    groups: all<GroupRecord>('SELECT * FROM groups ORDER BY id').map(toGroup),
    exceptions: all<ExceptionRecord>('SELECT * FROM exceptions ORDER BY id').map(toException),
    rules: all<Parameters<typeof toRuleVersion>[0]>('SELECT * FROM rules ORDER BY group_id, version').map(
      toRuleVersion,
    ),
    acknowledgements: all<Parameters<typeof toAcknowledgement>[0]>(
      'SELECT * FROM acknowledgements ORDER BY group_id, version, person_id',
    ).map(toAcknowledgement),
    runbooks: readRunbooks(db),
    incidents: readIncidents(db),
    incidentKinds: readIncidentKinds(db),
  };
}

const MEMBERSHIPS_SQL = `SELECT ${MEMBERSHIP_COLUMNS} FROM memberships ORDER BY id`;

/**
 * Every table of the registry but its history, in snapshot order: what the 台账 workbook shows
 * (exports/tables.ts reads it in one read transaction).
 */
export function readTables(db: Db): Omit<SnapshotContent, 'events'> {
  return {
    ...readDirectory(db),
    memberships: allMemberships(db),
  };
}

/** Every membership, oldest first, read as arrays (kernel/rows membershipFromArray: a third of the time). */
function allMemberships(db: Db) {
  const statement = stmt(db, MEMBERSHIPS_SQL);
  statement.setReturnArrays(true);
  return (statement.all() as unknown as Parameters<typeof membershipFromArray>[0][]).map(membershipFromArray);
}

/** The whole registry as snapshot content, in a deterministic order. */
export function readContent(db: Db): SnapshotContent {
  return { ...readTables(db), events: allEvents(db) };
}

export function countsOf(content: SnapshotContent): SnapshotCounts {
  return {
    units: content.units.length,
    tiers: content.tiers.length,
    people: content.people.length,
    groups: content.groups.length,
    memberships: content.memberships.length,
    events: content.events.length,
    runbooks: content.runbooks.length,
    incidents: content.incidents.length,
  };
}

/** How much the registry holds, counted in the database. */
/** The counts of a registry in one query (also run on a worker thread by the backups' check). */
export const COUNTS_SQL = `SELECT (SELECT count(*) FROM units) AS units, (SELECT count(*) FROM tiers) AS tiers,
       (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM groups) AS groups,
       (SELECT count(*) FROM memberships) AS memberships, (SELECT count(*) FROM events) AS events,
       (SELECT count(*) FROM runbooks) AS runbooks, (SELECT count(*) FROM incidents) AS incidents`;

export function registryCounts(db: Db): SnapshotCounts {
  return stmt(db, COUNTS_SQL).get() as unknown as SnapshotCounts;
}

export function buildSnapshot(db: Db, clock: Clock): SnapshotT {
  const content = readContent(db);
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: clock.now().toISOString(),
    checksum: contentChecksum(content),
    content,
  };
}

/**
 * The canonical JSON of the registry's content, in pieces, written straight from the stored rows.
 * Event payloads are stored canonical, so 200,000 events are concatenated, never parsed and
 * re-sorted, and never held as one string. Joined, the pieces equal canonicalJson(readContent(db))
 * (a unit test holds the two together).
 */
export function* canonicalContentPieces(db: Db, counts: SnapshotCounts): Generator<string> {
  for (const chunk of canonicalContentChunks(db, counts)) {
    yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8');
  }
}

/**
 * The same pieces as UTF-8 bytes, as the export hashes and writes them. Events and memberships
 * come from SQLite as bytes already (see EVENT_JSON), so 150 MB are never decoded into JavaScript
 * strings and encoded back.
 */
export function* canonicalContentChunks(
  db: Db,
  counts: SnapshotCounts,
  helper: EventsHelper | null = null,
): Generator<Uint8Array> {
  const directory = readDirectory(db);
  const streamed: Record<'events' | 'memberships', () => Generator<Uint8Array, unknown>> = {
    events: () => eventPieces(db, counts, helper),
    memberships: () => streamRows(db, MEMBERSHIPS_BATCH_SQL, counts, 'memberships'),
  };
  const text = (piece: string) => Buffer.from(piece, 'utf8');
  // Keys in sorted order, as canonical JSON has them; events and memberships streamed in batches.
  const keys = [...Object.keys(directory), ...Object.keys(streamed)].sort();
  let open = '{';
  for (const key of keys) {
    if (key === 'events' || key === 'memberships') {
      yield text(`${open}${JSON.stringify(key)}:[`);
      yield* streamed[key]();
      open = '],';
    } else {
      yield text(`${open}${JSON.stringify(key)}:${canonicalJson(directory[key as keyof typeof directory])}`);
      open = ',';
    }
  }
  yield text(open === '],' ? ']}' : '}');
  const { people, tiers, units, groups, runbooks, incidents } = directory;
  Object.assign(counts, {
    people: people.length,
    tiers: tiers.length,
    units: units.length,
    groups: groups.length,
    runbooks: runbooks.length,
    incidents: incidents.length,
  });
}

const COMMA = Buffer.from(',');

/** Batches as the document's pieces, commas between, counted in `counts[key]`; returns the last key. */
function* piecesOf(
  batches: Iterable<Batch>,
  counts: SnapshotCounts,
  key: 'events' | 'memberships',
  last: number,
): Generator<Uint8Array, number> {
  for (const batch of batches) {
    if (counts[key] > 0) yield COMMA;
    counts[key] += batch.n;
    last = batch.last;
    yield batch.bytes;
  }
  return last;
}

/** The rows of `sql` (batches.ts) with `after < key <= upTo` as the document's pieces. */
function streamRows(
  db: Db,
  sql: string,
  counts: SnapshotCounts,
  key: 'events' | 'memberships',
  after = BEFORE_ALL,
  upTo?: number,
): Generator<Uint8Array, number> {
  return piecesOf(readBatches(db, sql, after, upTo), counts, key, after);
}

/**
 * The history's entries. With a helper thread (eventsHelper.ts, started only for a long history),
 * the first half is read here while the helper reads the second; whatever it does not send is read
 * here after.
 */
function* eventPieces(db: Db, counts: SnapshotCounts, helper: EventsHelper | null): Generator<Uint8Array> {
  if (!helper) {
    yield* streamRows(db, EVENTS_BATCH_SQL, counts, 'events');
    return;
  }
  const head = chainHead(db);
  const middle = Math.floor(head.seq / 2);
  helper.ask(middle, head.seq, head.hash);
  const first = yield* streamRows(db, EVENTS_BATCH_SQL, counts, 'events', BEFORE_ALL, middle);
  const last = yield* piecesOf(helper.batches(), counts, 'events', Math.max(first, middle));
  if (!helper.complete) yield* streamRows(db, EVENTS_BATCH_SQL, counts, 'events', last, head.seq);
}

function zeroCounts(): SnapshotCounts {
  return { units: 0, tiers: 0, people: 0, groups: 0, memberships: 0, events: 0, runbooks: 0, incidents: 0 };
}

/** The content's canonical JSON as one string (tests and small registries). */
export function canonicalContentText(db: Db): { text: string; counts: SnapshotCounts } {
  const counts = zeroCounts();
  const text = [...canonicalContentPieces(db, counts)].join('');
  return { text, counts };
}

export const SNAPSHOT_PREFIX = '{"checksum":"sha256:';
export const CONTENT_START = SNAPSHOT_PREFIX.length + 64 + '","content":'.length;
export const SNAPSHOT_SUFFIX =
  /,"exportedAt":"[^"]{1,40}","format":"group-ledger-snapshot",(?:"signature":\{[^{}]{1,700}\},)?"version":\d{1,6}\}\s*$/;
/** How far from the end the suffix (with a signature) may start. */
export const SNAPSHOT_SUFFIX_MAX = 1024;

export interface ExportOptions {
  /** Encrypts the file (docs/snapshot-encryption.md); the password is never kept. */
  password?: string;
  /** Writes the file gzip-compressed (about a sixth of the size; `verify` and import read both). */
  compress?: boolean;
  progress?: Progress;
  /** The installation's key: the snapshot is signed with it (unsigned without one). */
  signer?: LedgerKey | null;
}

/**
 * Writes a snapshot durably; the file is complete on disk when this returns. The document is
 * itself canonical JSON (keys sorted, compact), so `content` appears in it exactly as hashed. It is
 * streamed: the checksum, which comes first, is patched in once the content has been hashed. An
 * encrypted file is streamed too: its first part, the sealed head of the document that holds the
 * checksum, is written into the space kept for it at the end (encryption.ts, version 2). A
 * compressed file is made of the same document assembled in memory first (its checksum must be in
 * place before the bytes are packed).
 */
export function exportSnapshot(
  db: Db,
  clock: Clock,
  path: string,
  options: ExportOptions = {},
): { path: string; bytes: number; checksum: string; counts: SnapshotCounts; signedBy: string | null } {
  const progress = options.progress ?? noProgress;
  const compress = options.compress === true;
  const prefix = Buffer.from(`${SNAPSHOT_PREFIX}${'0'.repeat(64)}","content":`, 'utf8');
  // Compressed and encrypted: the packed document is encrypted whole (version 1). Encrypted only:
  // streamed, the head holding the checksum sealed last (version 2).
  const encryptor = options.password !== undefined && compress ? new SnapshotEncryptor(options.password) : null;
  const streaming =
    options.password !== undefined && !compress
      ? new StreamingSnapshotEncryptor(options.password, prefix.length)
      : null;
  const signer = options.signer ?? null;
  const writer = new DurableFileWriter(path);
  const transform = encryptor !== null || compress;
  const held: Uint8Array[] = [];
  // A long history's second half is read by a helper thread while this one reads the first.
  const helper = EventsHelper.start(db.location() ?? undefined, chainHead(db).seq);
  const out = (bytes: Uint8Array) =>
    transform ? held.push(bytes) : writer.writeBytes(streaming ? streaming.update(bytes) : bytes);
  try {
    const counts = zeroCounts();
    const hash = createHash('sha256');
    if (streaming) {
      writer.writeBytes(streaming.head);
      // The space of the sealed head, written once the checksum is known.
      writer.writeBytes(Buffer.alloc(streaming.sealedHeadBytes));
    } else out(prefix);
    // One read transaction, so the pieces come from one consistent state of the registry.
    const checksum = readTransaction(db, () => {
      const total = Math.max(
        1,
        (
          stmt(db, 'SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM memberships) AS n').get() as {
            n: number;
          }
        ).n,
      );
      progress('export', 0);
      for (const bytes of canonicalContentChunks(db, counts, helper)) {
        hash.update(bytes);
        out(bytes);
        progress('export', Math.min(1, (counts.events + counts.memberships) / total) * (transform ? 0.7 : 0.95));
      }
      return `sha256:${hash.digest('hex')}`;
    });
    // The signature covers the plain document's checksum: an encrypted or compressed file is
    // signed inside, and verified once it has been opened.
    const exportedAt = clock.now().toISOString();
    const signature = signer ? signSnapshot(signer, { version: SNAPSHOT_VERSION, checksum, exportedAt }) : null;
    out(
      Buffer.from(
        `,"exportedAt":${JSON.stringify(exportedAt)},"format":"${SNAPSHOT_FORMAT}",${signatureMember(signature)}"version":${SNAPSHOT_VERSION}}\n`,
        'utf8',
      ),
    );
    const digest = checksum.slice('sha256:'.length);
    if (streaming) {
      writer.writeBytes(streaming.final());
      prefix.write(digest, SNAPSHOT_PREFIX.length, 'ascii');
      writer.patchBytes(streaming.head.length, streaming.sealHead(prefix));
    } else if (!transform) {
      writer.patch(SNAPSHOT_PREFIX.length, digest);
    } else {
      prefix.write(digest, SNAPSHOT_PREFIX.length, 'ascii');
      const pieces = options.compress ? [gzipSync(Buffer.concat(held.splice(0)), { level: 1 })] : held.splice(0);
      progress('export', 0.8);
      if (encryptor) writer.writeBytes(encryptor.head);
      pieces.forEach((piece, i) => {
        writer.writeBytes(encryptor ? encryptor.update(piece) : piece);
        if (i % 16 === 0) progress('export', 0.8 + (0.15 * i) / pieces.length);
      });
      if (encryptor) writer.writeBytes(encryptor.final());
    }
    const bytes = writer.finish();
    progress('export', 1);
    return { path, bytes, checksum, counts, signedBy: signature?.key ?? null };
  } catch (error) {
    writer.abort();
    throw error;
  } finally {
    helper?.dispose();
  }
}
