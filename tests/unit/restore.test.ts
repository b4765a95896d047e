/**
 * Restoring a snapshot over a ledger that holds data, and opening one in a new data folder
 * (issue 11, point 8): a verified copy of the registry is kept first and opens on its own; the
 * replace is one transaction, so a failure half-way leaves the old ledger whole; a bad or
 * oversized file changes nothing; a new folder becomes the app's folder, now and at the next start.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { canonicalJson } from '../../shared/canonical';
import { MAX_SNAPSHOT_UPLOAD_BYTES, type SnapshotPreview } from '../../shared/contract';
import { openLedger } from '../../electron/app/ledger';
import { startHarness } from '../../electron/harness/server';
import { runDoctor } from '../../electron/capabilities/history';
import { loadDemo } from '../../electron/seeds/demo';
import { generateScaleFixture } from '../../electron/seeds/fixtures/scale';
import {
  buildSnapshot,
  exportSnapshot,
  keepRegistryCopy,
  parseSnapshot,
  registryCounts,
  replaceWithSnapshot,
  restoreSnapshot,
} from '../../electron/capabilities/snapshots';
import { ledgerFolderName } from '../../electron/core/ledgerFolders';
import { memoryPreferences } from '../../electron/core/preferences';
import { openDatabase, type Db } from '../../electron/db/database';
import { chainHead } from '../../electron/kernel/events';
import { saveUnit } from '../../electron/capabilities/directory/commands';
import type { ServiceContext } from '../../electron/kernel/context';
import { fixedClock, openTempDb, tempDir } from './helpers';
import { noDialogs } from './ledger-helpers';

const CLOCK = '2026-11-30T08:15:00.000Z';

/** A registry holding a demo, and its content as a snapshot would carry it. */
function demoRegistry(kind: 'county-bureau' | 'youth-union'): { db: Db; dir: string; ctx: ServiceContext } {
  const { db, dir } = openTempDb();
  const ctx: ServiceContext = { db, clock: fixedClock(CLOCK), actor: 'tester' };
  loadDemo(ctx, kind, kind === 'youth-union' ? 'vi' : 'zh-CN');
  return { db, dir, ctx };
}

function snapshotText(kind: 'county-bureau' | 'youth-union'): string {
  const { ctx } = demoRegistry(kind);
  const file = join(tempDir(), `${kind}.json`);
  exportSnapshot(ctx.db, ctx.clock, file);
  return readFileSync(file, 'utf8');
}

const content = (db: Db) => canonicalJson(buildSnapshot(db, fixedClock(CLOCK)).content);
const meta = { actor: 'tester', fileName: 'youth-union.json', at: CLOCK };

