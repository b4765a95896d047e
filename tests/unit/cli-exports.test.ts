/**
 * The command line's exports and diff on the county-bureau demo: `members … --csv/--xlsx`,
 * `export workbook`, `export people`, and `diff A B` (a snapshot against now: nothing changed;
 * the demo's first days: the middle-manager group filling up, as --json and --xlsx); bad sides and targets refused (exit 2)
 * with nothing written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DiffReport } from '../../shared/contract';
import { cli, tempDir } from './helpers';

describe('command line: exports and diff', () => {
  it('writes member lists, the workbook and the people directory, and diffs a snapshot with now', async () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    expect((await cli(['init', '--demo', 'county-bureau', '--locale', 'zh-CN', '--data', data])).code).toBe(0);

    const csv = join(dir, 'm.csv');
    const members = await cli([
      'members',
      '中层',
      '--as-of',
      '2019-03-04',
      '--csv',
      csv,
      '--data',
      data,
      '--lang',
      'zh-CN',
    ]);
    expect(members.out).toContain('已写入');
    expect(readFileSync(csv, 'utf8').trimEnd().split('\r\n')).toHaveLength(23);
    const both = await cli(['members', '中层', '--csv', csv, '--xlsx', join(dir, 'x.xlsx'), '--data', data]);
    expect([both.code, both.err]).toEqual([2, expect.stringContaining('--csv FILE or --xlsx FILE')]);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);

    const book = join(dir, 'ledger.xlsx');
    expect((await cli(['export', 'workbook', book, '--data', data, '--lang', 'zh-CN'])).code).toBe(0);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(book);
    expect(read.worksheets.map((s) => s.name)).toContain('群成员记录');
    expect((await cli(['export', 'people', join(dir, 'p.txt'), '--data', data])).code).toBe(2);

    const snapshot = join(dir, 's.json');
    expect((await cli(['export', 'snapshot', snapshot, '--data', data])).code).toBe(0);
    const text = await cli(['diff', snapshot, 'now', '--data', data, '--lang', 'zh-CN']);
    expect(text.code).toBe(0);
    expect(text.out).toContain('无变更');
    // Two snapshot files need no registry at all.
    const files = await cli(['diff', snapshot, snapshot, '--data', join(dir, 'none'), '--lang', 'zh-CN']);
    expect([files.code, files.out]).toEqual([0, expect.stringContaining('无变更')]);
    expect(existsSync(join(dir, 'none'))).toBe(false);

    const json = await cli(['diff', '2019-03-04', '2019-03-05', '--json', '--data', data]);
    const report = JSON.parse(json.out) as DiffReport;
    expect(report.groups.map((g) => g.name)).toContain('中层干部工作群');
    const xlsx = join(dir, 'diff.xlsx');
    expect((await cli(['diff', '2019-03-04', '2019-03-05', '--xlsx', xlsx, '--data', data])).code).toBe(0);
    expect(existsSync(xlsx)).toBe(true);
    const bad = await cli(['diff', 'nothing-here.json', 'now', '--data', data, '--lang', 'vi']);
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('không phải tệp bản chụp')]);
  });
});
