/**
 * Encrypted snapshots (issue 13, point 3): AES-256-GCM under a scrypt key, the parameters in the
 * header. The right password opens the file and the registry imports exactly as from the plain
 * file; a wrong password and a changed byte are two different errors, each worded in zh-CN, vi and
 * en; the password is nowhere in the file; the command line takes it from --password-file.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LedgerError } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n/errors';
import { openDatabase } from '../../electron/db/database';
import {
  ENCRYPTED_MAGIC,
  encryptSnapshotBytes,
  exportSnapshot,
  importSnapshot,
  readEncryptionHeader,
  readSnapshotFile,
} from '../../electron/capabilities/snapshots';
import { cli, smallRegistry, tempDir } from './helpers';
import { errorCode } from './snapshot-helpers';

const PASSWORD = 'Mật khẩu 2026 đúng';

function exported() {
  const { ctx } = smallRegistry();
  const dir = tempDir();
  const plain = join(dir, 'plain.json');
  const encrypted = join(dir, 'ledger.groupledger.enc');
  exportSnapshot(ctx.db, ctx.clock, plain);
  const result = exportSnapshot(ctx.db, ctx.clock, encrypted, { password: PASSWORD });
  return { plain, encrypted, result, dir };
}

function flipByte(path: string, at: (length: number) => number): string {
  const bytes = readFileSync(path);
  const i = at(bytes.length);
  bytes[i] = bytes[i]! ^ 0x01;
  const out = `${path}.changed`;
  writeFileSync(out, bytes);
  return out;
}

describe('encrypted snapshots', () => {
  it('round-trips: the right password gives the same snapshot, which imports into an empty registry', () => {
    const { plain, encrypted, result } = exported();
    const bytes = readFileSync(encrypted);
    expect(bytes.subarray(0, ENCRYPTED_MAGIC.length).toString('latin1')).toBe(ENCRYPTED_MAGIC);
    const { header } = readEncryptionHeader(bytes);
    expect(header).toMatchObject({ cipher: 'aes-256-gcm', kdf: { name: 'scrypt', N: 32768, r: 8, p: 1 } });
    // Nothing of the ledger, nor the password, is readable in the file.
    const text = bytes.toString('utf8');
    expect(readFileSync(plain, 'utf8')).toContain('李伟');
    expect(text).not.toContain('李伟');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(Buffer.from(PASSWORD).toString('base64'));

    const fromPlain = readSnapshotFile(plain);
    const opened = readSnapshotFile(encrypted, { password: PASSWORD });
    expect(opened.checksum).toBe(fromPlain.checksum);
    expect(opened.checksum).toBe(result.checksum);
    expect(opened.content).toEqual(fromPlain.content);

    const target = openDatabase(join(tempDir(), 'registry.sqlite'));
    const counts = importSnapshot(target, opened, {
      actor: 't',
      fileName: 'ledger.groupledger.enc',
      at: '2026-11-21T08:00:00Z',
    });
    expect(counts.people).toBe(fromPlain.content.people.length);
    target.close();
  });

  it('a wrong password, no password and a changed byte are three different errors, in every language', () => {
    const { encrypted } = exported();
    expect(errorCode(() => readSnapshotFile(encrypted, { password: 'not the password' }))).toBe(
      'snapshot_wrong_password',
    );
    expect(errorCode(() => readSnapshotFile(encrypted))).toBe('snapshot_password_required');
    // A byte in the middle of the content, the last byte (the tag) and a byte of the header's IV.
    const middle = flipByte(encrypted, (n) => Math.floor(n / 2));
    const tag = flipByte(encrypted, (n) => n - 1);
    expect(errorCode(() => readSnapshotFile(middle, { password: PASSWORD }))).toBe('snapshot_tampered');
    expect(errorCode(() => readSnapshotFile(tag, { password: PASSWORD }))).toBe('snapshot_tampered');
    const bytes = readFileSync(encrypted);
    const ivAt = bytes.indexOf('"iv":"') + 8;
    // Another base64 letter (a flipped bit could give a character that is not base64 at all, which
    // is a damaged header rather than a changed IV: about one export in nine).
    const iv = `${encrypted}.iv`;
    const changedIv = Buffer.from(bytes);
    changedIv[ivAt] = changedIv[ivAt] === 0x41 ? 0x42 : 0x41;
    writeFileSync(iv, changedIv);
    expect(errorCode(() => readSnapshotFile(iv, { password: PASSWORD }))).toBe('snapshot_tampered');
    // Cut short: the tag is gone.
    writeFileSync(`${encrypted}.cut`, bytes.subarray(0, bytes.length - 40));
    expect(errorCode(() => readSnapshotFile(`${encrypted}.cut`, { password: PASSWORD }))).toBe('snapshot_tampered');

    for (const locale of ['zh-CN', 'vi', 'en'] as const) {
      const wrong = errorMessage(locale, 'snapshot_wrong_password');
      const tampered = errorMessage(locale, 'snapshot_tampered');
      expect(wrong).not.toBe(tampered);
      expect(wrong).not.toMatch(/snapshot_|\{\{/);
      expect(tampered).not.toMatch(/snapshot_|\{\{/);
    }
    expect(errorMessage('vi', 'snapshot_wrong_password')).toContain('Mật khẩu không đúng');
    expect(errorMessage('zh-CN', 'snapshot_tampered')).toContain('被修改或损坏');
  });

  it('streams (version 2: the head holding the checksum sealed apart); version 1 files and packed ones still open', () => {
    const { plain, encrypted, dir } = exported();
    const bytes = readFileSync(encrypted);
    const { header, bodyStart } = readEncryptionHeader(bytes);
    expect(header).toMatchObject({ version: 2, head: 96 });
    const fromPlain = readSnapshotFile(plain);

    // A changed byte in the sealed head (where the checksum is) does not authenticate either.
    const head = flipByte(encrypted, () => bodyStart + 20);
    expect(errorCode(() => readSnapshotFile(head, { password: PASSWORD }))).toBe('snapshot_tampered');
    // Nor the two parts' places exchanged: each part is sealed with its own nonce and number.
    const sealedHead = 96 + 16;
    const swapped = Buffer.concat([
      bytes.subarray(0, bodyStart),
      bytes.subarray(bodyStart + sealedHead, bodyStart + 2 * sealedHead),
      bytes.subarray(bodyStart, bodyStart + sealedHead),
      bytes.subarray(bodyStart + 2 * sealedHead),
    ]);
    writeFileSync(`${encrypted}.swapped`, swapped);
    expect(errorCode(() => readSnapshotFile(`${encrypted}.swapped`, { password: PASSWORD }))).toBe('snapshot_tampered');
    // A version 2 header that does not say how long the sealed head is is refused as a header.
    const noHead = Buffer.from(bytes.toString('latin1').replace(',"head":96', ''), 'latin1');
    writeFileSync(`${encrypted}.nohead`, noHead);
    expect(errorCode(() => readSnapshotFile(`${encrypted}.nohead`, { password: PASSWORD }))).toBe(
      'snapshot_encryption_header',
    );

    // A file of the first version (the whole document sealed in one part) still opens.
    const v1 = join(dir, 'v1.enc');
    writeFileSync(v1, encryptSnapshotBytes(readFileSync(plain), PASSWORD));
    expect(readEncryptionHeader(readFileSync(v1)).header.version).toBe(1);
    expect(readSnapshotFile(v1, { password: PASSWORD }).checksum).toBe(fromPlain.checksum);

    // Compressed and encrypted: the packed document sealed whole, as version 1.
    const { ctx } = smallRegistry();
    const packed = join(dir, 'packed.enc');
    exportSnapshot(ctx.db, ctx.clock, packed, { password: PASSWORD, compress: true });
    expect(readEncryptionHeader(readFileSync(packed)).header.version).toBe(1);
    expect(readSnapshotFile(packed, { password: PASSWORD }).content.people.length).toBe(
      fromPlain.content.people.length,
    );
  });

  it('a header with settings outside what is read is refused before any key is derived', () => {
    const { encrypted } = exported();
    const bytes = readFileSync(encrypted);
    const text = bytes.toString('latin1').replace('"N":32768', '"N":1073741824');
    writeFileSync(`${encrypted}.big`, Buffer.from(text, 'latin1'));
    expect(errorCode(() => readSnapshotFile(`${encrypted}.big`, { password: PASSWORD }))).toBe(
      'snapshot_encryption_header',
    );
  });

  it('a password under 8 characters is refused and no file is written', () => {
    const { ctx } = smallRegistry();
    const dir = tempDir();
    let error: unknown;
    try {
      exportSnapshot(ctx.db, ctx.clock, join(dir, 'weak.enc'), { password: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LedgerError);
    expect((error as LedgerError).code).toBe('snapshot_password_weak');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the command line: --password-file to export, verify and import; a wrong one is refused in Vietnamese', async () => {
    const youth = tempDir();
    const dir = tempDir();
    const file = join(dir, 'doan.enc');
    const right = join(dir, 'right.txt');
    const wrong = join(dir, 'wrong.txt');
    writeFileSync(right, `${PASSWORD}\n`);
    writeFileSync(wrong, 'mật khẩu sai hoàn toàn\n');
    expect((await cli(['init', '--demo', 'youth-union', '--locale', 'vi', '--data', youth])).code).toBe(0);
    expect((await cli(['export', 'snapshot', file, '--password-file', right, '--data', youth])).code).toBe(0);
    expect(readFileSync(file).subarray(0, ENCRYPTED_MAGIC.length).toString('latin1')).toBe(ENCRYPTED_MAGIC);

    // No terminal to ask at and no password file: the password is asked for, nothing is read.
    const none = await cli(['verify', file], { LANG: 'vi_VN.UTF-8' });
    expect(none.code).not.toBe(0);
    expect(none.err).toContain('Bản chụp này đã được mã hóa');

    const refused = await cli(['import', 'snapshot', file, '--password-file', wrong, '--data', join(dir, 'new')], {
      LANG: 'vi_VN.UTF-8',
    });
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('Mật khẩu không đúng');
    expect(existsSync(join(dir, 'new', 'registry.sqlite'))).toBe(false);

    const verified = await cli(['verify', file, '--password-file', right, '--json']);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.out)).toMatchObject({ ok: true, encrypted: true });
    const imported = await cli(['import', 'snapshot', file, '--password-file', right, '--data', join(dir, 'new')]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('74 people');
  });
});
