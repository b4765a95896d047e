/**
 * Snapshot export, verification and import. Verification runs in a fixed order so that each
 * kind of bad file gets its own error: unreadable → truncated / not JSON → not a snapshot →
 * unknown version → wrong checksum → schema violation → broken references or event chain.
 * Import writes everything in one transaction into an empty registry, or nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { SnapshotCounts } from '../../shared/contract';
import { canonicalJson } from '../../shared/canonical';
import { LedgerError } from '../../shared/errors';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  Snapshot,
  SnapshotContent,
  SnapshotEnvelope,
  type Snapshot as SnapshotT,
} from '../../shared/snapshot';
import { stmt, transaction, type Db } from '../db/database';
import { writeFileDurable } from '../core/files';
import type { Clock } from './context';
import { allEvents, findChainBreak, insertEvent } from './events';
import { getOrganisation, isRegistryEmpty } from './organisation';
import {
  toGroup,
  toMembership,
  toPerson,
  toTier,
  toUnit,
  type GroupRecord,
  type MembershipRecord,
  type PersonRecord,
} from './rows';
import { insertGroup, insertMembership, insertOrganisation, insertPerson, insertTier, insertUnit } from './store';

export function contentChecksum(content: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(content)).digest('hex')}`;
}

/** The whole registry as snapshot content, in a deterministic order. */
export function readContent(db: Db): SnapshotContent {
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
    memberships: all<MembershipRecord>('SELECT * FROM memberships ORDER BY id').map(toMembership),
    events: allEvents(db),
  };
}

export function countsOf(content: SnapshotContent): SnapshotCounts {
  return {
    units: content.units.length,
    tiers: content.tiers.length,
    people: content.people.length,
    groups: content.groups.length,
    memberships: content.memberships.length,
    events: content.events.length,
  };
}

/** How much the registry holds, counted in the database. */
export function registryCounts(db: Db): SnapshotCounts {
  return stmt(
    db,
    `SELECT (SELECT count(*) FROM units) AS units, (SELECT count(*) FROM tiers) AS tiers,
       (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM groups) AS groups,
       (SELECT count(*) FROM memberships) AS memberships, (SELECT count(*) FROM events) AS events`,
  ).get() as unknown as SnapshotCounts;
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

/** Writes a snapshot durably; the file is complete on disk when this returns. */
export function exportSnapshot(
  db: Db,
  clock: Clock,
  path: string,
): { path: string; bytes: number; checksum: string; counts: SnapshotCounts } {
  const snapshot = buildSnapshot(db, clock);
  const bytes = writeFileDurable(path, `${JSON.stringify(snapshot, null, 1)}\n`);
  return { path, bytes, checksum: snapshot.checksum, counts: countsOf(snapshot.content) };
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
  if (envelope.data.version !== SNAPSHOT_VERSION) {
    throw new LedgerError('snapshot_version', { found: envelope.data.version, supported: SNAPSHOT_VERSION });
  }
  if (contentChecksum(envelope.data.content) !== envelope.data.checksum) throw new LedgerError('snapshot_checksum');
  const parsed = Snapshot.safeParse(raw);
  if (!parsed.success) throw new LedgerError('snapshot_schema', { detail: zodDetail(parsed.error) });
  checkReferences(parsed.data.content);
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
  const fail = (detail: string) => {
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
  unique(
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
  const broken = findChainBreak(c.events);
  if (broken) throw new LedgerError('snapshot_checksum', { detail: `event ${broken.seq}: ${broken.reason}` });
}

export function readSnapshotFile(path: string): SnapshotT {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new LedgerError('snapshot_unreadable', { path, detail: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
  return parseSnapshot(text);
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
    for (const m of c.memberships) insertMembership(db, m);
    for (const e of c.events) insertEvent(db, e);
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
