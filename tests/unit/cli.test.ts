import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '../../shared/canonical';
import { contentChecksum, readSnapshotFile } from '../../electron/capabilities/snapshots';
import { cli, tempDir } from './helpers';

/** A snapshot's content, whichever its form (JSON, or the SQLite file read and checked as JSON). */
function content(file: string): string {
  return canonicalJson(readSnapshotFile(file).content);
}

describe('group-ledger command line', () => {
  it('round-trips: init demo → export → import into an empty folder → export gives identical content', async () => {
    const a = tempDir();
    const b = tempDir();
    const files = tempDir();
    expect((await cli(['init', '--demo', 'county-bureau', '--locale', 'zh-CN', '--data', a])).code).toBe(0);
    expect((await cli(['export', 'snapshot', join(files, '1.json'), '--data', a])).code).toBe(0);
    const dry = await cli(['import', 'snapshot', join(files, '1.json'), '--dry-run', '--data', b]);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/Dry run/);
    expect((await cli(['import', 'snapshot', join(files, '1.json'), '--data', b])).code).toBe(0);
    expect((await cli(['export', 'snapshot', join(files, '2.json'), '--data', b])).code).toBe(0);
    expect(content(join(files, '2.json'))).toBe(content(join(files, '1.json')));
    const doctor = await cli(['doctor', '--data', b, '--json']);
    expect(doctor.code).toBe(0);
    expect(JSON.parse(doctor.out).ok).toBe(true);
  });

  it('a dry run writes nothing', async () => {
    const a = tempDir();
    const b = tempDir();
    const file = join(tempDir(), 's.json');
    await cli(['init', '--demo', '--data', a]);
    await cli(['export', 'snapshot', file, '--data', a]);
    await cli(['import', 'snapshot', file, '--dry-run', '--data', b]);
    expect(readdirSync(b)).toEqual([]);
  });

  describe('bad snapshots each fail with their own message and leave the target untouched', () => {
    const damages: Array<[string, (text: string) => string, RegExp]> = [
      ['truncated', (t) => t.slice(0, t.length / 2), /incomplete/],
      ['wrong checksum', (t) => t.replace('"name":"', '"name":"X'), /checksum does not match/],
      [
        'unknown version',
        (t) => {
          const d = JSON.parse(t);
          d.version = 9;
          return JSON.stringify(d);
        },
        /format version 9/,
      ],
      [
        'schema violation',
        (t) => {
          const d = JSON.parse(t);
          d.content.people[0].status = 'retired';
          d.checksum = contentChecksum(d.content);
          return JSON.stringify(d);
        },
        /does not follow the snapshot format \(content\.people\.0\.status/,
      ],
    ];
    it.each(damages)('%s', async (_label, damage, message) => {
      const source = tempDir();
      const target = tempDir();
      const file = join(tempDir(), 'bad.json');
      await cli(['init', '--demo', '--data', source]);
      await cli(['export', 'snapshot', file, '--format', 'json', '--data', source]);
      writeFileSync(file, damage(readFileSync(file, 'utf8')));
      const verify = await cli(['verify', file]);
      expect(verify.code).toBe(1);
      expect(verify.err).toMatch(message);
      const imported = await cli(['import', 'snapshot', file, '--data', target]);
      expect(imported.code).toBe(1);
      expect(imported.err).toMatch(message);
      expect(imported.err).toMatch(/Nothing was imported/);
      // Nothing was written: the target folder is as it was, empty.
      expect(readdirSync(target)).toEqual([]);
    });
  });

  it('refuses to import into a registry that holds data', async () => {
    const a = tempDir();
    const file = join(tempDir(), 's.json');
    await cli(['init', '--demo', '--data', a]);
    await cli(['export', 'snapshot', file, '--data', a]);
    const result = await cli(['import', 'snapshot', file, '--data', a]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/already holds data/);
  });

  it('lists a group’s members now and as of its creation day', async () => {
    const a = tempDir();
    await cli(['init', '--demo', 'county-bureau', '--data', a]);
    const now = await cli(['members', '中层干部工作群', '--data', a, '--json']);
    expect(now.code).toBe(0);
    const current = JSON.parse(now.out);
    expect(current.members.length).toBeGreaterThanOrEqual(90);
    const created = current.group.createdOn as string;
    const then = JSON.parse((await cli(['members', '中层干部工作群', '--as-of', created, '--data', a, '--json'])).out);
    expect(then.members.length).toBeLessThan(30);
    expect(then.members.length).toBeGreaterThan(15);
    const text = await cli(['members', 'zcgb', '--data', a]);
    expect(text.out.split('\n')[0]).toMatch(/中层干部工作群 — \d+ members/);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['members'], /missing GROUP/],
    [['members', 'x', '--as-of', '2024-13-45'], /--as-of must be a date written YYYY-MM-DD/],
    [['members', 'x', '--as-of', '03/01/2024'], /--as-of must be a date/],
    [['export', 'snapshot'], /missing FILE/],
    [['init'], /missing --org NAME/],
    [['init', '--org', 'X', '--locale', 'fr'], /--locale must be zh-CN, vi or en/],
    [['init', '--demo', 'martian-bureau'], /--demo must be county-bureau or youth-union/],
    [['doctor', '--frobnicate'], /Unknown option/],
  ])('bad usage %j exits 2 with a clear message', async (args, message) => {
    const data = tempDir();
    const result = await cli([...args, '--data', data]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/--help/);
    expect(readdirSync(data)).toEqual([]);
  });

  it('speaks the chosen language', async () => {
    const result = await cli(['members', 'x', '--as-of', 'yesterday', '--lang', 'zh-CN']);
    expect(result.err).toMatch(/必须是 YYYY-MM-DD 格式的日期/);
    const vi = await cli(['verify', '/nonexistent/file.json'], { LANG: 'vi_VN.UTF-8' });
    expect(vi.code).toBe(1);
    expect(vi.err).toMatch(/Không đọc được tệp/);
  });

  it('prints help for every command', async () => {
    for (const command of ['init', 'doctor', 'export', 'import', 'verify', 'members']) {
      const help = await cli([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.out).toMatch(new RegExp(`group-ledger ${command}`));
    }
    expect((await cli(['--help'])).out).toMatch(/Commands:/);
  });

  it('writes the scale fixture so a person can open the app on it', async () => {
    const a = tempDir();
    const result = await cli(['init', '--fixture', 'small', '--data', a, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).counts).toMatchObject({ people: 100, groups: 10 });
    expect((await cli(['init', '--fixture', 'huge', '--data', tempDir()])).code).toBe(2);
    expect((await cli(['init', '--fixture', 'small', '--demo', '--data', tempDir()])).code).toBe(2);
  });

  it('never creates a registry in a folder that has none, when only reading or exporting', async () => {
    const empty = join(tempDir(), 'not-a-ledger');
    for (const args of [['members', 'x'], ['doctor'], ['export', 'snapshot', join(tempDir(), 's.json')]]) {
      const result = await cli([...args, '--data', empty]);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/There is no GroupLedger registry/);
    }
    expect(existsSync(empty)).toBe(false);
  });

  it('records a rename of the demo in the history', async () => {
    const a = tempDir();
    await cli(['init', '--demo', '--org', '测试局', '--data', a]);
    const members = JSON.parse((await cli(['members', '中层干部工作群', '--data', a, '--json'])).out);
    expect(members.members.length).toBeGreaterThan(90);
    const doctor = JSON.parse((await cli(['doctor', '--data', a, '--json'])).out);
    expect(doctor.ok).toBe(true);
  });

  describe('import people', () => {
    const fixtures = join(import.meta.dirname, '../fixtures/import');

    it('refuses same-name pairs until --accept-same-name, then imports them as two people', async () => {
      const a = tempDir();
      await cli(['init', '--org', '测试局', '--data', a]);
      const file = join(fixtures, 'same-name-pairs.csv');
      const refused = await cli(['import', 'people', file, '--data', a]);
      expect(refused.code).toBe(1);
      expect(refused.out).toMatch(/Same name in the same unit, with no phone or handle in common \(2 pairs\)/);
      expect(refused.out).toMatch(/王伟 \(办公室\): row 2 \(科员, 13600000001\) and row 4 \(司机, 13600000003\)/);
      expect(refused.out).toMatch(/--accept-same-name/);
      expect(refused.err).toMatch(/2 pair\(s\) of people have the same name in the same unit.*Nothing was imported/);
      expect(JSON.parse((await cli(['search', '王伟', '--data', a, '--json'])).out).people).toEqual([]);

      const zh = await cli(['import', 'people', file, '--dry-run', '--data', a, '--lang', 'zh-CN']);
      expect(zh.code).toBe(1);
      expect(zh.out).toMatch(/王伟（办公室）：第 2 行（科员、13600000001）与第 4 行（司机、13600000003）/);
      expect(zh.err).toMatch(/有 2 对同单位同名的人员尚未确认是不同的人/);

      const accepted = await cli(['import', 'people', file, '--accept-same-name', '--data', a, '--json']);
      expect(accepted.code).toBe(0);
      const result = JSON.parse(accepted.out);
      expect(result.imported).toMatchObject({ imported: 6 });
      expect(result.sameName).toHaveLength(2);
      expect(JSON.stringify(result.sameName)).not.toMatch(/person-/);
      expect(JSON.parse((await cli(['search', '王伟', '--data', a, '--json'])).out).people).toHaveLength(2);
    });

    it('imports a WeCom address book into the unit tree', async () => {
      const a = tempDir();
      await cli(['init', '--org', '测试局', '--data', a]);
      const result = await cli(['import', 'people', join(fixtures, 'wecom-address-book.csv'), '--data', a]);
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/New units \(created on import\): 执法监察大队, 执法监察大队 \/ 一中队, 办公室/);
      expect(result.out).toMatch(
        /Row 3: unit 执法监察大队 \/ 一中队; the other departments in the cell are not imported: 办公室/,
      );
      expect(result.out).toMatch(/Imported 6 people/);
    });

    it('--accept-same-name is for import people only', async () => {
      const result = await cli(['import', 'snapshot', 'x.json', '--accept-same-name', '--data', tempDir()]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/--accept-same-name is for "import people" only/);
    });
  });

  it('reports a missing group clearly', async () => {
    const a = tempDir();
    await cli(['init', '--org', 'Test', '--data', a]);
    const result = await cli(['members', 'no such group', '--data', a]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/No group matches "no such group"/);
    expect(existsSync(join(a, 'registry.sqlite'))).toBe(true);
  });
});
