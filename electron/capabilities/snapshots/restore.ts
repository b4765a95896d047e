/**
 * Verifying a snapshot and restoring it. Verification runs in a fixed order so that each kind of
 * bad file gets its own error: unreadable → truncated / not JSON → not a snapshot → unknown
 * version → wrong checksum → schema violation → a text the window would refuse (texts.ts) → broken
 * references, event chain or event payloads.
 * Import writes everything in one transaction into an empty registry, or nothing.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { z } from 'zod';
import type { SnapshotCounts } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import {
  READABLE_SNAPSHOT_VERSIONS,
  SNAPSHOT_VERSION,
  Snapshot,
  SnapshotContent,
  SnapshotEnvelope,
  SnapshotV1,
  SnapshotV2,
  SnapshotV3,
  type Snapshot as SnapshotT,
} from '../../../shared/snapshot';
import { BUILTIN_KIND_LIST } from '../../../shared/snapshotCasework';
import { stmt, transaction, withoutIndexes, type Db } from '../../db/database';
import { indexEventSubjects, sha256Hex } from '../../kernel/events';
import { checkEvents, eventRow } from './eventChecks';
import { EventCheckHelper } from './eventCheckHelper';
import { decryptSnapshotBytes, isEncryptedSnapshot } from './encryption';
import {
  SNAPSHOT_LIMITS,
  checkFileSize,
  checkJsonShape,
  checkPlainSize,
  checkRowCounts,
  checkTablesShape,
  type SnapshotLimits,
} from './limits';
import { noProgress, type Progress } from './progress';
import {
  insertAcknowledgement,
  insertException,
  insertGroup,
  insertMembership,
  insertOrganisation,
  insertPerson,
  insertRuleVersion,
  insertTier,
  insertUnit,
} from '../../kernel/store';
import { isRegistryEmpty } from '../../kernel/records';
import { checkCasework, insertCasework } from './casework';
import { refuseBadTexts } from './texts';
import {
  CONTAINER_VERSION,
  discardContainer,
  isContainer,
  openContainer,
  openReadOnly,
  type OpenedContainer,
} from './container';

import {
  CONTENT_START,
  SNAPSHOT_PREFIX,
  SNAPSHOT_SUFFIX,
  SNAPSHOT_SUFFIX_MAX,
  contentChecksum,
  countsOf,
  readContent,
} from './snapshot';

/**
 * The checksum check. A file as GroupLedger writes it holds `content` verbatim in canonical form,
 * so its bytes are hashed directly (never decoded and encoded again); any other layout (a
 * pretty-printed copy, say) is re-serialised.
 */
function checksumMatches(text: string, declared: string, content: unknown, bytes?: Buffer): boolean {
  if (text.startsWith(SNAPSHOT_PREFIX)) {
    const suffix = SNAPSHOT_SUFFIX.exec(text.slice(-SNAPSHOT_SUFFIX_MAX));
    if (suffix) {
      // The prefix and the suffix are ASCII: their lengths in characters are their lengths in bytes.
      const hashed = bytes
        ? sha256Hex(bytes.subarray(CONTENT_START, bytes.length - suffix[0].length) as unknown as string)
        : sha256Hex(text.slice(CONTENT_START, text.length - suffix[0].length));
      if (`sha256:${hashed}` === declared) return true;
    }
  }
  return contentChecksum(content) === declared;
}

function zodDetail(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  const first = error.issues[0];
  if (!first) return '';
  return `${first.path.map(String).join('.') || '(root)'}: ${first.message}`;
}

export interface ReadOptions {
  /** The password of an encrypted snapshot; never kept. */
  password?: string;
  progress?: Progress;
  limits?: SnapshotLimits;
  /**
   * Where the history-check helper thread's script is and from what size it is used
   * (eventCheckHelper.ts); by default the bundled one, for files of CHECK_FROM_BYTES and more.
   */
  historyHelper?: { script: string | null; fromBytes?: number };
}

/**
 * Parses and verifies snapshot text; throws a LedgerError naming what is wrong. `helper`, when
 * given, is checking the history of the same document on another thread (eventCheckHelper.ts).
 */
