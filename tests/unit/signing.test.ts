/**
 * Each installation signs what it hands out: snapshots and report PDFs carry an Ed25519 signature
 * and the key's fingerprint, and `verify` says who signed — this ledger, another, or unsigned or
 * altered. A forged snapshot, its history edited and re-hashed and its checksum recomputed, is not
 * "signed by this ledger".
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentChecksum } from '../../electron/capabilities/snapshots';
import { installationKey, signingKeyPath } from '../../electron/core/signingKey';
import { rechain } from './snapshot-helpers';
import type { LedgerEvent } from '../../shared/domain';
import { cli, fixedClock, pdfText, tempDir } from './helpers';
import { openLedger } from '../../electron/app/ledger';
import { memoryPreferences } from '../../electron/core/preferences';
import { noDialogs } from './ledger-helpers';

async function exported(): Promise<{ dir: string; file: string; fingerprint: string }> {
  const dir = tempDir('gl-sign-');
  expect((await cli(['init', '--demo', 'youth-union', '--data', dir])).code).toBe(0);
  const file = join(dir, 'snap.json');
  const out = await cli(['export', 'snapshot', file, '--format', 'json', '--data', dir]);
  expect(out.code, out.err).toBe(0);
  return { dir, file, fingerprint: installationKey(dir).fingerprint };
}

/** The forger's tools: edit an event, re-hash the chain from there, recompute the checksum. */
function forge(file: string, edit: (doc: { content: { events: LedgerEvent[] } }) => void): Record<string, unknown> {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { content: { events: LedgerEvent[] }; checksum: string };
  edit(doc);
  rechain(doc.content.events);
  doc.checksum = contentChecksum(doc.content);
  return doc as unknown as Record<string, unknown>;
}

describe('signed snapshots', () => {
  it('are signed by this ledger; the key is the user’s alone and in no snapshot', async () => {
    const { dir, file, fingerprint } = await exported();
    const verified = await cli(['verify', file, '--data', dir]);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain(`Signed by this ledger (key ${fingerprint}).`);
    const zh = await cli(['verify', file, '--data', dir, '--lang', 'zh-CN']);
    expect(zh.out).toContain(`由本台账签名（密钥 ${fingerprint}）`);
    if (process.platform !== 'win32') expect(statSync(signingKeyPath(dir)).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('PRIVATE KEY');
    expect(text).not.toContain(readFileSync(signingKeyPath(dir), 'utf8').split('\n')[1]);
    // Another installation reads it as signed by this ledger's key, not its own.
    const other = tempDir('gl-sign-other-');
    installationKey(other);
    const elsewhere = await cli(['verify', file, '--data', other, '--lang', 'vi']);
    expect(elsewhere.code).toBe(0);
    expect(elsewhere.out).toContain(`Được ký bởi sổ ${fingerprint} — không phải sổ này.`);
  });

  it('a forged snapshot — history edited and re-hashed, checksum recomputed — is reported altered, and never as this ledger’s', async () => {
    const { dir, file } = await exported();
    const forged = forge(file, (doc) => {
      const created = doc.content.events.find((e) => e.kind === 'person.created')!;
      (created.after as { name: string }).name = 'Kẻ Giả Mạo';
    });
    // The forger keeps the signature: it no longer matches.
    const kept = join(dir, 'forged-kept.json');
    writeFileSync(kept, JSON.stringify(forged));
    const one = await cli(['verify', kept, '--data', dir, '--json']);
    expect(one.code).toBe(1);
    expect(JSON.parse(one.out)).toMatchObject({ ok: false, signature: { state: 'altered' } });
    const said = await cli(['verify', kept, '--data', dir]);
    expect(said.out).toContain('Unsigned or altered: the signature does not match this file');
    expect(said.out).not.toContain('Signed by this ledger');
    // …or drops it: unsigned or altered.
    const { signature: _s, ...stripped } = forged;
    const dropped = join(dir, 'forged-dropped.json');
    writeFileSync(dropped, JSON.stringify(stripped));
    const two = await cli(['verify', dropped, '--data', dir]);
    expect(two.out).toContain('Unsigned or altered: the file carries no signature.');
    expect(two.out).not.toContain('Signed by this ledger');
  });

  it('an older unsigned snapshot still imports, and says it is unsigned; the window’s preview says who signed', async () => {
    const { file } = await exported();
    const { signature: _s, ...unsigned } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const old = join(tempDir(), 'old.json');
    writeFileSync(old, JSON.stringify(unsigned));
    const target = tempDir();
    const imported = await cli(['import', 'snapshot', old, '--data', target]);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toContain('Unsigned or altered: the file carries no signature.');

    // The window: another's export previews by its fingerprint, an unsigned one as unsigned, its own as this ledger's.
    const dir = tempDir();
    const ownFile = join(dir, 'own.json');
    const ledger = openLedger({
      dataDir: dir,
      preferences: memoryPreferences(),
      dialogs: noDialogs(ownFile),
      mode: 'electron',
      version: '0.0.0-test',
      clock: fixedClock('2026-11-30T08:00:00.000Z'),
    });
    const data = (path: string) => readFileSync(path).toString('base64');
    const foreign = await ledger.invoke('snapshot.upload', { fileName: 'snap.json', data: data(file) });
    expect(foreign).toMatchObject({ ok: true, value: { signature: { state: 'other' } } });
    const preview = await ledger.invoke('snapshot.upload', { fileName: 'old.json', data: data(old) });
    expect(preview).toMatchObject({ ok: true, value: { signature: { state: 'unsigned' } } });
    const token = (preview as { value: { token: string } }).value.token;
    expect(await ledger.invoke('snapshot.import', { token, replace: false })).toMatchObject({ ok: true });
    expect(await ledger.invoke('snapshot.export', undefined)).toMatchObject({
      ok: true,
      value: { signedBy: installationKey(dir).fingerprint },
    });
    const mine = await ledger.invoke('snapshot.upload', { fileName: 'own.json', data: data(ownFile) });
    expect(mine).toMatchObject({
      ok: true,
      value: { signature: { state: 'this', fingerprint: installationKey(dir).fingerprint } },
    });
    ledger.close();
  });
});

describe('signed report PDFs', () => {
  it('print the key’s fingerprint at the foot and verify as this ledger’s; one changed byte makes them altered', async () => {
    const dir = tempDir('gl-sign-pdf-');
    expect((await cli(['init', '--demo', 'county-bureau', '--data', dir])).code).toBe(0);
    const pdf = join(dir, 'incidents.pdf');
    const written = await cli(['incident', 'report', '--since', '2020-01-01', '--pdf', pdf, '--data', dir]);
    expect(written.code, written.err).toBe(0);
    const fingerprint = installationKey(dir).fingerprint;
    expect(pdfText(pdf)).toContain(`Ledger key ${fingerprint}`);
    const ok = await cli(['verify', pdf, '--data', dir]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`Signed by this ledger (key ${fingerprint}).`);
    const bytes = readFileSync(pdf);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0x01;
    const changed = join(dir, 'changed.pdf');
    writeFileSync(changed, bytes);
    const bad = await cli(['verify', changed, '--data', dir, '--lang', 'zh-CN']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('未签名或已被改动');
  });
});
