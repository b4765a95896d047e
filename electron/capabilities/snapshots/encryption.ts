/**
 * Encrypted snapshots (docs/snapshot-encryption.md): the plain snapshot file, byte for byte,
 * encrypted with AES-256-GCM under a key derived from the password with scrypt. The file starts
 * with a magic line and a one-line JSON header holding the scrypt parameters, the salt, the IV and
 * a password check value; both lines are authenticated with the content (GCM additional data).
 * Version 2 (written since 2026-12) seals the file's first bytes — the snapshot's checksum, known
 * only once the whole content has been hashed — apart from the rest, so the export encrypts and
 * writes the content as it streams instead of holding 150 MB until the end. Version 1 files (one
 * sealed part) are still read.
 *
 * The check value is a second, independent part of the scrypt output: a wrong password is told by
 * it before any decryption, so "wrong password" and "the file was changed" are separate errors.
 * The password itself is never written anywhere.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { LedgerError } from '../../../shared/errors';

export const ENCRYPTED_MAGIC = 'GROUPLEDGER-ENCRYPTED-SNAPSHOT\n';
const MAGIC_BYTES = Buffer.from(ENCRYPTED_MAGIC, 'ascii');
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 1024;
/** The shortest password accepted when a snapshot is encrypted. */
export const MIN_PASSWORD_LENGTH = 8;

/**
 * scrypt's cost for new files: N = 2^15, r = 8, p = 1 (32 MiB, about 0.1 s on an office PC). Files
 * record their own parameters, so a later build may raise them and still read these files.
 */
export const DEFAULT_SCRYPT = { N: 1 << 15, r: 8, p: 1 } as const;

const b64 = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .refine((s) => Buffer.from(s, 'base64').length === bytes, `${bytes} bytes`);

/** The header line. Readers accept parameters up to 1 GiB of scrypt memory; anything else is refused. */
export const EncryptionHeader = z
  .object({
    version: z.union([z.literal(1), z.literal(2)]),
    cipher: z.literal('aes-256-gcm'),
    kdf: z
      .object({
        name: z.literal('scrypt'),
        N: z
          .number()
          .int()
          .min(1 << 14)
          .max(1 << 20)
          .refine((n) => (n & (n - 1)) === 0, 'a power of two'),
        r: z.number().int().min(1).max(32),
        p: z.number().int().min(1).max(16),
        salt: b64(16),
      })
      .strict()
      .refine((k) => 128 * k.N * k.r <= 1 << 30, 'scrypt memory over 1 GiB'),
    iv: b64(12),
    check: b64(16),
    /** Version 2: how many bytes of the plain file the first sealed part holds. */
    head: z.number().int().min(1).max(4096).optional(),
  })
  .strict()
  .refine((h) => (h.version === 2) === (h.head !== undefined), 'head: given with version 2 only');
export type EncryptionHeader = z.infer<typeof EncryptionHeader>;

export function isEncryptedSnapshot(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC_BYTES.length && MAGIC_BYTES.equals(bytes.subarray(0, MAGIC_BYTES.length));
}

function deriveKeys(password: string, kdf: EncryptionHeader['kdf']): { key: Buffer; check: Buffer } {
  const out = scryptSync(password.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 48, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 128 * kdf.N * kdf.r + (16 << 20),
  });
  return { key: out.subarray(0, 32), check: out.subarray(32, 48) };
}

export function checkNewPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new LedgerError('snapshot_password_weak', { min: MIN_PASSWORD_LENGTH });
  }
}

/**
 * A new file's key, IV and magic + header lines: a fresh salt and IV, the key and the password
 * check value from scrypt (the password is checked for length first).
 */
/** A new file's key and password check, derived from the password with a new salt. */
export interface NewFileKeys {
  kdf: EncryptionHeader['kdf'];
  key: Buffer;
  check: Buffer;
}

/**
 * The same derivation as a new file's, on a thread of libuv's pool: started before other work (a
 * snapshot's copy of the registry), its 0.1–0.2 s of scrypt run meanwhile. A password too short is
 * refused at once.
 */
export function deriveNewFileKeys(password: string, params = DEFAULT_SCRYPT): Promise<NewFileKeys> {
  checkNewPassword(password);
  const kdf = { name: 'scrypt' as const, ...params, salt: randomBytes(16).toString('base64') };
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFC'),
      Buffer.from(kdf.salt, 'base64'),
      48,
      { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 128 * kdf.N * kdf.r + (16 << 20) },
      (error, out) => (error ? reject(error) : resolve({ kdf, key: out.subarray(0, 32), check: out.subarray(32, 48) })),
    ),
  );
}