describe('restore over a ledger that holds data', () => {
  it('keeps a copy of the registry first, which opens on its own and verifies, then holds the snapshot', async () => {
    const youth = parseSnapshot(snapshotText('youth-union'));
    const { db, dir } = demoRegistry('county-bureau');
    const before = content(db);
    const countsBefore = registryCounts(db);

    const result = await restoreSnapshot(db, dir, fixedClock(CLOCK), youth, meta);

    // The copy: a standalone SQLite file in <data>/backups, named for when and why it was made.
    expect(result.backup).not.toBeNull();
    const copy = result.backup!;
    expect(copy.path.startsWith(join(dir, 'backups', 'registry-before-restore-'))).toBe(true);
    const name = copy.path.split('/').pop()!;
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual([name.replace(/\.sqlite$/, '.json'), name]);
    expect(copy.counts).toEqual(countsBefore);
    const reopened = openDatabase(copy.path);
    try {
      expect(runDoctor(reopened).ok).toBe(true);
      expect(content(reopened)).toBe(before);
    } finally {
      reopened.close();
    }
    // The registry now holds exactly the snapshot, and passes every check.
    expect(canonicalJson(buildSnapshot(db, fixedClock(CLOCK)).content)).toBe(canonicalJson(youth.content));
    expect(result.counts).toEqual(registryCounts(db));
    expect(runDoctor(db).ok).toBe(true);
  });

  it('writes straight into an empty registry, with no copy to keep', async () => {
    const youth = parseSnapshot(snapshotText('youth-union'));
    const { db, dir } = openTempDb();
    const result = await restoreSnapshot(db, dir, fixedClock(CLOCK), youth, meta);
    expect(result.backup).toBeNull();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    expect(result.counts.people).toBe(74);
  });

  it('is one transaction: a failure after the old rows are gone leaves the old ledger whole', async () => {
    const youth = parseSnapshot(snapshotText('youth-union'));
    const { db, dir } = demoRegistry('county-bureau');
    const before = content(db);
    const copy = await keepRegistryCopy(db, dir, fixedClock(CLOCK));
    // The fault comes late: the tables are emptied and the directory written when the first
    // history event is refused (a temporary trigger, which the replace does not touch).
    db.exec(`CREATE TEMP TRIGGER injected_fault BEFORE INSERT ON main.events
      BEGIN SELECT RAISE(ABORT, 'disk went away'); END`);
    expect(() => replaceWithSnapshot(db, youth, meta, copy)).toThrow(/disk went away/);
    db.exec('DROP TRIGGER injected_fault');

    expect(content(db)).toBe(before);
    expect(runDoctor(db).ok).toBe(true);
    // The history's append-only guard is still in force.
    expect(() => db.exec('DELETE FROM events WHERE seq = 1')).toThrow(/append-only/);
  });

  it.each([
    [
      'another process',
      (_ctx: ServiceContext, dir: string) => {
        const other = openDatabase(join(dir, 'registry.sqlite'));
        other.exec("UPDATE organisation SET name = '云溪县自然资源局（改）'");
        other.close();
      },
    ],
    ['this window', (ctx: ServiceContext) => void saveUnit(ctx, { name: '信访室', parentId: null })],
  ])('replaces nothing when %s wrote after the copy was made, and keeps the copy', async (_who, write) => {
    const youth = parseSnapshot(snapshotText('youth-union'));
    const { db, dir, ctx } = demoRegistry('county-bureau');
    const copy = await keepRegistryCopy(db, dir, fixedClock(CLOCK));
    write(ctx, dir);
    const before = content(db);
    expect(() => replaceWithSnapshot(db, youth, meta, copy)).toThrow(
      expect.objectContaining({ code: 'registry_changed', params: { path: copy.path } }),
    );
    expect(content(db)).toBe(before);
    expect(existsSync(copy.path)).toBe(true);
  });

  it('empties a large registry without scanning it once per row (children before the rows they refer to)', async () => {
    const youth = parseSnapshot(snapshotText('youth-union'));
    const { db, dir } = openTempDb();
    generateScaleFixture(db, { people: 800, units: 6, groups: 80, memberships: 8_000, events: 20_000, seed: 5 });
    const copy = await keepRegistryCopy(db, dir, fixedClock(CLOCK));
    const started = performance.now();
    replaceWithSnapshot(db, youth, meta, copy);
    // Linear, this is about a second on a busy machine; deleting parents first took minutes.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(registryCounts(db).events).toBe(182);
    expect(runDoctor(db).ok).toBe(true);
  }, 60_000);

  it('the copy records the registry as it was: its history ends where the registry’s did', async () => {
    const { db, dir } = demoRegistry('county-bureau');
    const copy = await keepRegistryCopy(db, dir, fixedClock(CLOCK));
    expect(copy.head).toEqual(chainHead(db));
    // A second copy in the same second gets a name of its own.
    const second = await keepRegistryCopy(db, dir, fixedClock(CLOCK));
    expect(second.path).not.toBe(copy.path);
    expect(
      readdirSync(join(dir, 'backups'))
        .filter((n) => n.endsWith('.sqlite'))
        .sort(),
    ).toEqual([copy.path, second.path].map((p) => p.split('/').pop()).sort());
  });
});

function ledgerOn(root: string, preferences = memoryPreferences()) {
  const ledger = openLedger({
    dataDir: root,
    preferences,
    preferencesFor: () => memoryPreferences(),
    dialogs: noDialogs(),
    mode: 'browser',
    version: 't',
    clock: fixedClock(CLOCK),
  });
  return { ledger, preferences };
}

async function ok<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