export function parseSnapshot(
  text: string,
  options: ReadOptions = {},
  bytes?: Buffer,
  helper: EventCheckHelper | null = null,
): SnapshotT {
  const progress = options.progress ?? noProgress;
  const limits = options.limits ?? SNAPSHOT_LIMITS;
  progress('parse', 0);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    if (endsEarly(text)) throw new LedgerError('snapshot_truncated');
    throw new LedgerError('snapshot_not_json', { detail: (error as Error).message });
  }
  progress('verify', 0);
  const envelope = SnapshotEnvelope.safeParse(raw);
  if (!envelope.success) throw new LedgerError('snapshot_schema', { detail: zodDetail(envelope.error) });
  if (!READABLE_SNAPSHOT_VERSIONS.includes(envelope.data.version)) {
    throw new LedgerError('snapshot_version', { found: envelope.data.version, supported: SNAPSHOT_VERSION });
  }
  checkRowCounts(envelope.data.content, limits);
  if (!checksumMatches(text, envelope.data.checksum, envelope.data.content, bytes)) {
    throw new LedgerError('snapshot_checksum');
  }
  progress('verify', 0.2);
  const snapshot = parseVersion(envelope.data.version, raw);
  refuseBadTexts(snapshot.content);
  progress('verify', 0.5);
  checkReferences(snapshot.content, progress, helper);
  progress('verify', 1);
  return snapshot;
}

/**
 * Reads the document against the schema of its own version, and upgrades an older one to the
 * current: a v1 file had no exceptions, rules or acknowledgements, v1 and v2 files no runbooks or
 * incidents, so those lists are empty; files before v4 knew only the built-in incident kinds. The
 * checksum stays the one the file was written with.
 */
function parseVersion(version: number, raw: unknown): SnapshotT {
  const schemaFail = (error: z.ZodError) => new LedgerError('snapshot_schema', { detail: zodDetail(error) });
  if (version === 1) {
    const v1 = SnapshotV1.safeParse(raw);
    if (!v1.success) throw schemaFail(v1.error);
    const content = {
      ...v1.data.content,
      exceptions: [],
      rules: [],
      acknowledgements: [],
      runbooks: [],
      incidents: [],
      incidentKinds: BUILTIN_KIND_LIST,
    };
    return { ...v1.data, version: SNAPSHOT_VERSION, content };
  }
  if (version === 2) {
    const v2 = SnapshotV2.safeParse(raw);
    if (!v2.success) throw schemaFail(v2.error);
    const content = { ...v2.data.content, runbooks: [], incidents: [], incidentKinds: BUILTIN_KIND_LIST };
    return { ...v2.data, version: SNAPSHOT_VERSION, content };
  }
  if (version === 3) {
    const v3 = SnapshotV3.safeParse(raw);
    if (!v3.success) throw schemaFail(v3.error);
    return { ...v3.data, version: SNAPSHOT_VERSION, content: { ...v3.data.content, incidentKinds: BUILTIN_KIND_LIST } };
  }
  const parsed = Snapshot.safeParse(raw);
  if (!parsed.success) throw schemaFail(parsed.error);
  return parsed.data;
}

/**
 * A JSON document cut short: it opens an object and ends while an object, array or string is
 * still open. Told apart from other invalid JSON so the admin knows the file is incomplete.
 */
