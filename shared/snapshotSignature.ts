/**
 * A snapshot's signature (issue 12): the Ed25519 signature, by the installation that exported it,
 * of the snapshot's checksum (which covers the whole content), its version and the moment of
 * export, with that installation's public key and fingerprint. Optional: snapshots written before
 * signing, or by hand, have none and still import ("unsigned").
 */
import { z } from 'zod';

export const SnapshotSignature = z
  .object({
    alg: z.literal('ed25519'),
    /** The fingerprint of the public key, as printed on the director's reports. */
    key: z.string().regex(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/),
    /** The public key, DER (SPKI), base64. */
    publicKey: z.string().max(200),
    /** The signature of signedText(…), base64. */
    value: z.string().max(200),
  })
  .strict();
export type SnapshotSignature = z.infer<typeof SnapshotSignature>;

/** What is signed: a text naming the format, the version, the checksum and the moment of export. */
export function snapshotSignedText(s: { version: number; checksum: string; exportedAt: string }): string {
  return `group-ledger-snapshot\nversion ${s.version}\nchecksum ${s.checksum}\nexported ${s.exportedAt}\n`;
}

/** Who signed a file, as `verify` reports it. */
export type SignatureState =
  | { state: 'this'; fingerprint: string }
  | { state: 'other'; fingerprint: string }
  /** No signature, or one that does not match the file: unsigned or altered. */
  | { state: 'unsigned' }
  | { state: 'altered'; fingerprint: string };
