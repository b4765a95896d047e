/**
 * Signing snapshots with the installation's key (core/signingKey) and telling who signed one.
 * Kept apart from export and import: the signature covers the checksum, so however the content is
 * written or read, only the envelope's `signature` field is added and checked here.
 */
import {
  SnapshotSignature,
  snapshotSignedText,
  type SignatureState,
  type SnapshotSignature as SignatureT,
} from '../../../shared/snapshotSignature';
import { canonicalJson } from '../../../shared/canonical';
import { fingerprintOfBase64, signatureValid, type LedgerKey } from '../../core/signingKey';

export function signSnapshot(key: LedgerKey, s: { version: number; checksum: string; exportedAt: string }): SignatureT {
  return { alg: 'ed25519', key: key.fingerprint, publicKey: key.publicKey, value: key.sign(snapshotSignedText(s)) };
}

/** The `"signature":{…},` piece of a canonical snapshot document (keys sorted, no white space). */
export function signatureMember(signature: SignatureT | null): string {
  return signature ? `"signature":${canonicalJson(signature)},` : '';
}

/**
 * Who signed the snapshot: this installation, another one (its fingerprint), nobody — or the
 * signature does not match the file (content, checksum, version or time changed after signing;
 * or a fingerprint that is not its key's).
 */
export function snapshotSignatureState(
  s: { version: number; checksum: string; exportedAt: string; signature?: unknown },
  own: LedgerKey | null,
): SignatureState {
  if (s.signature === undefined) return { state: 'unsigned' };
  const parsed = SnapshotSignature.safeParse(s.signature);
  if (!parsed.success) return { state: 'altered', fingerprint: '' };
  const sig = parsed.data;
  const fingerprint = fingerprintOfBase64(sig.publicKey);
  if (fingerprint !== sig.key || !signatureValid(snapshotSignedText(s), sig.value, sig.publicKey)) {
    return { state: 'altered', fingerprint: sig.key };
  }
  if (own && own.publicKey === sig.publicKey) return { state: 'this', fingerprint };
  return { state: 'other', fingerprint };
}
