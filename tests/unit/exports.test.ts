/**
 * Exports people use: the county bureau's middle-manager group on 2019-03-04 (22 members) and now
 * (100) as CSV with a BOM and as XLSX read back with exceljs; a formula-looking name written as
 * text in both; the people directory; the 台账 workbook's sheets and headers in Vietnamese, with
 * the header row frozen and days stored as dates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planMembers, planPeople, planWorkbook } from '../../electron/capabilities/exports';
import { insertPerson } from '../../electron/kernel/store';
import { person, tempDir } from './helpers';
import { bureau, MIDDLE } from './runbook-helpers';

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

const rowsOf = (sheet: ExcelJS.Worksheet) =>
  sheet.getSheetValues().filter((row): row is ExcelJS.CellValue[] => Array.isArray(row));

describe('exports', () => {
  it('writes the middle-manager group on 2019-03-04 and today as XLSX and CSV', async () => {
    const { db, clock } = bureau();
    const dir = tempDir();
    for (const [asOf, count] of [
      ['2019-03-04', 22],
      [undefined, 100],
    ] as const) {
      const xlsx = planMembers(db, clock, 'zh-CN', { groupId: MIDDLE, asOf, format: 'xlsx' });
      expect(xlsx.fileName).toBe(`中层干部工作群-成员名单-${asOf ?? '2026-11-20'}.xlsx`);
      const file = await xlsx.write(join(dir, xlsx.fileName));
      const sheet = (await readBook(file.path)).worksheets[0]!;
      expect(sheet.name).toBe('群成员');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const rows = rowsOf(sheet);
      expect(rows[0]!.slice(1, 4)).toEqual(['序号', '姓名', '角色']);
      expect(rows).toHaveLength(count + 1);
      expect(sheet.getCell('G2').value).toBeInstanceOf(Date);

      const csv = planMembers(db, clock, 'zh-CN', { groupId: MIDDLE, asOf, format: 'csv' });
      const text = readFileSync((await csv.write(join(dir, csv.fileName))).path, 'utf8');
      expect(text.startsWith('\uFEFF序号,姓名,角色,单位')).toBe(true);
      expect(text.trimEnd().split('\r\n')).toHaveLength(count + 1);
    }
    expect(() => planMembers(db, clock, 'zh-CN', { groupId: MIDDLE, asOf: '2026-11-21', format: 'csv' })).toThrow(
      expect.objectContaining({ code: 'date_in_future' }),
    );
  });

  it('writes a formula-looking name as text in CSV and XLSX', async () => {
    const { db, clock } = bureau();
    insertPerson(
      db,
      person('p-evil', '=HYPERLINK("http://x","点我")', { unitId: null, tierId: null, phone: '+8613800000001' }),
    );
    const dir = tempDir();
    const csvPlan = planPeople(db, clock, 'en', { format: 'csv' });
    const csv = readFileSync((await csvPlan.write(join(dir, 'people.csv'))).path, 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csv).toContain(',+8613800000001,'); // a phone number is data, not a formula
    const xlsx = await planPeople(db, clock, 'en', { format: 'xlsx' }).write(join(dir, 'people.xlsx'));
    const sheet = (await readBook(xlsx.path)).worksheets[0]!;
    const cell = rowsOf(sheet)
      .flat()
      .find((v) => typeof v === 'string' && v.includes('HYPERLINK'));
    expect(cell).toBe(`'=HYPERLINK("http://x","点我")`);
    sheet.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('writes the 台账 workbook with sheets and headers in Vietnamese', async () => {
    const { db, clock } = bureau();
    const plan = planWorkbook(db, clock, 'vi');
    const file = await plan.write(join(tempDir(), plan.fileName));
    const book = await readBook(file.path);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Cơ quan',
      'Đơn vị',
      'Cấp',
      'Nhân sự',
      'Nhóm',
      'Lịch sử thành viên',
      'Ngoại lệ',
      'Nội quy',
      'Xác nhận nội quy',
      'Sự việc',
      'Quy trình',
    ]);
    const groups = book.getWorksheet('Nhóm')!;
    expect(rowsOf(groups)[0]!.slice(1, 6)).toEqual([
      'STT',
      'Nhóm',
      'Nền tảng',
      'Mã nhóm trên nền tảng',
      'Thường trực / tạm thời',
    ]);
    expect(groups.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(groups.getColumn(2).width).toBeGreaterThan(15);
    const memberships = book.getWorksheet('Lịch sử thành viên')!;
    expect(rowsOf(memberships)[0]!.slice(1, 9)).toEqual([
      'STT',
      'Nhóm',
      'Họ tên',
      'Đơn vị',
      'Vai trò',
      'Ngày vào',
      'Ngày rời',
      'Lý do rời',
    ]);
    expect(memberships.getCell('F2').value).toBeInstanceOf(Date);
    const names = rowsOf(memberships)
      .slice(1)
      .map((r) => r[2]);
    expect(names.filter((n) => n === '中层干部工作群').length).toBeGreaterThanOrEqual(100);
    expect(JSON.stringify(rowsOf(memberships).slice(1, 50))).not.toMatch(/person-|group-/);
  });
});
