/**
 * The history's anchor and one-writer lock (issue 12) beside backups and snapshots: a registry
 * swapped by a backup restore or a snapshot replace opens again (its anchor follows it back), a
 * damaged registry still opens in recovery while its folder stays held, and doctor reports the
 * anchor, the replay, the file and the backups together.
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupEntry, BackupRestoreResult, SnapshotExportResult, SnapshotPreview } from '../../shared/contract';
import { openLedger } from '../../electron/app/ledger';
import { doctorFolder } from '../../electron/capabilities/backups';
import { readSnapshotFile, snapshotSignatureState } from '../../electron/capabilities/snapshots';
import { installationKey } from '../../electron/core/signingKey';
import { memoryPreferences } from '../../electron/core/preferences';
import { registryPath } from '../../electron/core/paths';
import { resetTransactionState } from '../../electron/db/database';
import { readAnchor } from '../../electron/kernel/anchor';
import { chainHead } from '../../electron/kernel/events';
import { cli, fixedClock, tempDir } from './helpers';
import { noDialogs } from './ledger-helpers';

function ledgerOn(dir: string, openPath: string | null = null, savePath: string | null = null) {
  return openLedger({
    dataDir: dir,
    preferences: memoryPreferences(),
    dialogs: noDialogs(savePath, openPath),
    mode: 'browser',
    version: '0.0.0-test',
    clock: fixedClock('2026-11-30T12:00:00.000Z'),
  });
}

async function ok<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** A folder with the youth-union demo, a manual backup, then three units added after it. */
async function folderWithBackupThenChanges() {
  const dir = tempDir('gl-hb-');
  const ledger = ledgerOn(dir);
  await ok(ledger.invoke('org.loadDemo', { kind: 'youth-union', locale: 'vi' }));
  const backup = await ok<BackupEntry>(ledger.invoke('backups.create', undefined));
  for (const name of ['Chi đoàn A', 'Chi đoàn B', 'Chi đoàn C'])
    await ok(ledger.invoke('units.save', { name, parentId: null }));
  const later = chainHead(ledger.db).seq;
  expect(later).toBeGreaterThan(backup.head.seq);
  expect(readAnchor(dir)?.seq).toBe(later);
  return { dir, ledger, backup, later };
}

