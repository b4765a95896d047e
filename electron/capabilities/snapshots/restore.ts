/**
 * Verifying a snapshot and restoring it. Verification runs in a fixed order so that each kind of
 * bad file gets its own error: unreadable → truncated / not JSON → not a snapshot → unknown
 * version → wrong checksum → schema violation → broken references, event chain or event payloads.
 * Import writes everything in one transaction into an empty registry, or nothing.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import type { SnapshotCounts } from '../../../shared/contract';
import { checkEventPayload } from '../../../shared/events';
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
import {
  findRowChainBreak,
  indexEventSubjects,
  insertEventRow,
  sha256Hex,
  toEventRow,
  type EventRow,
} from '../../kernel/events';
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

import {
  CONTENT_START,
  SNAPSHOT_PREFIX,
  SNAPSHOT_SUFFIX,
  SNAPSHOT_SUFFIX_MAX,
  contentChecksum,
  countsOf,
} from './snapshot';

/**
 * The checksum check. A file as GroupLedger writes it holds `content` verbatim in canonical form,
 * so its bytes are hashed directly; any other layout (a pretty-printed copy, say) is re-serialised.
 */
function checksumMatches(text: string, declared: string, content: unknown): boolean {
  if (text.startsWith(SNAPSHOT_PREFIX)) {
    const suffix = SNAPSHOT_SUFFIX.exec(text.slice(-SNAPSHOT_SUFFIX_MAX));
    if (suffix) {
      const slice = text.slice(CONTENT_START, text.length - suffix[0].length);
      if (`sha256:${sha256Hex(slice)}` === declared) return true;
    }
  }
  return contentChecksum(content) === declared;
}

function zodDetail(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  const first = error.issues[0];
  if (!first) return '';
  return `${first.path.map(String).join('.') || '(root)'}: ${first.message}`;
}

/** Parses and verifies snapshot text; throws a LedgerError naming what is wrong. */
export function parseSnapshot(text: string): SnapshotT {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    if (endsEarly(text)) throw new LedgerError('snapshot_truncated');
    throw new LedgerError('snapshot_not_json', { detail: (error as Error).message });
  }
  const envelope = SnapshotEnvelope.safeParse(raw);
  if (!envelope.success) throw new LedgerError('snapshot_schema', { detail: zodDetail(envelope.error) });
  if (!READABLE_SNAPSHOT_VERSIONS.includes(envelope.data.version)) {
    throw new LedgerError('snapshot_version', { found: envelope.data.version, supported: SNAPSHOT_VERSION });
  }
  if (!checksumMatches(text, envelope.data.checksum, envelope.data.content)) throw new LedgerError('snapshot_checksum');
  const snapshot = parseVersion(envelope.data.version, raw);
  checkReferences(snapshot.content);
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

function checkReferences(c: SnapshotContent): void {
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
  // The rows are kept for the import, which then writes the canonical text already made here.
  const rows = c.events.map(toEventRow);
  const broken = findRowChainBreak(rows);
  if (broken)
    throw new LedgerError('snapshot_checksum', { detail: `(event ${broken.seq}: ${CHAIN_REASONS[broken.reason]})` });
  // Every event must be one this build knows, with the payload its kind declares (shared/events).
  for (const e of c.events) {
    const check = checkEventPayload(e.kind, e.before, e.after);
    if (!check.ok) throw new LedgerError('snapshot_event', { seq: e.seq, kind: e.kind, detail: check.reason });
  }
  verifiedEventRows.set(c, rows);
}

const CHAIN_REASONS = { gap: 'missing or out of order', previous: 'not linked', content: 'changed' } as const;

/** Event rows made while verifying a parsed snapshot, so importing it does not serialise twice. */
const verifiedEventRows = new WeakMap<SnapshotContent, EventRow[]>();

export function readSnapshotFile(path: string): SnapshotT {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new LedgerError('snapshot_unreadable', { path, detail: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
  return parseSnapshotBytes(bytes);
}

/** Verifies the bytes of a snapshot file (read from disk, or sent by the window). */
export function parseSnapshotBytes(bytes: Uint8Array): SnapshotT {
  return parseSnapshot(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

/** Writes a verified snapshot into an empty registry in one transaction: all of it or nothing. */
export function importSnapshot(
  db: Db,
  snapshot: SnapshotT,
  meta: { actor: string; fileName: string; at: string },
): SnapshotCounts {
  return transaction(db, () => {
    if (!isRegistryEmpty(db)) throw new LedgerError('registry_not_empty');
    db.exec('PRAGMA defer_foreign_keys = ON');
    const c = snapshot.content;
    insertOrganisation(db, c.organisation);
    for (const t of c.tiers) insertTier(db, t);
    for (const u of c.units) insertUnit(db, u);
    for (const p of c.people) insertPerson(db, p);
    for (const g of c.groups) insertGroup(db, g);
    withoutIndexes(db, 'memberships', () => {
      for (const m of c.memberships) insertMembership(db, m);
    });
    for (const e of c.exceptions) insertException(db, e);
    for (const r of c.rules) insertRuleVersion(db, r);
    for (const a of c.acknowledgements) insertAcknowledgement(db, a);
    insertCasework(db, c);
    for (const row of verifiedEventRows.get(c) ?? c.events.map(toEventRow)) insertEventRow(db, row);
    indexEventSubjects(db);
    stmt(db, 'INSERT INTO imports (at, actor, file_name, checksum) VALUES (?, ?, ?, ?)').run(
      meta.at,
      meta.actor,
      meta.fileName,
      snapshot.checksum,
    );
    return countsOf(c);
  });
}

/** Re-validates content read from the registry (used by doctor). */
export function validateContent(content: unknown): void {
  const parsed = SnapshotContent.safeParse(content);
  if (!parsed.success) throw new LedgerError('snapshot_schema', { detail: zodDetail(parsed.error) });
}
