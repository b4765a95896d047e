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