describe('the window’s channels', () => {
  it('an uploaded snapshot is verified and shown with what it would replace and where each choice writes', async () => {
    const root = tempDir();
    const { ledger } = ledgerOn(root);
    await ok(ledger.invoke('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' }));
    const data = Buffer.from(snapshotText('youth-union')).toString('base64');
    const preview = await ok<SnapshotPreview>(
      ledger.invoke('snapshot.upload', { fileName: 'C:\\备份\\dk.json', data }),
    );
    expect(preview).toMatchObject({
      fileName: 'dk.json',
      organisation: 'Đoàn khối các cơ quan và doanh nghiệp tỉnh Trà Vinh',
      counts: { people: 74, groups: 5, memberships: 72 },
      registryEmpty: false,
      current: { organisation: '云溪县自然资源局', dataDir: root },
      backupsDir: join(root, 'backups'),
      newFolder: join(root, 'ledgers', 'Đoàn-khối-các-cơ-quan-và-doanh-nghiệp-tỉnh-Trà-Vinh-2026-11-30'),
    });
    expect(preview.current.counts.people).toBe(110);
    // Without `replace`, a ledger that holds data is refused, as before.
    expect(await ledger.invoke('snapshot.import', { token: preview.token, replace: false })).toMatchObject({
      ok: false,
      error: { code: 'registry_not_empty' },
    });
    const restored = await ok<{ backup: { path: string } }>(
      ledger.invoke('snapshot.import', { token: preview.token, replace: true }),
    );
    expect(existsSync(restored.backup.path)).toBe(true);
    expect(await ok(ledger.invoke('org.get', undefined))).toMatchObject({ name: preview.organisation });
    ledger.close();
  });

  it.each([
    ['a changed byte', (t: string) => t.replace('"name":"Đoàn khối', '"name":"Đoàn khoi'), 'snapshot_checksum'],
    ['half a file', (t: string) => t.slice(0, t.length / 2), 'snapshot_truncated'],
    ['not JSON at all', () => 'PK\u0003\u0004 a zip file', 'snapshot_not_json'],
  ])('%s is refused and changes nothing', async (_label, damage, code) => {
    const root = tempDir();
    const { ledger } = ledgerOn(root);
    await ok(ledger.invoke('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' }));
    const before = content(ledger.db);
    const data = Buffer.from(damage(snapshotText('youth-union'))).toString('base64');
    expect(await ledger.invoke('snapshot.upload', { fileName: 'x.json', data })).toMatchObject({
      ok: false,
      error: { code },
    });
    expect(content(ledger.db)).toBe(before);
    expect(readdirSync(root).sort()).toEqual([
      'registry.anchor.json',
      'registry.lock',
      'registry.sqlite',
      'registry.sqlite-shm',
      'registry.sqlite-wal',
    ]);
    ledger.close();
  });

  it('a file over the limit is refused before it is read, naming the limit', async () => {
    const root = tempDir();
    const { ledger } = ledgerOn(root);
    await ok(ledger.invoke('org.loadDemo', { kind: 'county-bureau', locale: 'vi' }));
    await ok(ledger.invoke('settings.update', { locale: 'vi' }));
    const data = Buffer.alloc(MAX_SNAPSHOT_UPLOAD_BYTES + 3, 0x20).toString('base64');
    const result = await ledger.invoke('snapshot.upload', { fileName: 'lon.json', data });
    expect(result).toMatchObject({ ok: false, error: { code: 'snapshot_too_large', params: { max: '64.0 MB' } } });
    expect(!result.ok && result.error.message).toMatch(/tối đa 64\.0 MB/);
    ledger.close();
  });

  it('opens a snapshot in a new data folder: the app switches to it, the next start too, the old ledger stays', async () => {
    const root = tempDir();
    const rootPreferences = memoryPreferences();
    const folders = new Map<string, ReturnType<typeof memoryPreferences>>();
    const prefsFor = (dir: string) => folders.get(dir) ?? folders.set(dir, memoryPreferences()).get(dir)!;
    const open = () =>
      openLedger({
        dataDir: root,
        preferences: rootPreferences,
        preferencesFor: prefsFor,
        dialogs: noDialogs(),
        mode: 'browser',
        version: 't',
        clock: fixedClock(CLOCK),
      });
    const ledger = open();
    await ok(ledger.invoke('settings.update', { adminName: '张敏 办公室', locale: 'zh-CN' }));
    await ok(ledger.invoke('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' }));
    const heard: number[] = [];
    ledger.onChange((revision) => heard.push(revision));
    const data = Buffer.from(snapshotText('youth-union')).toString('base64');
    const preview = await ok<SnapshotPreview>(ledger.invoke('snapshot.upload', { fileName: 'dk.json', data }));
    const opened = await ok<{ dataDir: string }>(ledger.invoke('snapshot.openInNewFolder', { token: preview.token }));

    expect(opened.dataDir).toBe(preview.newFolder);
    expect(ledger.dataDir).toBe(opened.dataDir);
    expect(existsSync(join(opened.dataDir, 'registry.sqlite'))).toBe(true);
    expect(await ok(ledger.invoke('org.get', undefined))).toMatchObject({ name: preview.organisation });
    expect(await ok(ledger.invoke('app.info', undefined))).toMatchObject({ dataDir: opened.dataDir });
    // The window hears that everything changed, and the administrator still signs the same way.
    expect(heard).toHaveLength(1);
    expect(await ok(ledger.invoke('settings.get', undefined))).toMatchObject({
      adminName: '张敏 办公室',
      locale: 'zh-CN',
    });
    // A token read against the other registry is gone.
    expect(await ledger.invoke('snapshot.import', { token: preview.token, replace: true })).toMatchObject({
      ok: false,
      error: { code: 'snapshot_cancelled' },
    });
    ledger.close();

    // The county bureau's registry is as it was, and the next start opens the new folder.
    const old = openDatabase(join(root, 'registry.sqlite'));
    expect(registryCounts(old).people).toBe(110);
    old.close();
    expect(rootPreferences.ledgerFolder()).toBe(opened.dataDir);
    const next = open();
    expect(next.dataDir).toBe(opened.dataDir);
    expect(await ok(next.invoke('org.get', undefined))).toMatchObject({ name: preview.organisation });
    next.close();
  });

  it('lists the folders it knows and goes back to one, never to a folder it does not know', async () => {
    const root = tempDir();
    const { ledger, preferences } = ledgerOn(root);
    await ok(ledger.invoke('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' }));
    const data = Buffer.from(snapshotText('youth-union')).toString('base64');
    const preview = await ok<SnapshotPreview>(ledger.invoke('snapshot.upload', { fileName: 'dk.json', data }));
    const { dataDir } = await ok<{ dataDir: string }>(
      ledger.invoke('snapshot.openInNewFolder', { token: preview.token }),
    );
    expect(await ok(ledger.invoke('snapshot.folders', undefined))).toEqual([
      { dataDir: root, organisation: '云溪县自然资源局', current: false },
      { dataDir, organisation: preview.organisation, current: true },
    ]);
    const elsewhere = tempDir();
    expect(await ledger.invoke('snapshot.openFolder', { dataDir: elsewhere })).toMatchObject({
      ok: false,
      error: { code: 'no_registry' },
    });
    expect(ledger.dataDir).toBe(dataDir);
    await ok(ledger.invoke('snapshot.openFolder', { dataDir: root }));
    expect(ledger.dataDir).toBe(root);
    expect(await ok(ledger.invoke('org.get', undefined))).toMatchObject({ name: '云溪县自然资源局' });
    // Back on the root, the next start opens the root.
    expect(preferences.ledgerFolder()).toBeNull();
    ledger.close();
  });

  it('a second snapshot opened the same day gets a folder of its own', async () => {
    const root = tempDir();
    const { ledger } = ledgerOn(root);
    const text = snapshotText('youth-union');
    const folders: string[] = [];
    for (let i = 0; i < 2; i++) {
      const data = Buffer.from(text).toString('base64');
      const preview = await ok<SnapshotPreview>(ledger.invoke('snapshot.upload', { fileName: 'dk.json', data }));
      folders.push(
        (await ok<{ dataDir: string }>(ledger.invoke('snapshot.openInNewFolder', { token: preview.token }))).dataDir,
      );
    }
    expect(folders[1]).toBe(`${folders[0]}-2`);
    ledger.close();
  });
});

