/**
 * Snapshot format v1: one JSON document holding the whole registry. `checksum` is the SHA-256
 * of the canonical JSON of `content` (keys sorted, no white space). The JSON Schema published
 * at docs/snapshot.schema.json is generated from these schemas.
 */
import { z } from 'zod';
import { Group, IsoInstant, LedgerEvent, Membership, Organisation, Person, Tier, Unit } from './domain';

export const SNAPSHOT_FORMAT = 'group-ledger-snapshot';
export const SNAPSHOT_VERSION = 1;

export const SnapshotContent = z
  .object({
    organisation: Organisation,
    tiers: z.array(Tier),
    units: z.array(Unit),
    people: z.array(Person),
    groups: z.array(Group),
    memberships: z.array(Membership),
    events: z.array(LedgerEvent),
  })
  .strict();
export type SnapshotContent = z.infer<typeof SnapshotContent>;

export const Snapshot = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    version: z.literal(SNAPSHOT_VERSION),
    exportedAt: IsoInstant,
    checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    content: SnapshotContent,
  })
  .strict();
export type Snapshot = z.infer<typeof Snapshot>;

/** The envelope read before anything else, so version and checksum errors come first. */
export const SnapshotEnvelope = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.number().int(),
  checksum: z.string(),
  content: z.unknown(),
});

/** The published JSON Schema of the format (docs/snapshot.schema.json is this, pretty-printed). */
export function snapshotJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Snapshot, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
  return {
    ...schema,
    $id: 'https://group-ledger.invalid/schemas/snapshot-v1.json',
    title: 'GroupLedger snapshot, format version 1',
    description:
      'The whole registry of one organisation. `checksum` is "sha256:" + the hex SHA-256 of the canonical JSON of `content` (object keys sorted, no white space). Events form a hash chain: each event\'s `hash` is the SHA-256 of its canonical JSON without `hash`, and `prevHash` is the previous event\'s hash (64 zeros for the first).',
  };
}
