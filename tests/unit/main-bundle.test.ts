/**
 * The bundled main process (dist/electron/main.cjs, what Electron actually loads) run in plain Node
 * with a stand-in `electron` module: proves the bundle starts — SQLite registry, electron-store
 * preferences, IPC, protocol, window flags — on machines without Electron's binary.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNEL_NAMES } from '../../shared/channels';
import { errorMessage } from '../../shared/i18n/errors';
import { tempDir } from './helpers';

const bundle = 'dist/electron/main.cjs';

/** Runs the bundle with the stand-in electron; returns its exit code and JSON report. */
function runBundle(args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, ['--require', './tests/fixtures/electron-mock.cjs', bundle, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  let report: Record<string, unknown>;
  try {
    report = JSON.parse(run.stdout) as Record<string, unknown>;
  } catch {
    throw new Error(`no report (exit ${run.status}): ${run.stdout}\n${run.stderr}`);
  }
  return { status: run.status, report };
}

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
    expect(report.notices).toEqual({ ok: true, value: [] });
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
    expect(report.lockReleased).toBe(true);
  });

  it.skipIf(!existsSync(bundle)).each([
    ['the window cannot be created', 'vi-VN', 'window', 'vi', 'GPU process could not start'],
    ['the page does not load', 'zh-CN', 'loadURL', 'zh-CN', 'ERR_FILE_NOT_FOUND'],
    ['the page does not load', 'en-GB', 'loadURL', 'en', 'ERR_FILE_NOT_FOUND'],
  ] as const)(
    'an error thrown inside start (%s) shows its message box in the system language (%s), releases the lock and quits',
    (_what, systemLocale, failAt, locale, detail) => {
      const { status, report } = runBundle([], {
        MOCK_USER_DATA: tempDir(),
        MOCK_FAIL: failAt,
        MOCK_LOCALE: systemLocale,
      });
      // Before: `.then(start, fail)` left the rejection unhandled — no box, no exit, the lock kept.
      expect(report.unhandled).toEqual([]);
      expect(status).toBe(1);
      expect(report.exitCode).toBe(1);
      expect(report.lockReleased).toBe(true);
      expect(report.errors).toHaveLength(1);
      const [message] = report.errors as string[];
      expect(message!.startsWith(errorMessage(locale, 'internal'))).toBe(true);
      expect(message).toContain(detail);
    },
  );

  it.skipIf(!existsSync(bundle))(
    'moves an unreadable preferences.json aside, starts with the defaults and tells the window',
    () => {
      const userData = tempDir();
      const damaged = '{"settings": {"locale": "vi", "adminName": "Trần Minh Anh"'; // cut off mid-file
      writeFileSync(join(userData, 'preferences.json'), damaged);
      const { status, report } = runBundle([], { MOCK_USER_DATA: userData });
      expect(status).toBe(0);
      expect(report.errors).toEqual([]);
      expect(report.unhandled).toEqual([]);
      expect(report.settingsAtStart).toEqual({
        ok: true,
        value: { locale: null, theme: 'light', adminName: '', firstRunDone: false, escalationWaitDays: 7 },
      });
      const notices = (report.notices as { value: Array<{ kind: string; file: string; movedTo: string }> }).value;
      expect(notices).toEqual([
        {
          kind: 'preferences_reset',
          file: join(userData, 'preferences.json'),
          movedTo: expect.stringMatching(/preferences\.damaged-\d{8}-\d{6}\.json$/),
          saved: true,
        },
      ]);
      // The damaged file is kept, byte for byte, beside the new one the app wrote.
      expect(readFileSync(notices[0]!.movedTo, 'utf8')).toBe(damaged);
      expect(readdirSync(userData).filter((f) => f.startsWith('preferences'))).toHaveLength(2);
      const prefs = JSON.parse(readFileSync(join(userData, 'preferences.json'), 'utf8'));
      expect(prefs.settings).toMatchObject({ adminName: 'Nguyễn Văn Toàn', theme: 'dark' });
    },
  );
});
