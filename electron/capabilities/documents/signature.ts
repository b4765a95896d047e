/**
 * A report PDF signed with the installation's key. The signature is a PDF comment line after the
 * file's end (`%GroupLedger-Signature ed25519 <public key> <signature>`), which PDF readers skip;
 * it signs the SHA-256 of every byte before it. Each page's foot prints the key's fingerprint, so
 * the paper names the ledger that a file must verify against.
 */
import { createHash } from 'node:crypto';
import type { SignatureState } from '../../../shared/snapshotSignature';
import { fingerprintOfBase64, signatureValid, type LedgerKey } from '../../core/signingKey';

const MARK = '\n%GroupLedger-Signature ed25519 ';

function signedText(body: Buffer): string {
  return `group-ledger-pdf\nsha256 ${createHash('sha256').update(body).digest('hex')}\n`;
}

export function signPdf(bytes: Buffer, key: LedgerKey): Buffer {
  const trailer = `${MARK}${key.publicKey} ${key.sign(signedText(bytes))}\n`;
  return Buffer.concat([bytes, Buffer.from(trailer, 'latin1')]);
}

export function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

/** Who signed a PDF report: this ledger, another one, nobody — or it changed after signing. */
export function pdfSignatureState(bytes: Buffer, own: LedgerKey | null): SignatureState {
  const at = bytes.lastIndexOf(MARK, undefined, 'latin1');
  if (at < 0) return { state: 'unsigned' };
  const line = bytes
    .subarray(at + MARK.length)
    .toString('latin1')
    .trimEnd();
  const [publicKey = '', value = '', ...rest] = line.split(' ');
  const fingerprint = fingerprintOfBase64(publicKey);
  if (rest.length || !fingerprint || !signatureValid(signedText(bytes.subarray(0, at)), value, publicKey)) {
    return { state: 'altered', fingerprint: fingerprint ?? '' };
  }
  if (own && own.publicKey === publicKey) return { state: 'this', fingerprint };
  return { state: 'other', fingerprint };
}
