/**
 * One writer per data folder, with real processes: a child holds a folder as the app does and the
 * command line (this process) meets it; twenty children open one new registry at the same moment.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createInterface } from 'node:readline';
import { bundleChild } from './childBundle';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../electron/app/ledger';
import { memoryPreferences } from '../../electron/core/preferences';
import { openDatabase, schemaVersion } from '../../electron/db/database';
import { SCHEMA_VERSION } from '../../electron/db/migrations';
import { cli, tempDir } from './helpers';
import { noDialogs } from './ledger-helpers';

let dir = '';
let child = '';
let migrator = '';
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gl-one-writer-'));
  child = join(dir, 'child.mjs');
  migrator = join(dir, 'migrate.mjs');
  await Promise.all([
    bundleChild('tests/unit/one-writer-child.ts', child),
    bundleChild('tests/unit/migrate-child.ts', migrator),
  ]);
});
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(
  script: string,
  ...args: string[]
): { proc: ChildProcessWithoutNullStreams; lines: string[]; next(): Promise<string> } {
  const proc = spawn(process.execPath, [script, ...args], { stdio: 'pipe' });
  children.push(proc);
  const lines: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  createInterface({ input: proc.stdout }).on('line', (line) => {
    const w = waiting.shift();
    if (w) w(line);
    else lines.push(line);
  });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += String(d)));
  return {
    proc,
    lines,
    next: () =>
      new Promise<string>((resolve, reject) => {
        if (lines.length) return resolve(lines.shift()!);
        waiting.push(resolve);
        proc.once('exit', (code) => reject(new Error(`child ended (${code}): ${stderr}`)));
      }),
  };
}

const MESSAGES = {
  en: 'GroupLedger is open on this folder',
  'zh-CN': 'GroupLedger 正打开此目录',
  vi: 'GroupLedger đang mở thư mục này',
} as const;

describe('one writer per data folder', () => {
  it('the command line meets an open app: writing is refused in its language, reading works beside it, and the lock dies with the app', async () => {
    const data = tempDir();
    const holder = start(child, 'hold', data);
    expect(await holder.next()).toBe('ready');

    for (const [lang, text] of Object.entries(MESSAGES)) {
      const refused = await cli(['init', '--org', 'Second', '--data', data, '--lang', lang]);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain(text);
      expect(refused.err).toContain('--read-only');
    }
    // Nothing was written by the refused commands: the held ledger still has its own organisation.
    const verified = await cli(['doctor', '--data', data, '--json']);
    expect(verified.code, verified.err).toBe(0);
    const searched = await cli(['search', 'Held', '--data', data, '--read-only']);
    expect(searched.code, searched.err).toBe(0);
    const exported = await cli(['export', 'snapshot', join(data, 'beside.json'), '--data', data]);
    expect(exported.code, exported.err).toBe(0);
    expect(readFileSync(join(data, 'beside.json'), 'utf8')).toContain('"name":"Held"');
    // --read-only is for reading: a writing command with it is a usage error.
    const misuse = await cli(['init', '--org', 'Second', '--data', data, '--read-only']);
    expect(misuse.code).toBe(2);
    expect(misuse.err).toContain('--read-only');

    // A second ledger (another window or harness) on the folder is refused too.
    expect(() =>
      openLedger({
        dataDir: data,
        preferences: memoryPreferences(),
        dialogs: noDialogs(),
        mode: 'browser',
        version: 't',
      }),
    ).toThrow(expect.objectContaining({ code: 'ledger_open_elsewhere' }));

    // The app is killed: its lock goes with it, and the command line may write.
    holder.proc.kill('SIGKILL');
    await new Promise((resolve) => holder.proc.once('exit', resolve));
    const after = await cli(['init', '--org', 'Second', '--data', data]);
    // Refused now only because the folder already holds an organisation.
    expect(after.code).toBe(1);
    expect(after.err).not.toContain(MESSAGES.en);
    expect(after.err).toContain('already');
  });

  it('20 concurrent first opens of a new registry migrate it once', async () => {
    const registry = join(tempDir(), 'registry.sqlite');
    const openers = Array.from({ length: 20 }, () => start(migrator, registry));
    for (const o of openers) expect(await o.next()).toBe('ready');
    // All at once: each waits only for this line.
    for (const o of openers) o.proc.stdin.write('go\n');
    const results = await Promise.all(openers.map((o) => o.next()));
    expect(results.filter((r) => r.startsWith('failed'))).toEqual([]);
    const counts = results.map((r) => Number(r.split(' ')[1]));
    expect(counts.filter((n) => n > 0)).toHaveLength(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const db = openDatabase(registry);
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    } finally {
      db.close();
    }
  });

  it('a new registry that another process is writing is opened once that write ends, not refused as locked', async () => {
    // Turning a file that is not yet in WAL to WAL is where SQLite answers "locked" without waiting.
    const registry = join(tempDir(), 'registry.sqlite');
    const writer = new DatabaseSync(registry);
    writer.exec('BEGIN IMMEDIATE');
    writer.exec('CREATE TABLE held (a)');
    const opener = start(migrator, registry);
    expect(await opener.next()).toBe('ready');
    opener.proc.stdin.write('go\n');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(opener.lines).toEqual([]); // still waiting, not failed
    writer.exec('ROLLBACK');
    writer.close();
    const result = await opener.next();
    expect(result).toMatch(/^migrated [1-9]/);
    const db = openDatabase(registry);
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    } finally {
      db.close();
    }
  });
});
