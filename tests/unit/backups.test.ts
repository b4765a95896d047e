/**
 * Backups and opening safely: a table of damaged registries (each gives its finding, nothing is
 * reset or overwritten, restore from a backup works), backups taken, verified and listed with
 * their manifests, the retention policy on a fixed clock, and the command line.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION,
  type BackupEntry,
  type BackupReason,
  type BackupRestoreResult,
  type RegistryHealth,
} from '../../shared/contract';
import { openLedger } from '../../electron/app/ledger';
import {
  backupsToRemove,
  doctorFolder,
  heldRegistry,
  inspectRegistry,
  listBackups,
  openRegistry,
  pruneBackups,
  takeBackup,
} from '../../electron/capabilities/backups';
import { renameOrganisation } from '../../electron/capabilities/organisation';
import { backupsDir } from '../../electron/capabilities/snapshots';
import { memoryPreferences } from '../../electron/core/preferences';
import { registryPath } from '../../electron/core/paths';
import { migrate, openDatabase, resetTransactionState } from '../../electron/db/database';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/db/migrations';
import { chainHead } from '../../electron/kernel/events';
import { keepAnchor, writeAnchor } from '../../electron/kernel/anchor';
import { getOrganisation } from '../../electron/kernel/records';
import { loadDemo } from '../../electron/seeds/demo';
import { cli, fixedClock, tempDir } from './helpers';
import { noDialogs } from './ledger-helpers';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A data folder with the youth-union demo, one verified backup, then three more changes after it. */
async function folderWithBackup() {
  const dir = tempDir('gl-backups-');
  const clock = fixedClock('2026-11-30T08:00:00.000Z');
  const db = openDatabase(registryPath(dir));
  const ctx = { db, clock, actor: 'tester' };
  const organisation = loadDemo(ctx, 'youth-union', 'vi').name;
  const backup = await takeBackup(db, dir, clock, 'manual', DEFAULT_RETENTION);
  clock.set('2026-11-30T10:00:00.000Z');
  for (const name of ['A', 'B', 'C']) renameOrganisation(ctx, `Đoàn ${name}`);
  const headAfter = chainHead(db).seq;
  db.close();
  resetTransactionState();
  return { dir, clock, backup, headAfter, organisation };
}

function ledgerOn(dir: string, dailyBackupDelayMs?: number) {
  return openLedger({
    dataDir: dir,
    preferences: memoryPreferences(),
    dialogs: noDialogs(),
    mode: 'browser',
    version: '0.0.0-test',
    clock: fixedClock('2026-11-30T12:00:00.000Z'),
    dailyBackupDelayMs,
  });
}

const overwritePages = (path: string) => {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  for (let page = 2; page * pageSize < bytes.length; page += 3)
    bytes.fill(0xab, page * pageSize, (page + 1) * pageSize);
  writeFileSync(path, bytes);
};

interface Case {
  name: string;
  damage(path: string): void;
  finding: RegistryHealth['problem'];
  state: 'damaged' | 'unavailable';
}

const DAMAGED: Case[] = [
  { name: '0 bytes', damage: (p) => truncateSync(p, 0), finding: 'registry_empty', state: 'damaged' },
  {
    name: 'truncated',
    damage: (p) => truncateSync(p, Math.floor(statSync(p).size / 2) + 100),
    finding: 'registry_truncated',
    state: 'damaged',
  },
  {
    name: 'garbage',
    damage: (p) => writeFileSync(p, Buffer.alloc(statSync(p).size, 'garbage!')),
    finding: 'registry_header',
    state: 'damaged',
  },
  { name: 'random pages overwritten', damage: overwritePages, finding: 'registry_corrupt', state: 'damaged' },
  {
    name: 'zeroed header',
    damage: (p) => {
      const bytes = readFileSync(p);
      bytes.fill(0, 0, 100);
      writeFileSync(p, bytes);
    },
    finding: 'registry_header',
    state: 'damaged',
  },
  { name: 'missing', damage: (p) => rmSync(p), finding: 'registry_missing', state: 'damaged' },
];

