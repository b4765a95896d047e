/** File writes that are on disk before they are reported done: temp file, fsync, rename, fsync dir. */
import { closeSync, fsyncSync, openSync, renameSync, writeSync, mkdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export function writeFileDurable(path: string, data: string | Uint8Array): number {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = openSync(temp, 'w', 0o600);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  renameSync(temp, path);
  syncDirectory(dir);
  return bytes.length;
}

/** Flushes a file already written (by SQLite, say) to the disk. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename or a new file in `dir` durable. */
export function syncDirectory(dir: string): void {
  // Windows cannot open a directory for fsync; its rename is already durable enough.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A file written in pieces that is durable when `finish()` returns: pieces go to a temporary file
 * beside the target (buffered to about 1 MiB per write), `patch` rewrites bytes already written
 * (a checksum known only at the end), then fsync, rename and fsync of the folder.
 */
export class DurableFileWriter {
  private readonly temp: string;
  private readonly fd: number;
  private pending: Uint8Array[] = [];
  private pendingLength = 0;
  private position = 0;
  private done = false;

  constructor(private readonly path: string) {
    const dir = dirname(path);
    mkdirSync(dir, { recursive: true });
    this.temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    this.fd = openSync(this.temp, 'w', 0o600);
  }

  write(text: string): void {
    this.writeBytes(Buffer.from(text, 'utf8'));
  }

  /** Appends bytes already encoded (large pieces go straight to the file). */
  writeBytes(bytes: Uint8Array): void {
    if (bytes.length < 1 << 16) {
      this.pending.push(bytes);
      this.pendingLength += bytes.length;
      if (this.pendingLength >= 1 << 20) this.flush();
      return;
    }
    this.flush();
    this.writeAll(bytes);
  }

  /** Overwrites bytes at `offset` (ASCII text of the same length as what stands there). */
  patch(offset: number, text: string): void {
    this.patchBytes(offset, Buffer.from(text, 'utf8'));
  }

  /** Overwrites bytes at `offset` with as many bytes as stand there (a space kept for them). */
  patchBytes(offset: number, bytes: Uint8Array): void {
    this.flush();
    if (offset + bytes.length > this.position) throw new Error('patch past the end of the file');
    writeSync(this.fd, bytes, 0, bytes.length, offset);
  }

  finish(): number {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.done = true;
    renameSync(this.temp, this.path);
    syncDirectory(dirname(this.path));
    return this.position;
  }

  /** Removes the temporary file after a failure; the target is untouched. */
  abort(): void {
    if (this.done) return;
    this.done = true;
    try {
      closeSync(this.fd);
    } finally {
      unlinkSync(this.temp);
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const bytes = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingLength = 0;
    this.writeAll(bytes);
  }

  private writeAll(bytes: Uint8Array): void {
    let offset = 0;
    while (offset < bytes.length)
      offset += writeSync(this.fd, bytes, offset, bytes.length - offset, this.position + offset);
    this.position += bytes.length;
  }
}