describe('the anchor follows a registry that was swapped', () => {
  it('a backup restored over the registry: the anchor goes back with it and the folder opens again', async () => {
    const { dir, ledger, backup } = await folderWithBackupThenChanges();
    await ok<BackupRestoreResult>(ledger.invoke('backups.restore', { file: backup.file }));
    expect(readAnchor(dir)).toMatchObject({ seq: backup.head.seq, hash: backup.head.hash });
    ledger.close();
    resetTransactionState();
    const again = ledgerOn(dir);
    expect(again.health.state).toBe('ok');
    expect(chainHead(again.db).seq).toBe(backup.head.seq);
    again.close();
    const report = doctorFolder(dir);
    expect(report.checks.find((c) => c.name === 'anchor')).toMatchObject({ ok: true, finding: 'anchor_ok' });
    expect(report.checks.find((c) => c.name === 'replay')).toMatchObject({ ok: true, finding: 'replay_ok' });
    expect(report.checks.find((c) => c.name === 'file')).toMatchObject({ ok: true, finding: 'file_ok' });
    expect(report.checks.find((c) => c.name === 'backups')).toMatchObject({ ok: true, finding: 'backups_ok' });
    expect(report.ok).toBe(true);
  });

  it('a damaged registry opens in recovery and keeps its folder; the restored one opens again', async () => {
    const { dir, ledger, backup } = await folderWithBackupThenChanges();
    ledger.close();
    resetTransactionState();
    truncateSync(registryPath(dir), 0);

    const recovering = ledgerOn(dir);
    expect(recovering.health).toMatchObject({ state: 'damaged', problem: 'registry_empty' });
    // The folder is held in recovery too: a second window is refused, not shown a second recovery.
    expect(() => ledgerOn(dir)).toThrow(expect.objectContaining({ code: 'ledger_open_elsewhere' }));
    const writing = await cli(['init', '--demo', 'youth-union', '--data', dir, '--json']);
    expect(writing.code).toBe(1);
    expect(JSON.parse(writing.out)).toMatchObject({ ok: false, error: { code: 'ledger_open_elsewhere' } });

    // The restored history ends before the anchor the damaged one had: the anchor follows it.
    await ok<BackupRestoreResult>(recovering.invoke('backups.restore', { file: backup.file }));
    expect(recovering.health.state).toBe('ok');
    expect(chainHead(recovering.db).seq).toBe(backup.head.seq);
    expect(readAnchor(dir)?.seq).toBe(backup.head.seq);
    // Still one writer after the restore reopened the folder.
    expect(() => ledgerOn(dir)).toThrow(expect.objectContaining({ code: 'ledger_open_elsewhere' }));
    recovering.close();
    resetTransactionState();
    const again = ledgerOn(dir);
    expect(again.health.state).toBe('ok');
    again.close();
  });

  it('a snapshot replacing the registry (written by its own connection): the folder opens again', async () => {
    const dir = tempDir('gl-hb-');
    const file = join(tempDir(), 'before.json');
    const ledger = ledgerOn(dir, file, file);
    await ok(ledger.invoke('org.loadDemo', { kind: 'youth-union', locale: 'vi' }));
    const exported = await ok<SnapshotExportResult>(ledger.invoke('snapshot.export', {}));
    expect(exported.signedBy).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);
    for (const name of ['Chi đoàn A', 'Chi đoàn B']) await ok(ledger.invoke('units.save', { name, parentId: null }));
    const preview = await ok<SnapshotPreview>(ledger.invoke('snapshot.inspect', {}));
    expect(preview.signature).toMatchObject({ state: 'this' });
    await ok(ledger.invoke('snapshot.import', { token: preview.token, replace: true }));
    const head = chainHead(ledger.db);
    expect(readAnchor(dir)).toMatchObject({ seq: head.seq, hash: head.hash });
    ledger.close();
    resetTransactionState();
    const again = ledgerOn(dir);
    expect(chainHead(again.db)).toEqual(head);
    again.close();
  });
});

describe('a signed snapshot, encrypted or compressed', () => {
  it('is signed inside: verify opens it and names this ledger; the signature survives both', async () => {
    const dir = tempDir('gl-hb-');
    expect((await cli(['init', '--demo', 'youth-union', '--data', dir])).code).toBe(0);
    const passwordFile = join(dir, 'pw.txt');
    writeFileSync(passwordFile, 'a long enough passphrase 42\n');
    const encrypted = join(dir, 'snap.json.enc');
    const packed = join(dir, 'snap.json.gz');
    const out1 = await cli(['export', 'snapshot', encrypted, '--password-file', passwordFile, '--data', dir]);
    expect(out1.code, out1.err).toBe(0);
    const out2 = await cli(['export', 'snapshot', packed, '--compress', '--format', 'json', '--data', dir]);
    expect(out2.code, out2.err).toBe(0);
    const fingerprint = installationKey(dir).fingerprint;
    const checked = await cli(['verify', encrypted, '--password-file', passwordFile, '--json', '--data', dir]);
    expect(checked.code, checked.err).toBe(0);
    expect(JSON.parse(checked.out)).toMatchObject({
      ok: true,
      encrypted: true,
      signature: { state: 'this', fingerprint },
    });
    const gz = await cli(['verify', packed, '--json', '--data', dir]);
    expect(gz.code, gz.err).toBe(0);
    expect(JSON.parse(gz.out)).toMatchObject({ ok: true, signature: { state: 'this', fingerprint } });
    // The plain document inside is signed: its envelope carries the signature before "version".
    const plain = gunzipSync(readFileSync(packed)).toString('utf8');
    expect(plain).toMatch(/"signature":\{"alg":"ed25519",[^{}]+\},"version":\d+\}\n$/);
    const snapshot = readSnapshotFile(encrypted, { password: 'a long enough passphrase 42' });
    expect(snapshotSignatureState(snapshot, installationKey(dir))).toEqual({ state: 'this', fingerprint });
  });
});
