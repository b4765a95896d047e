/**
 * A backup's history chain is checked on the snapshot worker thread when the app runs its bundles
 * (the built command line here, as the app and the harness): a registry whose history entry was
 * changed behind the app's back gives no backup, and says which entry; a whole one gives one.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { tempDir } from './helpers';

const CLI = resolve(import.meta.dirname, '../../dist/node/cli.mjs');
const WORKER = resolve(import.meta.dirname, '../../dist/electron/snapshot-worker.mjs');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('backup chain check on the worker thread', () => {
  it('refuses a registry whose history was edited and keeps no copy; backs up a whole one', () => {
    // npm test builds before the unit tests: the bundles must be there.
    expect(existsSync(CLI) && existsSync(WORKER)).toBe(true);
    const data = tempDir();
    expect(run(['init', '--demo', 'county-bureau', '--data', data]).code).toBe(0);
    const ok = run(['backup', 'create', '--data', data]);
    expect(ok.code, ok.out).toBe(0);
    expect(readdirSync(join(data, 'backups')).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);

    const db = new DatabaseSync(join(data, 'registry.sqlite'));
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'").all();
    for (const t of triggers as Array<{ name: string }>) db.exec(`DROP TRIGGER ${t.name}`);
    db.exec("UPDATE events SET actor = 'mallory' WHERE seq = 5");
    db.close();

    const bad = run(['backup', 'create', '--data', data]);
    expect(bad.code).not.toBe(0);
    expect(bad.out).toContain('History entry 5 was changed after it was written');
    expect(bad.out).toContain('No copy was kept and nothing was changed');
    // In the administrator's language, the entry named as the doctor names it.
    const zh = run(['backup', 'create', '--data', data, '--lang', 'zh-CN']);
    expect(zh.code).not.toBe(0);
    expect(zh.out).toContain('第 5 条历史记录在写入后被改动过');
    expect(zh.out).not.toMatch(/history entry|content\b/);
    // Only the first backup: the failed copy and its temporary file are gone.
    expect(readdirSync(join(data, 'backups'))).toHaveLength(2);
  });
});