function endsEarly(text: string): boolean {
  const body = text.trim();
  if (body.length === 0) return true;
  if (body[0] !== '{') return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

export function checkReferences(
  c: SnapshotContent,
  progress: Progress = noProgress,
  helper: EventCheckHelper | null = null,
): void {
  const fail = (detail: string): never => {
    throw new LedgerError('snapshot_schema', { detail });
  };
  const unique = (ids: Array<string | number>, what: string) => {
    const seen = new Set<string | number>();
    for (const id of ids) {
      if (seen.has(id)) fail(`${what}: duplicate id ${id}`);
      seen.add(id);
    }
    return seen;
  };
  const tiers = unique(
    c.tiers.map((t) => t.id),
    'tiers',
  );
  unique(
    c.tiers.map((t) => t.rank),
    'tiers.rank',
  );
  const units = unique(
    c.units.map((u) => u.id),
    'units',
  );
  const people = unique(
    c.people.map((p) => p.id),
    'people',
  );
  const groups = unique(
    c.groups.map((g) => g.id),
    'groups',
  );
  const memberships = unique(
    c.memberships.map((m) => m.id),
    'memberships',
  );
  for (const u of c.units) if (u.parentId && !units.has(u.parentId)) fail(`units.${u.id}.parentId: unknown unit`);
  for (const p of c.people) {
    if (p.unitId && !units.has(p.unitId)) fail(`people.${p.id}.unitId: unknown unit`);
    if (p.tierId && !tiers.has(p.tierId)) fail(`people.${p.id}.tierId: unknown tier`);
  }
  for (const g of c.groups) {
    if (g.ownerId && !people.has(g.ownerId)) fail(`groups.${g.id}.ownerId: unknown person`);
    for (const d of g.deputyIds) if (!people.has(d)) fail(`groups.${g.id}.deputyIds: unknown person ${d}`);
  }
  const open = new Set<string>();
  for (const m of c.memberships) {
    if (!groups.has(m.groupId)) fail(`memberships.${m.id}.groupId: unknown group`);
    if (!people.has(m.personId)) fail(`memberships.${m.id}.personId: unknown person`);
    if (m.addedBy && !people.has(m.addedBy)) fail(`memberships.${m.id}.addedBy: unknown person`);
    if (m.requestedBy && !people.has(m.requestedBy)) fail(`memberships.${m.id}.requestedBy: unknown person`);
    if (m.leftOn && m.leftOn < m.joinedOn) fail(`memberships.${m.id}.leftOn: before joinedOn`);
    if (!m.leftOn) {
      const key = `${m.groupId}/${m.personId}`;
      if (open.has(key)) fail(`memberships.${m.id}: a second open membership of the same person`);
      open.add(key);
    }
  }
  unique(
    c.exceptions.map((e) => e.id),
    'exceptions',
  );
  for (const e of c.exceptions) {
    const at = `exceptions.${e.id}`;
    if (!groups.has(e.groupId)) fail(`${at}.groupId: unknown group`);
    if (!people.has(e.personId)) fail(`${at}.personId: unknown person`);
    if (!people.has(e.requestedBy)) fail(`${at}.requestedBy: unknown person`);
    if (e.decidedBy && !people.has(e.decidedBy)) fail(`${at}.decidedBy: unknown person`);
    if (e.approver.kind === 'person' && !people.has(e.approver.ref)) fail(`${at}.approver: unknown person`);
    if (e.membershipId !== null && !memberships.has(e.membershipId)) fail(`${at}.membershipId: unknown membership`);
    if ((e.status === 'pending') !== (e.decidedOn === null)) fail(`${at}.decidedOn: does not match its status`);
  }
  const versions = unique(
    c.rules.map((r) => `${r.groupId}#${r.version}`),
    'rules',
  );
  for (const r of c.rules) if (!groups.has(r.groupId)) fail(`rules.${r.groupId}#${r.version}.groupId: unknown group`);
  unique(
    c.acknowledgements.map((a) => `${a.groupId}#${a.version}/${a.personId}`),
    'acknowledgements',
  );
  for (const a of c.acknowledgements) {
    const at = `acknowledgements.${a.groupId}#${a.version}/${a.personId}`;
    if (!versions.has(`${a.groupId}#${a.version}`)) fail(`${at}: unknown rules version`);
    if (!people.has(a.personId)) fail(`${at}.personId: unknown person`);
  }
  checkCasework(c, { people, groups, memberships }, fail);
  // The history last: the chain, then every event is one this build knows, with the payload its
  // kind declares (shared/events) — checked by the helper thread meanwhile, or here.
  progress('verify', 0.6);
  const verdict =
    helper?.verdict(() => progress('verify', 0.6)) ?? checkEvents(c.events, (f) => progress('verify', 0.6 + 0.4 * f));
  const { broken, payload } = verdict;
  if (broken)
    throw new LedgerError('snapshot_checksum', { detail: `(event ${broken.seq}: ${CHAIN_REASONS[broken.reason]})` });
  if (payload)
    throw new LedgerError('snapshot_event', { seq: payload.seq, kind: payload.kind, detail: payload.reason });
  reorderedEvents.set(c, new Set(verdict.reordered));
}

export const CHAIN_REASONS = { gap: 'missing or out of order', previous: 'not linked', content: 'changed' } as const;

/**
 * For a verified snapshot, the events whose file text was not in canonical key order (eventChecks.ts):
 * the import stores those canonically and the rest as the file has them.
 */
const reorderedEvents = new WeakMap<SnapshotContent, Set<number>>();

/**
 * An SQLite-file snapshot not signed by this installation (container.ts), read into snapshot content
 * and checked as a JSON snapshot is: schema, row counts, texts, references and the history.
 */
export function containerSnapshot(container: OpenedContainer, progress: Progress = noProgress): SnapshotT {
  const db = openReadOnly(container.path);
  let content: unknown;
  try {
    checkTablesShape(db);
    content = readContent(db as Db);
  } finally {
    db.close();
  }
  const { header } = container;
  const parsed = Snapshot.safeParse({
    format: header.format,
    version: SNAPSHOT_VERSION,
    exportedAt: header.exportedAt,
    checksum: header.checksum,
    content,
    ...(header.signature !== undefined ? { signature: header.signature } : {}),
  });
  if (!parsed.success) throw new LedgerError('snapshot_schema', { detail: zodDetail(parsed.error) });
  checkRowCounts(parsed.data.content);
  refuseBadTexts(parsed.data.content);
  checkReferences(parsed.data.content, progress);
  // The version the header's signature and checksum were made with: what `verify` checks them against.
  return { ...parsed.data, version: CONTAINER_VERSION } as unknown as SnapshotT;
}

/** Reads a snapshot file, at most the file size limit, and verifies it. */
export function readSnapshotFile(path: string, options: ReadOptions = {}): SnapshotT {
  return parseSnapshotBytes(readSnapshotBytes(path, options), options);
}

/** The bytes of a snapshot file, at most the file size limit; a file that cannot be read says why. */
export function readSnapshotBytes(path: string, options: ReadOptions = {}): Buffer {
  const progress = options.progress ?? noProgress;
  let bytes: Buffer;
  try {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      checkFileSize(size, options.limits);
      bytes = Buffer.allocUnsafe(size);
      let offset = 0;
      while (offset < size) {
        const n = readSync(fd, bytes, offset, Math.min(size - offset, 8 << 20), offset);
        if (n === 0) break;
        offset += n;
        progress('read', offset / size);
      }
      bytes = bytes.subarray(0, offset);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof LedgerError) throw error;
    throw new LedgerError('snapshot_unreadable', { path, detail: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
  return bytes;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * The plain JSON of a snapshot file: decrypted when it is encrypted (the password is needed),
 * unpacked when it is gzip-compressed, each step held to its size limit.
 */
export function plainSnapshotBytes(bytes: Uint8Array, options: ReadOptions = {}): Buffer {
  const progress = options.progress ?? noProgress;
  const limits = options.limits ?? SNAPSHOT_LIMITS;
  checkFileSize(bytes.length, limits);
  let plain = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isEncryptedSnapshot(plain)) {
    progress('decrypt', 0);
    plain = decryptSnapshotBytes(plain, options.password);
    progress('decrypt', 1);
  }
  if (plain[0] === GZIP_MAGIC[0] && plain[1] === GZIP_MAGIC[1]) {
    try {
      plain = gunzipSync(plain, { maxOutputLength: limits.plainBytes });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') checkPlainSize(Infinity, limits);
      throw new LedgerError('snapshot_truncated');
    }
  }
  checkPlainSize(plain.length, limits);
  return plain;
}

/** Verifies the bytes of a snapshot file (read from disk, or sent by the window). */
export function parseSnapshotBytes(bytes: Uint8Array, options: ReadOptions = {}): SnapshotT {
  return parsePlainSnapshot(plainSnapshotBytes(bytes, options), options);
}

/**
 * Verifies a snapshot's plain bytes (decrypted and unpacked): a JSON document, or an SQLite file
 * (container.ts), which is read into content and checked as a JSON document is.
 */
export function parsePlainSnapshot(plain: Buffer, options: ReadOptions = {}): SnapshotT {
  if (isContainer(plain)) {
    const container = openContainer(plain, { progress: options.progress, limits: options.limits });
    try {
      return containerSnapshot(container, options.progress);
    } finally {
      discardContainer(container);
    }
  }
  const { historyHelper } = options;
  const helper = historyHelper
    ? EventCheckHelper.start(plain, historyHelper.script, historyHelper.fromBytes)
    : EventCheckHelper.start(plain);
  try {
    checkJsonShape(plain, options.limits);
    return parseSnapshot(plain.toString('utf8'), options, plain, helper);
  } finally {
    helper?.dispose();
  }
}

/** Writes a verified snapshot into an empty registry in one transaction: all of it or nothing. */
export function importSnapshot(
  db: Db,
  snapshot: SnapshotT,
  meta: { actor: string; fileName: string; at: string },
  progress: Progress = noProgress,
): SnapshotCounts {
  return bulkWrite(db, () =>
    transaction(db, () => {
      if (!isRegistryEmpty(db)) throw new LedgerError('registry_not_empty');
      return writeContent(db, snapshot, meta, progress);
    }),
  );
}

/**
 * Runs a bulk write with a large page cache (so 150 MB of rows are not spilled to the log page by
 * page before the commit) and, outside a transaction, with SQLite's per-row foreign key checks
 * off: the snapshot's references were all checked when it was verified, and the tables are checked
 * again in one pass (`foreign_key_check`) before the commit.
 */
export function bulkWrite<T>(db: Db, fn: () => T): T {
  const cache = (db.prepare('PRAGMA cache_size').get() as { cache_size: number }).cache_size;
  const keys = (db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys;
  db.exec('PRAGMA cache_size = -262144');
  if (keys && !db.isTransaction) db.exec('PRAGMA foreign_keys = OFF');
  try {
    return fn();
  } finally {
    db.exec(`PRAGMA cache_size = ${cache}`);
    if (keys) db.exec('PRAGMA foreign_keys = ON');
  }
}

/** The rows of a verified snapshot, inside the caller's transaction. */
export function writeContent(
  db: Db,
  snapshot: SnapshotT,
  meta: { actor: string; fileName: string; at: string },
  progress: Progress = noProgress,
): SnapshotCounts {
  db.exec('PRAGMA defer_foreign_keys = ON');
  const c = snapshot.content;
  progress('write', 0);
  insertOrganisation(db, c.organisation);
  for (const t of c.tiers) insertTier(db, t);
  for (const u of c.units) insertUnit(db, u);
  for (const p of c.people) insertPerson(db, p);
  for (const g of c.groups) insertGroup(db, g);
  progress('write', 0.1);
  withoutIndexes(db, 'memberships', () => {
    for (const m of c.memberships) insertMembership(db, m);
  });
  for (const e of c.exceptions) insertException(db, e);
  for (const r of c.rules) insertRuleVersion(db, r);
  for (const a of c.acknowledgements) insertAcknowledgement(db, a);
  insertCasework(db, c);
  progress('write', 0.3);
  // Content not verified here (made by a caller) is stored canonically throughout.
  const reordered = reorderedEvents.get(c);
  const insert = stmt(
    db,
    'INSERT INTO events (seq, at, actor, kind, subjects, before, after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (let i = 0; i < c.events.length; i++) {
    const r = eventRow(c.events[i]!, reordered ? reordered.has(i) : true);
    insert.run(r.seq, r.at, r.actor, r.kind, r.subjects, r.before, r.after, r.prev_hash, r.hash);
    if (i % 20_000 === 19_999) progress('write', 0.3 + (0.45 * i) / c.events.length);
  }
  progress('write', 0.75);
  indexEventSubjects(db);
  progress('write', 0.9);
  checkForeignKeys(db);
  stmt(db, 'INSERT INTO imports (at, actor, file_name, checksum) VALUES (?, ?, ?, ?)').run(
    meta.at,
    meta.actor,
    meta.fileName,
    snapshot.checksum,
  );
  progress('write', 1);
  return countsOf(c);
}

/**
 * Every reference in the written tables points at a row, checked table by table (the subject
 * index is built from the events themselves and is left out: it is the largest table).
 */
export function checkForeignKeys(db: Db): void {
  const tables = stmt(
    db,
    `SELECT DISTINCT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f
      WHERE m.type = 'table' AND m.name != 'event_subjects'`,
  ).all() as Array<{ name: string }>;
  for (const { name } of tables) {
    const broken = db.prepare(`PRAGMA foreign_key_check("${name.replace(/"/g, '""')}")`).all() as Array<{
      table: string;
      rowid: number;
      parent: string;
    }>;
    if (broken.length) {
      throw new LedgerError('snapshot_schema', { detail: `${broken[0]!.table}: unknown ${broken[0]!.parent}` });
    }
  }
}

/** Re-validates content read from the registry (used by doctor). */
export function validateContent(content: unknown): void {
  const parsed = SnapshotContent.safeParse(content);
  if (!parsed.success) throw new LedgerError('snapshot_schema', { detail: zodDetail(parsed.error) });
}