describe('a damaged registry', () => {
  it.each(DAMAGED)('$name: reported as $finding, never reset, restored from the newest backup', async (c) => {
    const { dir, backup, organisation } = await folderWithBackup();
    const path = registryPath(dir);
    c.damage(path);
    const before = existsSync(path) ? sha(path) : null;

    // The check and doctor find it, say what it is, and change nothing.
    expect(inspectRegistry(path, { hasBackups: true })).toMatchObject({ state: c.state, problem: c.finding });
    const report = doctorFolder(dir);
    expect(report.ok).toBe(false);
    expect(report.checks[0]).toMatchObject({ name: 'file', ok: false, finding: c.finding });
    const json = await cli(['doctor', '--json', '--data', dir]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).checks[0].finding).toBe(c.finding);
    // Any other command says what is wrong: not an internal error, not a new registry.
    const members = await cli(['search', 'Nguyễn', '--data', dir]);
    expect(members.code).toBe(1);
    expect(members.err).toMatch(/cannot be used/);
    expect(members.err).not.toMatch(/internal|Something went wrong/i);

    // The app opens in recovery: the registry is not answered, nothing is written.
    const ledger = ledgerOn(dir);
    // Pages overwritten inside are found by the full check, which runs once the folder is open.
    await ledger.settled;
    expect(ledger.health).toMatchObject({ state: c.state, problem: c.finding });
    const org = await ledger.invoke('org.get', undefined);
    expect(org).toMatchObject({ ok: false, error: { code: 'registry_damaged' } });
    const health = await ledger.invoke('registry.health', undefined);
    expect(health).toMatchObject({ ok: true, value: { problem: c.finding, newestBackup: { file: backup.file } } });
    expect(existsSync(path) ? sha(path) : null).toBe(before);

    // Restoring the newest backup: the damaged file is moved aside intact, the ledger is back.
    const restored = (await ledger.invoke('backups.restore', { file: backup.file })) as {
      ok: true;
      value: BackupRestoreResult;
    };
    expect(restored.ok).toBe(true);
    if (before) {
      expect(restored.value.movedAside).toMatch(/registry\.damaged-\d{8}-\d{6}\.sqlite$/);
      expect(sha(restored.value.movedAside!)).toBe(before);
    }
    expect(ledger.health.state).toBe('ok');
    const now = await ledger.invoke('org.get', undefined);
    expect(now).toMatchObject({ ok: true, value: { name: organisation } });
    expect(chainHead(ledger.db).seq).toBe(backup.head.seq);
    ledger.close();
    resetTransactionState();
    expect(doctorFolder(dir).ok).toBe(true);
  });

  it('read-only folder: reported, left alone, and usable again once writable', async () => {
    const { dir } = await folderWithBackup();
    const path = registryPath(dir);
    const before = sha(path);
    const root = process.getuid?.() === 0;
    // root ignores permission bits: the folder is made immutable instead (chattr), as a read-only mount would be.
    const lock = (on: boolean) => {
      if (root) {
        const r = spawnSync('chattr', [on ? '+i' : '-i', dir]);
        if (r.status !== 0) throw new Error(`chattr failed: ${r.stderr}`);
      } else chmodSync(dir, on ? 0o555 : 0o755);
    };
    lock(true);
    try {
      expect(inspectRegistry(path, { hasBackups: true })).toMatchObject({
        state: 'unavailable',
        problem: 'registry_read_only',
      });
      expect(doctorFolder(dir).checks[0]).toMatchObject({ finding: 'registry_read_only' });
      const ledger = ledgerOn(dir);
      expect(ledger.health.problem).toBe('registry_read_only');
      const refused = await ledger.invoke('backups.restore', { file: listBackups(dir)[0]!.file });
      expect(refused).toMatchObject({ ok: false, error: { code: 'registry_damaged' } });
      ledger.close();
    } finally {
      lock(false);
    }
    expect(sha(path)).toBe(before);
    const ledger = ledgerOn(dir);
    expect(ledger.health.state).toBe('ok');
    ledger.close();
  });

  it('locked by another connection: reported as locked, never moved aside', async () => {
    const { dir } = await folderWithBackup();
    const path = registryPath(dir);
    const holder = new DatabaseSync(path);
    holder.exec('PRAGMA locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      expect(inspectRegistry(path, { hasBackups: true, busyTimeoutMs: 50 })).toMatchObject({
        state: 'unavailable',
        problem: 'registry_locked',
      });
      expect(doctorFolder(dir, { busyTimeoutMs: 50 }).checks[0]).toMatchObject({ finding: 'registry_locked' });
    } finally {
      holder.exec('COMMIT');
      holder.close();
    }
    expect(existsSync(path)).toBe(true);
    expect(readdirSync(dir).some((n) => n.includes('damaged'))).toBe(false);
    expect(inspectRegistry(path, { hasBackups: true }).state).toBe('ok');
  });

  it.each(['tail lost', 'history replaced'] as const)(
    'a whole file whose history does not match its anchor (%s): found at open, left alone, restored from the newest backup',
    async (kind) => {
      const dir = tempDir('gl-backups-');
      const clock = fixedClock('2026-11-30T08:00:00.000Z');
      const db = openDatabase(registryPath(dir));
      // As the app writes: the history's last entry recorded beside the registry after each commit.
      const stop = keepAnchor(db, dir);
      const ctx = { db, clock, actor: 'tester' };
      const organisation = loadDemo(ctx, 'youth-union', 'vi').name;
      const backup = await takeBackup(db, dir, clock, 'manual', DEFAULT_RETENTION);
      const older = join(tempDir('gl-older-'), 'registry.sqlite');
      db.prepare('VACUUM INTO ?').run(older);
      clock.set('2026-11-30T10:00:00.000Z');
      for (const name of ['A', 'B', 'C']) renameOrganisation(ctx, `Đoàn ${name}`);
      const head = chainHead(db).seq;
      stop();
      db.close();
      resetTransactionState();
      const path = registryPath(dir);
      if (kind === 'tail lost') {
        // An older copy of the file put back (or the file copied without its -wal): three changes gone.
        for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
        writeFileSync(path, readFileSync(older));
      } else {
        writeAnchor(dir, { seq: head, hash: 'f'.repeat(64) });
      }
      const before = sha(path);
      const finding = kind === 'tail lost' ? 'chain_tail_lost' : 'chain_anchor_mismatch';

      // The app opens in recovery and says what is missing; the registry is not written to.
      const ledger = ledgerOn(dir);
      await ledger.settled;
      expect(ledger.health).toMatchObject({
        state: 'damaged',
        problem: finding,
        params: kind === 'tail lost' ? { found: head - 3, anchored: head, missing: 3 } : { seq: head },
      });
      const org = (await ledger.invoke('org.get', undefined)) as {
        ok: false;
        error: { code: string; message: string };
      };
      expect(org).toMatchObject({ ok: false, error: { code: 'registry_damaged' } });
      expect(org.error.message).toMatch(kind === 'tail lost' ? /3/ : new RegExp(String(head)));
      expect(org.error.message).not.toMatch(/\{\{/);
      const health = await ledger.invoke('registry.health', undefined);
      expect(health).toMatchObject({ ok: true, value: { problem: finding, newestBackup: { file: backup.file } } });
      expect(sha(path)).toBe(before);

      // The newest backup restored: the registry is moved aside intact, the folder is usable again.
      const restored = (await ledger.invoke('backups.restore', { file: backup.file })) as {
        ok: true;
        value: BackupRestoreResult;
      };
      expect(restored.ok).toBe(true);
      expect(sha(restored.value.movedAside!)).toBe(before);
      expect(ledger.health.state).toBe('ok');
      expect(await ledger.invoke('org.get', undefined)).toMatchObject({ ok: true, value: { name: organisation } });
      expect(chainHead(ledger.db).seq).toBe(backup.head.seq);
      ledger.close();
      resetTransactionState();
      expect(doctorFolder(dir).ok).toBe(true);
    },
  );

  it('a 0-byte registry beside the record of its history (no backup) is damaged, not a new one', async () => {
    const dir = tempDir('gl-backups-');
    writeFileSync(registryPath(dir), '');
    writeAnchor(dir, { seq: 12, hash: 'a'.repeat(64) });
    expect(inspectRegistry(registryPath(dir), { hasBackups: heldRegistry(dir) })).toMatchObject({
      state: 'damaged',
      problem: 'registry_empty',
    });
    const ledger = ledgerOn(dir);
    await ledger.settled;
    expect(ledger.health).toMatchObject({ state: 'damaged', problem: 'registry_empty' });
    expect(await ledger.invoke('org.get', undefined)).toMatchObject({ ok: false, error: { code: 'registry_damaged' } });
    ledger.close();
    expect(statSync(registryPath(dir)).size).toBe(0);
    const setUp = await cli(['init', '--org', 'Mới', '--data', dir]);
    expect(setUp.code).toBe(1);
    expect(setUp.err).not.toMatch(/internal|Something went wrong/i);
    expect(statSync(registryPath(dir)).size).toBe(0);
  });

  it('a 0-byte registry with no backup is a new one (first run), as before', () => {
    const dir = tempDir('gl-backups-');
    writeFileSync(registryPath(dir), '');
    expect(inspectRegistry(registryPath(dir), { hasBackups: false }).state).toBe('new');
  });
});