describe('new data folder names', () => {
  it.each([
    ['云溪县自然资源局', '云溪县自然资源局-2026-11-30'],
    ['Đoàn khối  các cơ quan', 'Đoàn-khối-các-cơ-quan-2026-11-30'],
    ['a/b\\c:d*e?"f<g>|h', 'a-b-c-d-e-f-g-h-2026-11-30'],
    ['..hidden.', 'hidden-2026-11-30'],
    ['\u202ecod.exe', 'cod.exe-2026-11-30'],
    ['///', 'ledger-2026-11-30'],
  ])('%s → %s', (name, folder) => {
    expect(ledgerFolderName(name, '2026-11-30')).toBe(folder);
  });
});

describe('the browser harness', () => {
  it('answers a snapshot upload larger than the limit with the refusal in the admin’s language', async () => {
    const renderer = tempDir();
    writeFileSync(join(renderer, 'index.html'), '<html><head></head><body>app</body></html>');
    const harness = await startHarness({ dataDir: tempDir(), rendererDir: renderer, version: 'test' });
    try {
      await harness.ledger.invoke('settings.update', { locale: 'zh-CN' });
      // Only the headers matter: the declared length is over the limit, so no byte of the body is read.
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(harness.port, '127.0.0.1', () => {
          socket.write(
            [
              'POST /rpc/snapshot.upload HTTP/1.1',
              `Host: 127.0.0.1:${harness.port}`,
              `X-Group-Ledger-Token: ${harness.token}`,
              'Content-Type: application/json',
              `Content-Length: ${200 * 1024 * 1024}`,
              '',
              '{"input":',
            ].join('\r\n'),
          );
        });
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString('utf8')));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 413/);
      // The body is sent in one chunk: the JSON between its braces.
      const body = JSON.parse(answer.slice(answer.indexOf('{'), answer.lastIndexOf('}') + 1));
      expect(body).toMatchObject({ ok: false, error: { code: 'snapshot_too_large' } });
      expect(body.error.message).toContain('最大为 64.0 MB');
    } finally {
      await harness.close();
    }
  });
});
