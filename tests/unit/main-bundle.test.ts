/**
 * The bundled main process (dist/electron/main.cjs, what Electron actually loads) run in plain Node
 * with a stand-in `electron` module: proves the bundle starts — SQLite registry, electron-store
 * preferences, IPC, protocol, window flags — on machines without Electron's binary.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNEL_NAMES } from '../../shared/channels';
import { tempDir } from './helpers';

const bundle = 'dist/electron/main.cjs';

describe('bundled main process', () => {
  it.skipIf(!existsSync(bundle))('starts, answers IPC and keeps preferences with electron-store', () => {
    const userData = tempDir();
    const run = spawnSync(process.execPath, ['--require', './tests/fixtures/electron-mock.cjs', bundle], {
      encoding: 'utf8',
      env: { ...process.env, MOCK_USER_DATA: userData },
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.errors).toEqual([]);
    expect(report.window.url).toBe('app://group-ledger/index.html');
    expect(report.window.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(existsSync(report.window.webPreferences.preload)).toBe(true);
    expect(report.handlers).toBe(CHANNEL_NAMES.length);
    expect(report.schemes).toEqual(['app']);
    expect(report.protocols).toEqual(['app']);
    expect(report.menu).toBeNull();
    expect(report.demo).toMatchObject({ ok: true });
    expect(report.info).toMatchObject({ ok: true, value: { mode: 'electron', dataDir: userData } });
    expect(existsSync(join(userData, 'registry.sqlite'))).toBe(true);
    const prefs = JSON.parse(readFileSync(join(userData, 'preferences.json'), 'utf8'));
    expect(prefs.settings).toMatchObject({ adminName: 'Nguyễn Văn Toàn', theme: 'dark', locale: 'vi' });
    expect(prefs.windowBounds).toMatchObject({ width: 1300, height: 820, maximized: false });
  });

  it.skipIf(!existsSync(bundle))('explains a bad --data argument in the system language and stops', () => {
    const run = spawnSync(process.execPath, ['--require', './tests/fixtures/electron-mock.cjs', bundle, '--data'], {
      encoding: 'utf8',
      env: { ...process.env, MOCK_USER_DATA: tempDir() },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.errors).toEqual(['选项 --data 后面需要一个文件夹路径，例如 --data "D:\\GroupLedger"。']);
  });
});