describe('backups', () => {
  it('are verified copies with a manifest; restore over a healthy registry keeps a backup first', async () => {
    const { dir, backup, headAfter, organisation } = await folderWithBackup();
    const manifest = JSON.parse(readFileSync(join(backupsDir(dir), backup.file.replace('.sqlite', '.json')), 'utf8'));
    expect(manifest).toMatchObject({
      format: 1,
      reason: 'manual',
      takenAt: '2026-11-30T08:00:00.000Z',
      schemaVersion: SCHEMA_VERSION,
      counts: { people: expect.any(Number), groups: expect.any(Number) },
      head: { seq: backup.head.seq, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(manifest.counts.people).toBeGreaterThan(0);
    expect(manifest.bytes).toBe(statSync(join(backupsDir(dir), backup.file)).size);
    // A backup is a standalone file: no -wal beside it.
    expect(existsSync(join(backupsDir(dir), `${backup.file}-wal`))).toBe(false);

    const ledger = ledgerOn(dir);
    await ledger.settled; // the full check, then the day's backup
    const listed = (await ledger.invoke('backups.list', { verify: true })) as { ok: true; value: BackupEntry[] };
    expect(listed.value.map((b) => [b.reason, b.verified])).toEqual([
      ['daily', 'ok'],
      ['manual', 'ok'],
    ]);
    const result = (await ledger.invoke('backups.restore', { file: backup.file })) as {
      ok: true;
      value: BackupRestoreResult;
    };
    expect(result.ok).toBe(true);
    expect(result.value.movedAside).toBeNull();
    expect(result.value.before).toMatchObject({ reason: 'before-restore', head: { seq: headAfter } });
    expect(chainHead(ledger.db).seq).toBe(backup.head.seq);
    expect(getOrganisation(ledger.db)?.name).toBe(organisation);
    // A name that is not one of the listed backups is refused before anything happens.
    const bad = await ledger.invoke('backups.restore', { file: '../registry.sqlite' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    ledger.close();
  });

  it('a backup edited after it was written does not verify, and is not offered for recovery', async () => {
    const { dir, backup } = await folderWithBackup();
    const copy = new DatabaseSync(join(backupsDir(dir), backup.file));
    for (const { name } of copy.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as Array<{
      name: string;
    }>) {
      copy.exec(`DROP TRIGGER "${name}"`);
    }
    copy.exec("UPDATE events SET actor = 'forger' WHERE seq = 2");
    copy.close();
    const listed = await cli(['backup', 'verify', '--data', dir, '--json']);
    expect(listed.code).toBe(1);
    expect(JSON.parse(listed.out).backups[0]).toMatchObject({ verified: 'failed' });
    truncateSync(registryPath(dir), 0);
    const ledger = ledgerOn(dir);
    expect(await ledger.invoke('registry.health', undefined)).toMatchObject({
      ok: true,
      value: { newestBackup: null },
    });
    ledger.close();
  });

  it('the first start of a day takes one daily backup; a non-empty registry only', async () => {
    const { dir } = await folderWithBackup();
    const first = ledgerOn(dir);
    await first.settled;
    first.close();
    const second = ledgerOn(dir);
    await second.settled;
    second.close();
    expect(listBackups(dir).filter((b) => b.reason === 'daily')).toHaveLength(1);
    const empty = tempDir('gl-backups-');
    const fresh = ledgerOn(empty);
    await fresh.settled;
    fresh.close();
    expect(listBackups(empty)).toHaveLength(0);
  });

  it('the start-of-day backup waits while the window loads its first page; closing meanwhile takes none', async () => {
    const { dir } = await folderWithBackup();
    const daily = () => listBackups(dir).filter((b) => b.reason === 'daily');
    // Closed during the wait: no backup, and nothing is left waiting.
    const early = ledgerOn(dir, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    early.close();
    await early.settled;
    expect(daily()).toHaveLength(0);
    // Told to stop waiting (the harness, before it closes): settled at once, no backup.
    const stopping = ledgerOn(dir, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const asked = Date.now();
    stopping.stopWaiting();
    await stopping.settled;
    expect(Date.now() - asked).toBeLessThan(5_000);
    stopping.close();
    expect(daily()).toHaveLength(0);
    // Left open: nothing during the wait, then the day's backup.
    const started = Date.now();
    const ledger = ledgerOn(dir, 800);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(daily()).toHaveLength(0);
    const answered = await ledger.invoke('org.get', undefined);
    expect(answered.ok).toBe(true);
    await ledger.settled;
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
    expect(daily()).toHaveLength(1);
    ledger.close();
  });

  it('a runbook start is preceded by a backup of the registry as it was', async () => {
    const dir = tempDir('gl-backups-');
    const ledger = ledgerOn(dir);
    await ledger.invoke('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' });
    const plan = (await ledger.invoke('runbooks.plan', { kind: 'dissolve', groupId: 'group-hr', reason: '撤销' })) as {
      ok: true;
      value: { id: number };
    };
    const head = chainHead(ledger.db).seq;
    const started = await ledger.invoke('runbooks.start', { id: plan.value.id });
    expect(started.ok).toBe(true);
    ledger.close();
    const [entry] = listBackups(dir);
    expect(entry).toMatchObject({ reason: 'before-runbook', head: { seq: head } });
  });

  it('an older registry is backed up before it is migrated', () => {
    const dir = tempDir('gl-backups-');
    const old = new DatabaseSync(registryPath(dir));
    migrate(old, MIGRATIONS.slice(0, 1));
    old.close();
    const db = openRegistry(dir, fixedClock('2026-11-30T08:00:00.000Z'));
    db.close();
    const [entry] = listBackups(dir);
    expect(entry).toMatchObject({ reason: 'before-migration', schemaVersion: MIGRATIONS[0]!.version });
  });

  it('the command line lists, creates, verifies and restores (with --yes only), in the chosen language', async () => {
    const { dir, backup, headAfter } = await folderWithBackup();
    const created = await cli(['backup', 'create', '--data', dir, '--lang', 'zh-CN']);
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/已完成一份校验备份/);
    const list = await cli(['backup', 'list', '--data', dir, '--lang', 'vi']);
    expect(list.out).toMatch(/Thời điểm/);
    expect(list.out).toMatch(/thủ công/);
    const json = await cli(['backup', 'list', '--data', dir, '--json']);
    expect(JSON.parse(json.out)).toHaveLength(2);
    const ask = await cli(['backup', 'restore', backup.file, '--data', dir]);
    expect(ask.code).toBe(1);
    expect(ask.err).toContain(`would lose the ${headAfter - backup.head.seq} history entries`);
    const done = await cli(['backup', 'restore', backup.file, '--yes', '--data', dir]);
    expect(done.code).toBe(0);
    const db = openDatabase(registryPath(dir));
    expect(chainHead(db).seq).toBe(backup.head.seq);
    db.close();
    const newest = await cli(['backup', 'restore', '--newest', '--yes', '--data', dir, '--lang', 'zh-CN']);
    expect(newest.code).toBe(0);
    expect(newest.out).toMatch(/台账已恢复到/);
  });
});

describe('restoring over a damaged registry from the command line', () => {
  it('counts the changes it would lose from the last entry recorded beside the registry, in the chosen language', async () => {
    const { dir, backup, headAfter } = await folderWithBackup();
    // The history's last entry recorded beside the registry, as the app and the commands do after each commit.
    const db = openDatabase(registryPath(dir));
    writeAnchor(dir, chainHead(db));
    db.close();
    expect(existsSync(join(dir, 'registry.anchor.json'))).toBe(true);
    // The registry's header overwritten while nothing had it open.
    const registry = registryPath(dir);
    const bytes = readFileSync(registry);
    bytes.fill(0, 0, 100);
    writeFileSync(registry, bytes);
    const lost = headAfter - backup.head.seq;
    expect(lost).toBeGreaterThan(0);
    const ask = await cli(['backup', 'restore', backup.file, '--data', dir]);
    expect(ask.code).toBe(1);
    expect(ask.err).toContain(`last change recorded is history entry ${headAfter}`);
    expect(ask.err).toContain(`restoring it loses ${lost} changes`);
    const zh = await cli(['backup', 'restore', backup.file, '--data', dir, '--lang', 'zh-CN']);
    expect(zh.err).toContain(`恢复它将丢失 ${lost} 项更改`);
    // Only asked: the damaged file is as it was.
    expect(readFileSync(registry).equals(bytes)).toBe(true);
  });
});

describe('retention', () => {
  const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h).toISOString();
  const entry = (takenAt: string, reason: BackupReason) => ({ file: `${reason}-${takenAt}`, takenAt, reason });

  it('keeps 7 daily, 4 weekly, 12 monthly and the "before …" ones for 30 days', () => {
    const now = new Date(2026, 10, 30, 12);
    const all = [];
    // A daily backup at the start of each of the last 500 days, and a second one by hand on some days.
    for (let i = 0; i < 500; i++) {
      const day = new Date(2026, 10, 30 - i, 8);
      all.push(entry(day.toISOString(), 'daily'));
      if (i % 10 === 0) all.push(entry(new Date(day.getTime() + 3600_000).toISOString(), 'manual'));
    }
    all.push(entry(at(2026, 11, 20), 'before-runbook'), entry(at(2026, 10, 20), 'before-restore'));
    const removed = new Set(backupsToRemove(all, now, DEFAULT_RETENTION));
    const kept = all.filter((b) => !removed.has(b.file));
    const periodic = kept.filter((b) => b.reason === 'daily' || b.reason === 'manual');
    // The last 7 days (the newest of each), the newest of each of 4 weeks, of each of 12 months.
    const days = new Set(periodic.map((b) => new Date(b.takenAt).toDateString()));
    expect(periodic.length).toBe(days.size);
    const months = new Set(
      periodic.map((b) => `${new Date(b.takenAt).getFullYear()}-${new Date(b.takenAt).getMonth()}`),
    );
    expect(months.size).toBe(12);
    expect(periodic.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(periodic.length).toBeGreaterThanOrEqual(12);
    const oldest = periodic.map((b) => b.takenAt).sort()[0]!;
    expect(new Date(oldest).getTime()).toBeGreaterThan(new Date(2025, 10, 1).getTime());
    // On a day with a manual backup after the daily one, the newer (manual) one is kept.
    expect(kept.some((b) => b.reason === 'manual' && b.takenAt.startsWith('2026-11-30'))).toBe(true);
    expect(kept.some((b) => b.reason === 'before-runbook')).toBe(true);
    expect(kept.some((b) => b.reason === 'before-restore')).toBe(false);
  });

  it('is applied on disk after each backup, by the policy in the settings', async () => {
    const dir = tempDir('gl-backups-');
    const clock = fixedClock('2026-11-01T08:00:00.000Z');
    const db = openDatabase(registryPath(dir));
    loadDemo({ db, clock, actor: 'tester' }, 'youth-union', 'en');
    const policy = { daily: 3, weekly: 0, monthly: 0, beforeDays: 1 };
    for (let day = 1; day <= 6; day++) {
      clock.set(`2026-11-0${day}T08:00:00.000Z`);
      await takeBackup(db, dir, clock, 'daily', policy);
    }
    await takeBackup(db, dir, clock, 'before-runbook', policy);
    clock.set('2026-11-09T08:00:00.000Z');
    pruneBackups(dir, clock.now(), policy);
    db.close();
    const left = listBackups(dir);
    expect(left.map((b) => b.takenAt.slice(0, 10))).toEqual(['2026-11-06', '2026-11-05', '2026-11-04']);
    expect(readdirSync(backupsDir(dir)).filter((n) => n.endsWith('.sqlite'))).toHaveLength(3);
    // Out-of-range settings are refused with the range named, and nothing is stored.
    const prefs = memoryPreferences();
    expect(() => prefs.setBackupRetention({ ...policy, daily: 0 })).toThrow();
    expect(prefs.backupRetention()).toEqual(DEFAULT_RETENTION);
  });
});
