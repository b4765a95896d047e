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
import type { Clock } from '../../kernel/context';
import { allEvents, canonicalEventRow, sha256Hex, type EventRow } from '../../kernel/events';
import {
  toAcknowledgement,
  toException,
  toGroup,
  toMembership,
  toPerson,
  toRuleVersion,
  toTier,
  toUnit,
  type ExceptionRecord,
  type GroupRecord,
  type MembershipRecord,
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

const MEMBERSHIPS_SQL = 'SELECT * FROM memberships ORDER BY id';

/** The whole registry as snapshot content, in a deterministic order. */
export function readContent(db: Db): SnapshotContent {
  return {
    ...readDirectory(db),
    memberships: (stmt(db, MEMBERSHIPS_SQL).all() as unknown as MembershipRecord[]).map(toMembership),
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
    runbooks: content.runbooks.length,
    incidents: content.incidents.length,
  };
}

/** How much the registry holds, counted in the database. */
export function registryCounts(db: Db): SnapshotCounts {
  return stmt(
    db,
    `SELECT (SELECT count(*) FROM units) AS units, (SELECT count(*) FROM tiers) AS tiers,
       (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM groups) AS groups,
       (SELECT count(*) FROM memberships) AS memberships, (SELECT count(*) FROM events) AS events,
       (SELECT count(*) FROM runbooks) AS runbooks, (SELECT count(*) FROM incidents) AS incidents`,
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

/**
 * The canonical JSON of the registry's content, in pieces, written straight from the stored rows.
 * Event payloads are stored canonical, so 200,000 events are concatenated, never parsed and
 * re-sorted, and never held as one string. Joined, the pieces equal canonicalJson(readContent(db))
 * (a unit test holds the two together).
 */
export function* canonicalContentPieces(db: Db, counts: SnapshotCounts): Generator<string> {
  const directory = readDirectory(db);
  const streamed: Record<'events' | 'memberships', () => Generator<string>> = {
    events: () => streamEvents(db, counts),
    memberships: () => streamMemberships(db, counts),
  };
  // Keys in sorted order, as canonical JSON has them; events and memberships streamed in batches.
  const keys = [...Object.keys(directory), ...Object.keys(streamed)].sort();
  let open = '{';
  for (const key of keys) {
    if (key === 'events' || key === 'memberships') {
      yield `${open}${JSON.stringify(key)}:[`;
      yield* streamed[key]();
      open = '],';
    } else {
      yield `${open}${JSON.stringify(key)}:${canonicalJson(directory[key as keyof typeof directory])}`;
      open = ',';
    }
  }
  yield open === '],' ? ']}' : '}';
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

function* streamEvents(db: Db, counts: SnapshotCounts): Generator<string> {
  let batch: string[] = [];
  for (const e of stmt(db, 'SELECT * FROM events ORDER BY seq').iterate() as Iterable<EventRow>) {
    batch.push(canonicalEventRow(e));
    if (batch.length === 2000) {
      yield (counts.events ? ',' : '') + batch.join(',');
      counts.events += batch.length;
      batch = [];
    }
  }
  if (batch.length) {
    yield (counts.events ? ',' : '') + batch.join(',');
    counts.events += batch.length;
  }
}

function* streamMemberships(db: Db, counts: SnapshotCounts): Generator<string> {
  let batch: string[] = [];
  for (const m of stmt(db, MEMBERSHIPS_SQL).iterate() as Iterable<MembershipRecord>) {
    batch.push(canonicalJson(toMembership(m)));
    if (batch.length === 5000) {
      yield (counts.memberships ? ',' : '') + batch.join(',');
      counts.memberships += batch.length;
      batch = [];
    }
  }
  if (batch.length) {
    yield (counts.memberships ? ',' : '') + batch.join(',');
    counts.memberships += batch.length;
  }
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

/**
 * Writes a snapshot durably; the file is complete on disk when this returns. The document is
 * itself canonical JSON (keys sorted, compact), so `content` appears in it exactly as hashed. It is
 * streamed: the checksum, which comes first, is patched in once the content has been hashed.
 */
export function exportSnapshot(
  db: Db,
  clock: Clock,
  path: string,
  /** The installation's key: the snapshot is signed with it (unsigned without one). */
  signer: LedgerKey | null = null,
): { path: string; bytes: number; checksum: string; counts: SnapshotCounts; signedBy: string | null } {
  const writer = new DurableFileWriter(path);
  try {
    const counts = zeroCounts();
    const hash = createHash('sha256');
    writer.write(`${SNAPSHOT_PREFIX}${'0'.repeat(64)}","content":`);
    // One read transaction, so the pieces come from one consistent state of the registry.
    const checksum = readTransaction(db, () => {
      for (const piece of canonicalContentPieces(db, counts)) {
        hash.update(piece);
        writer.write(piece);
      }
      return `sha256:${hash.digest('hex')}`;
    });
    const exportedAt = clock.now().toISOString();
    const signature = signer ? signSnapshot(signer, { version: SNAPSHOT_VERSION, checksum, exportedAt }) : null;
    writer.write(
      `,"exportedAt":${JSON.stringify(exportedAt)},"format":"${SNAPSHOT_FORMAT}",${signatureMember(signature)}"version":${SNAPSHOT_VERSION}}\n`,
    );
    writer.patch(SNAPSHOT_PREFIX.length, checksum.slice('sha256:'.length));
    return { path, bytes: writer.finish(), checksum, counts, signedBy: signature?.key ?? null };
  } catch (error) {
    writer.abort();
    throw error;
  }
}