function newFileKeys(
  password: string | NewFileKeys,
  params: { N: number; r: number; p: number },
  layout: { version: 1 } | { version: 2; head: number },
): { key: Buffer; iv: Buffer; head: Buffer } {
  let kdf: EncryptionHeader['kdf'];
  let key: Buffer;
  let check: Buffer;
  if (typeof password === 'string') {
    checkNewPassword(password);
    kdf = { name: 'scrypt' as const, ...params, salt: randomBytes(16).toString('base64') };
    ({ key, check } = deriveKeys(password, kdf));
  } else ({ kdf, key, check } = password);
  const iv = randomBytes(12);
  const header: EncryptionHeader = {
    version: layout.version,
    cipher: 'aes-256-gcm',
    kdf,
    iv: iv.toString('base64'),
    check: check.toString('base64'),
    ...(layout.version === 2 ? { head: layout.head } : {}),
  };
  return { key, iv, head: Buffer.concat([MAGIC_BYTES, Buffer.from(`${JSON.stringify(header)}\n`, 'utf8')]) };
}

/** Encrypts a stream of chunks: `head` first, then each `update`, then `final` (the tag). */
export class SnapshotEncryptor {
  readonly head: Buffer;
  private readonly cipher;

  constructor(password: string, params: { N: number; r: number; p: number } = DEFAULT_SCRYPT) {
    const { key, iv, head } = newFileKeys(password, params, { version: 1 });
    this.head = head;
    this.cipher = createCipheriv('aes-256-gcm', key, iv);
    this.cipher.setAAD(this.head);
  }

  update(chunk: Uint8Array): Buffer {
    return this.cipher.update(chunk);
  }

  final(): Buffer {
    const rest = this.cipher.final();
    return Buffer.concat([rest, this.cipher.getAuthTag()]);
  }
}

/** The nonce of a version 2 part: the header's IV, its last byte changed for the second part. */
function partIv(iv: Buffer, part: 0 | 1): Buffer {
  const out = Buffer.from(iv);
  out[11] = out[11]! ^ part;
  return out;
}

/** The additional data of a version 2 part: the magic and header lines, then the part's number. */
function partAad(head: Buffer, part: 0 | 1): Buffer {
  return Buffer.concat([head, Buffer.from([part])]);
}

/**
 * Version 2, streamed: `head` is written first, then a space of `sealedHeadBytes` for the first
 * part, then each `update` of the rest of the file as it comes and `final`; `sealHead` gives the
 * first part once the plain file's first `headBytes` bytes are known, written into that space.
 */
export class StreamingSnapshotEncryptor {
  readonly head: Buffer;
  readonly sealedHeadBytes: number;
  private readonly key: Buffer;
  private readonly iv: Buffer;
  private readonly cipher;

  /** `password`, or the keys derived from it beforehand (deriveNewFileKeys). */
  constructor(
    password: string | NewFileKeys,
    readonly headBytes: number,
    params: { N: number; r: number; p: number } = DEFAULT_SCRYPT,
  ) {
    const { key, iv, head } = newFileKeys(password, params, { version: 2, head: headBytes });
    this.key = key;
    this.iv = iv;
    this.head = head;
    this.sealedHeadBytes = headBytes + TAG_BYTES;
    this.cipher = createCipheriv('aes-256-gcm', key, partIv(this.iv, 1));
    this.cipher.setAAD(partAad(this.head, 1));
  }

  update(chunk: Uint8Array): Buffer {
    return this.cipher.update(chunk);
  }

  final(): Buffer {
    const rest = this.cipher.final();
    return Buffer.concat([rest, this.cipher.getAuthTag()]);
  }

  /** The first part, sealed: exactly `sealedHeadBytes` bytes. */
  sealHead(plain: Uint8Array): Buffer {
    if (plain.length !== this.headBytes) throw new Error(`the sealed head is ${this.headBytes} bytes`);
    const cipher = createCipheriv('aes-256-gcm', this.key, partIv(this.iv, 0));
    cipher.setAAD(partAad(this.head, 0));
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  }
}

/** Encrypts a whole plain snapshot as a version 1 file (tests, small files). */
export function encryptSnapshotBytes(plain: Uint8Array, password: string, params = DEFAULT_SCRYPT): Buffer {
  const enc = new SnapshotEncryptor(password, params);
  return Buffer.concat([enc.head, enc.update(plain), enc.final()]);
}

/** The header of an encrypted file, or the error naming what is wrong with it. */
export function readEncryptionHeader(bytes: Uint8Array): { header: EncryptionHeader; bodyStart: number } {
  const start = MAGIC_BYTES.length;
  const end = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0x0a, start);
  if (end < 0 || end - start > MAX_HEADER_BYTES) {
    throw new LedgerError('snapshot_encryption_header', { detail: 'no header line' });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(bytes.subarray(start, end)).toString('utf8'));
  } catch {
    throw new LedgerError('snapshot_encryption_header', { detail: 'header is not JSON' });
  }
  const parsed = EncryptionHeader.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LedgerError('snapshot_encryption_header', {
      detail: `${issue?.path.join('.') || 'header'}: ${issue?.message ?? ''}`.slice(0, 200),
    });
  }
  return { header: parsed.data, bodyStart: end + 1 };
}

