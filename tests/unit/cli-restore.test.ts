/**
 * `group-ledger import snapshot FILE --replace` (issue 11, point 8): the same keep-a-copy-then-
 * replace as the app, saying where the copy is, in the three languages; without --replace a
 * ledger that holds data is refused and told about --replace; a bad file changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '../../shared/canonical';
import { confPreferences } from '../../electron/core/preferences';
import { readSnapshotFile } from '../../electron/capabilities/snapshots';
import { cli, tempDir } from './helpers';

/** A youth-union snapshot, and a data folder holding the county bureau. */
async function scene() {
  const youth = tempDir();
  const county = tempDir();
  const file = join(tempDir(), 'doan-khoi.json');
  expect((await cli(['init', '--demo', 'youth-union', '--locale', 'vi', '--data', youth])).code).toBe(0);
  expect((await cli(['export', 'snapshot', file, '--data', youth])).code).toBe(0);
  expect((await cli(['init', '--demo', 'county-bureau', '--locale', 'zh-CN', '--data', county])).code).toBe(0);
  return { file, county };
}

async function content(data: string): Promise<string> {
  const file = join(tempDir(), 'content.json');
  expect((await cli(['export', 'snapshot', file, '--format', 'json', '--data', data])).code).toBe(0);
  return canonicalJson(JSON.parse(readFileSync(file, 'utf8')).content);
}

describe('import snapshot --replace', () => {
  it('keeps a verified copy of the registry, says where, and replaces it with the snapshot', async () => {
    const { file, county } = await scene();
    const before = await content(county);
    const result = await cli(['import', 'snapshot', file, '--replace', '--data', county]);
    expect(result.code).toBe(0);
    // The copy and, beside it, its manifest (JSON, same name).
    const [copy, manifest] = readdirSync(join(county, 'backups')).sort((a, b) => b.localeCompare(a));
    expect(manifest).toBe(copy!.replace(/\.sqlite$/, '.json'));
    const path = join(county, 'backups', copy!);
    expect(copy).toMatch(/^registry-before-restore-\d{4}-\d{2}-\d{2}-\d{6}\.sqlite$/);
    expect(result.out).toContain(
      `Kept a verified copy of the registry as it was (110 people, 6 groups, 333 events) in\n  ${path}`,
    );
    expect(result.out).toContain('replaced it with the snapshot: 74 people, 5 groups, 72 memberships');
    // The snapshot is an SQLite file (the default form): its content, read and checked as the JSON form's.
    expect(await content(county)).toBe(canonicalJson(readSnapshotFile(file).content));
    expect(JSON.parse((await cli(['doctor', '--data', county, '--json'])).out).ok).toBe(true);

    // The copy is a registry of its own: put in a folder, it opens, passes every check, and is the old ledger.
    const restoredFrom = tempDir();
    copyFileSync(path, join(restoredFrom, 'registry.sqlite'));
    expect(JSON.parse((await cli(['doctor', '--data', restoredFrom, '--json'])).out).ok).toBe(true);
    expect(await content(restoredFrom)).toBe(before);
  });

  it('prints the copy in --json', async () => {
    const { file, county } = await scene();
    const result = await cli(['import', 'snapshot', file, '--replace', '--data', county, '--json']);
    const json = JSON.parse(result.out);
    expect(json).toMatchObject({ dryRun: false, counts: { people: 74 }, backup: { counts: { people: 110 } } });
    expect(existsSync(json.backup.path)).toBe(true);
  });

  it('without --replace refuses a registry that holds data, names --replace, and changes nothing', async () => {
    const { file, county } = await scene();
    const before = await content(county);
    const result = await cli(['import', 'snapshot', file, '--data', county]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/already holds data, so nothing was imported/);
    expect(result.err).toMatch(/run the command again with --replace/);
    expect(await content(county)).toBe(before);
    expect(existsSync(join(county, 'backups'))).toBe(false);
  });

  it.each([
    ['zh-CN', /已保留一份经过校验的原台账副本（110 人、6 个群、333 条历史记录）/, /请加上 --replace 再运行一次/],
    [
      'vi',
      /Đã giữ một bản sao đã kiểm tra của sổ cũ \(110 người, 6 nhóm, 333 sự kiện\)/,
      /chạy lại lệnh với --replace/,
    ],
  ])('speaks %s', async (lang, replaced, refused) => {
    const { file, county } = await scene();
    expect((await cli(['import', 'snapshot', file, '--data', county, '--lang', lang])).err).toMatch(refused);
    expect((await cli(['import', 'snapshot', file, '--replace', '--data', county, '--lang', lang])).out).toMatch(
      replaced,
    );
  });

  it('a damaged file with --replace changes nothing and keeps no copy', async () => {
    const { file, county } = await scene();
    const before = await content(county);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"name":"Đoàn khối', '"name":"Đoàn khoi'));
    const result = await cli(['import', 'snapshot', file, '--replace', '--data', county]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/checksum does not match/);
    expect(await content(county)).toBe(before);
    expect(existsSync(join(county, 'backups'))).toBe(false);
  });

  it('without --data works on the folder the app switched to', async () => {
    const root = tempDir();
    const { county } = await scene();
    confPreferences(root).setLedgerFolder(county);
    const found = await cli(['search', '中层干部工作群', '--json'], { GROUP_LEDGER_DATA: root });
    expect(found.code).toBe(0);
    expect(found.out).toContain('中层干部工作群');
  });
});
