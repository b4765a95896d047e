/**
 * Snapshot format v4: one JSON document holding the whole registry. `checksum` is the SHA-256
 * of the canonical JSON of `content` (keys sorted, no white space). The JSON Schema published
 * at docs/snapshot.schema.json is generated from these schemas.
 *
 * v2 adds exception requests, rules versions and acknowledgements (issue 3). A v1 snapshot is
 * still read: it is verified as it was written (its checksum covers v1 content) and then read as
 * v2 content with those three lists empty.
 *
 * v3 adds the casework (shared/snapshotCasework.ts): runbooks with their groups, the membership
 * snapshot each took at start and their steps; incidents with the people involved, escalation
 * steps and actions. v1 and v2 files are read with both lists empty.
 *
 * v4 adds `incidentKinds`: the six built-in kinds (hidden or not) and the kinds the administrator
 * added, by which incidents may now be recorded. v1 to v3 files are read with the built-in list.
 *
 * A v4 file may carry a `signature` (shared/snapshotSignature.ts): optional, so files written
 * before signing read as they are, "unsigned".
 */
import { z } from 'zod';
import {
  Acknowledgement,
  ExceptionRequest,
  Group,
  IsoInstant,
  LedgerEvent,
  Membership,
  Organisation,
  Person,
  RuleVersion,
  Tier,
  Unit,
} from './domain';
import { CASEWORK_FIELDS, CASEWORK_FIELDS_V3 } from './snapshotCasework';
import { SnapshotSignature } from './snapshotSignature';

export const SNAPSHOT_FORMAT = 'group-ledger-snapshot';
export const SNAPSHOT_VERSION = 4;
/** Versions this build reads; older ones are upgraded on reading. */
export const READABLE_SNAPSHOT_VERSIONS: readonly number[] = [1, 2, 3, 4];

const V1_FIELDS = {
  organisation: Organisation,
  tiers: z.array(Tier),
  units: z.array(Unit),
  people: z.array(Person),
  groups: z.array(Group),
  memberships: z.array(Membership),
  events: z.array(LedgerEvent),
};

/** Format v1's content (before issue 3), kept to read old files. */
export const SnapshotContentV1 = z.object(V1_FIELDS).strict();

const V2_FIELDS = {
  ...V1_FIELDS,
  exceptions: z.array(ExceptionRequest),
  rules: z.array(RuleVersion),
  acknowledgements: z.array(Acknowledgement),
};

/** Format v2's content (before runbooks and incidents), kept to read old files. */
export const SnapshotContentV2 = z.object(V2_FIELDS).strict();

/** Format v3's content (before the list of incident kinds), kept to read old files. */
export const SnapshotContentV3 = z.object({ ...V2_FIELDS, ...CASEWORK_FIELDS_V3 }).strict();

export const SnapshotContent = z.object({ ...V2_FIELDS, ...CASEWORK_FIELDS }).strict();
export type SnapshotContent = z.infer<typeof SnapshotContent>;

export const Snapshot = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    version: z.literal(SNAPSHOT_VERSION),
    exportedAt: IsoInstant,
    checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    content: SnapshotContent,
    /** The exporting installation's signature (shared/snapshotSignature.ts); absent in older files. */
    signature: SnapshotSignature.optional(),
  })
  .strict();
export type Snapshot = z.infer<typeof Snapshot>;

export const SnapshotV1 = Snapshot.extend({ version: z.literal(1), content: SnapshotContentV1 }).strict();
export const SnapshotV2 = Snapshot.extend({ version: z.literal(2), content: SnapshotContentV2 }).strict();
export const SnapshotV3 = Snapshot.extend({ version: z.literal(3), content: SnapshotContentV3 }).strict();

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
    $id: 'https://group-ledger.invalid/schemas/snapshot-v4.json',
    title: 'GroupLedger snapshot, format version 4',
    description:
      "The whole registry of one organisation. `checksum` is \"sha256:\" + the hex SHA-256 of the canonical JSON of `content` (object keys sorted, no white space). Events form a hash chain: each event's `hash` is the SHA-256 of its canonical JSON without `hash`, and `prevHash` is the previous event's hash (64 zeros for the first). Version 2 adds `exceptions`, `rules` and `acknowledgements`; version 3 adds `runbooks` (with their groups, the membership snapshot each took at start, and their steps) and `incidents` (with the people involved, escalation steps and actions); version 4 adds `incidentKinds` (the built-in kinds, hidden or not, and the kinds the administrator added; every incident's `kind` is one of them). Files of versions 1 to 3 are still imported, with the lists they lack empty and the built-in kinds. The optional `signature` is the exporting installation's Ed25519 signature (`value`, base64) of the text \"group-ledger-snapshot\\nversion V\\nchecksum C\\nexported T\\n\", with its public key (`publicKey`, DER SPKI, base64) and fingerprint (`key`: the first 32 hex digits of the SHA-256 of the public key in groups of four, as printed on the installation's reports); files without one are unsigned.",
  };
}
