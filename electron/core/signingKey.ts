/**
 * The installation's own signing key (Ed25519, node:crypto). It is made on first use and kept in
 * the data root's `keys/` folder (the app-data folder: the app's user-data folder, or the folder
 * named with --data), readable by the user only (mode 0600). It lives beside the ledgers, never in
 * one: no registry, snapshot or backup holds it. The public key travels in what it signs, with its
 * fingerprint — the first 128 bits of the SHA-256 of the public key, as eight groups of four hex
 * digits — which the director's reports print, so a reader can hold a file against the paper.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileDurable } from './files';
import { LEDGERS_DIR } from './ledgerFolders';

export const KEYS_DIR = 'keys';
export const SIGNING_KEY_FILE = 'ledger-signing-key.pem';

export interface LedgerKey {
  /** "7f3a 91c2 0b4e 55d1 a0c4 3e19 8d2b 6f70" */
  fingerprint: string;
  /** The public key, DER (SPKI), base64. */
  publicKey: string;
  /** The Ed25519 signature of `message`, base64. */
  sign(message: string | Buffer): string;
}

/** The root a data folder belongs to: a folder under `<root>/ledgers/` belongs to that root. */
export function installationRoot(dataDir: string): string {
  return basename(dirname(dataDir)) === LEDGERS_DIR ? dirname(dirname(dataDir)) : dataDir;
}

export function signingKeyPath(root: string): string {
  return join(root, KEYS_DIR, SIGNING_KEY_FILE);
}

export function fingerprintOf(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return hex.match(/.{4}/g)!.join(' ');
}

function keyFrom(privateKey: KeyObject): LedgerKey {
  const der = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  return {
    fingerprint: fingerprintOf(der),
    publicKey: der.toString('base64'),
    sign: (message) => sign(null, Buffer.from(message), privateKey).toString('base64'),
  };
}

const loaded = new Map<string, LedgerKey>();

/** The installation's key, made (and written, mode 0600) the first time it is needed. */
export function installationKey(root: string): LedgerKey {
  const path = signingKeyPath(root);
  const cached = loaded.get(path);
  if (cached && existsSync(path)) return cached;
  let privateKey: KeyObject;
  if (existsSync(path)) {
    privateKey = createPrivateKey(readFileSync(path, 'utf8'));
  } else {
    privateKey = generateKeyPairSync('ed25519').privateKey;
    // writeFileDurable creates its temporary file with mode 0600; the rename keeps it.
    writeFileDurable(path, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    if (process.platform !== 'win32') chmodSync(path, 0o600);
  }
  const key = keyFrom(privateKey);
  loaded.set(path, key);
  return key;
}

/**
 * The installation's key when it has one, else null: read, never made (an installation without a
 * key has signed nothing, and checking a file against it must not create one).
 */
export function existingInstallationKey(root: string): LedgerKey | null {
  return existsSync(signingKeyPath(root)) ? installationKey(root) : null;
}

/** Whether `signature` (base64) is a valid Ed25519 signature of `message` by `publicKey` (DER SPKI, base64). */
export function signatureValid(message: string | Buffer, signature: string, publicKey: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, Buffer.from(message), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** The fingerprint of a public key given as DER (SPKI) base64; null when it is not one. */
export function fingerprintOfBase64(publicKey: string): string | null {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return fingerprintOf(key.export({ type: 'spki', format: 'der' }));
  } catch {
    return null;
  }
}