/**
 * Decrypts an encrypted snapshot file to the plain snapshot's bytes. Throws
 * snapshot_password_required (none given), snapshot_wrong_password (the check value differs) or
 * snapshot_tampered (the right password, but the content or header does not authenticate).
 */
export function decryptSnapshotBytes(bytes: Uint8Array, password: string | undefined): Buffer {
  const { header, bodyStart } = readEncryptionHeader(bytes);
  if (password === undefined || password === '') throw new LedgerError('snapshot_password_required');
  const { key, check } = deriveKeys(password, header.kdf);
  if (!timingSafeEqual(check, Buffer.from(header.check, 'base64'))) throw new LedgerError('snapshot_wrong_password');
  const iv = Buffer.from(header.iv, 'base64');
  const head = bytes.subarray(0, bodyStart);
  if (header.version === 1) return openPart(key, iv, head, bytes.subarray(bodyStart));
  // Version 2: the sealed head of the plain file, then the rest, each with its own tag.
  const sealedHead = header.head! + TAG_BYTES;
  if (bytes.length - bodyStart < sealedHead + TAG_BYTES) throw new LedgerError('snapshot_tampered');
  const first = openPart(
    key,
    partIv(iv, 0),
    partAad(Buffer.from(head), 0),
    bytes.subarray(bodyStart, bodyStart + sealedHead),
  );
  const rest = openPart(key, partIv(iv, 1), partAad(Buffer.from(head), 1), bytes.subarray(bodyStart + sealedHead));
  return Buffer.concat([first, rest]);
}

/** What an encrypted file opened piece by piece gives (openEncryptedParts). */
export interface EncryptedParts {
  /** The first sealed part, opened and authenticated: the plain file's first bytes. */
  plainHead: Buffer;
  /** Where the rest's ciphertext is in the file (its tag follows it). */
  restStart: number;
  restEnd: number;
  /** The plaintext of the next piece of the rest's ciphertext. */
  update(chunk: Uint8Array): Buffer;
  /** After the last piece: snapshot_tampered when the rest does not authenticate. */
  finish(): void;
}

/**
 * Opens an encrypted file of version 2 piece by piece, so 150 MB are never held whole: `first` is
 * the file's first bytes (its header line and sealed head: 8 KB is enough), `lastTag` its last 16
 * bytes. The password is checked and the head opened and authenticated here; the caller feeds the
 * rest's ciphertext to `update` and ends with `finish`, and uses nothing decrypted before that.
 * Null for a version 1 file, which is opened whole (decryptSnapshotBytes).
 */
export function openEncryptedParts(
  first: Uint8Array,
  fileSize: number,
  password: string | undefined,
  lastTag: Uint8Array,
): EncryptedParts | null {
  const { header, bodyStart } = readEncryptionHeader(first);
  if (header.version !== 2) return null;
  if (password === undefined || password === '') throw new LedgerError('snapshot_password_required');
  const { key, check } = deriveKeys(password, header.kdf);
  if (!timingSafeEqual(check, Buffer.from(header.check, 'base64'))) throw new LedgerError('snapshot_wrong_password');
  const iv = Buffer.from(header.iv, 'base64');
  const head = Buffer.from(first.subarray(0, bodyStart));
  const sealedHead = header.head! + TAG_BYTES;
  if (fileSize - bodyStart < sealedHead + TAG_BYTES || first.length < bodyStart + sealedHead) {
    throw new LedgerError('snapshot_tampered');
  }
  const plainHead = openPart(key, partIv(iv, 0), partAad(head, 0), first.subarray(bodyStart, bodyStart + sealedHead));
  const decipher = createDecipheriv('aes-256-gcm', key, partIv(iv, 1));
  decipher.setAAD(partAad(head, 1));
  decipher.setAuthTag(lastTag);
  return {
    plainHead,
    restStart: bodyStart + sealedHead,
    restEnd: fileSize - TAG_BYTES,
    update: (chunk) => decipher.update(chunk),
    finish: () => {
      try {
        decipher.final();
      } catch {
        throw new LedgerError('snapshot_tampered');
      }
    },
  };
}

/** Decrypts one sealed part (ciphertext then its 16-byte tag); snapshot_tampered if it does not authenticate. */
function openPart(key: Buffer, iv: Buffer, aad: Uint8Array, sealed: Uint8Array): Buffer {
  if (sealed.length < TAG_BYTES) throw new LedgerError('snapshot_tampered');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    const plain = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
    decipher.final();
    return plain;
  } catch {
    throw new LedgerError('snapshot_tampered');
  }
}
