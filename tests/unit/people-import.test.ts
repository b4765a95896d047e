import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BackupEntry, ImportParsed, ImportPreview } from '../../shared/contract';
import { listPeople, listTiers, listUnits } from '../../electron/capabilities/directory/queries';
import { nameKey, savePerson } from '../../electron/capabilities/directory';
import { allEvents, findChainBreak } from '../../electron/kernel/events';
import { parseDateCell } from '../../electron/capabilities/directory/import/dates';
import { parseStatus } from '../../electron/capabilities/directory/import/mapping';
import { csvLine, neutraliseCell } from '../../shared/cellText';
import { errorMessage } from '../../shared/i18n/errors';
import { importRowErrorText } from '../../shared/i18n/import';
import {
  MAX_IMPORT_BYTES,
  commitImport,
  guessMapping,
  parsePeopleFile,
  previewImport,
  uniqueHeaders,
  type ParsedPeopleFile,
} from '../../electron/capabilities/directory/import/peopleImport';
import type { ServiceContext } from '../../electron/kernel/context';
import { errorOf, smallRegistry } from './helpers';
import { tempLedger } from './ledger-helpers';
import { personInput } from '../fixtures/personInput';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const parseFixture = (name: string) => parsePeopleFile(name, fixture(name));

function registryCounts(ctx: ServiceContext) {
  return {
    people: listPeople(ctx.db).length,
    units: listUnits(ctx.db).length,
    tiers: listTiers(ctx.db).length,
    events: allEvents(ctx.db).length,
  };
}

/** Row number → the codes of its errors (with the params that tell the admin what to fix). */
function errorsByRow(preview: ImportPreview) {
  return Object.fromEntries(
    preview.rows.map((r) => [r.row, r.errors.map((e) => ({ field: e.field, code: e.code, params: e.params }))]),
  );
}

const csv = (text: string) => new TextEncoder().encode(text);

describe('a file of bad rows', () => {
  it('shows every error with its spreadsheet row number, and the commit writes nothing', () => {
    const { ctx } = smallRegistry();
    const file = parseFixture('bad-rows.csv');
    const mapping = guessMapping(file.headers);
    expect(mapping).toEqual({
      name: '姓名',
      unit: '部门',
      phone: '手机号',
      'handle.wechat': '微信号',
      status: '状态',
      leftOn: '离职日期',
    });
    const preview = previewImport(ctx.db, ctx.clock, file, mapping, 'a'.repeat(32));
    expect(preview.counts).toEqual({ total: 12, valid: 3, withErrors: 9 });
    const rows = errorsByRow(preview);
    expect(Object.keys(rows).map(Number)).toEqual([2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14]); // row 9 is empty
    expect(rows[2]).toEqual([]);
    expect(rows[3]).toEqual([{ field: 'name', code: 'name_missing', params: {} }]);
    expect(rows[4]).toEqual([{ field: 'phone', code: 'phone_invalid', params: { value: '1390000abc' } }]);
    // 陈 静 and 李伟 share only a name and a unit with row 2 and with the registry's 李伟: warnings.
    expect(rows[5]).toEqual([]);
    expect(rows[6]).toEqual([]);
    expect(preview.rows.find((r) => r.row === 5)!.warnings).toEqual([
      { field: 'name', code: 'same_name_in_file', params: { row: 2 } },
    ]);
    expect(preview.rows.find((r) => r.row === 6)!.warnings).toEqual([
      { field: 'name', code: 'same_name_in_registry', params: { name: '李伟', unit: '办公室' } },
    ]);
    expect(rows[7]).toEqual([{ field: 'leftOn', code: 'left_on_invalid', params: { value: '2023-13-45' } }]);
    expect(rows[8]).toEqual([{ field: 'status', code: 'status_invalid', params: { value: '停薪留职' } }]);
    expect(rows[10]).toEqual([{ field: 'leftOn', code: 'left_on_missing', params: {} }]);
    expect(rows[11]).toEqual([
      { field: 'phone', code: 'duplicate_in_registry', params: { name: '李伟', unit: '办公室' } },
    ]);
    expect(rows[12]).toEqual([
      { field: 'handle.wechat', code: 'duplicate_in_registry', params: { name: '李伟', unit: '办公室' } },
    ]);
    expect(rows[13]!.map((e) => [e.code, e.params.max])).toEqual([['too_long', 200]]);
    expect(rows[14]).toEqual([{ field: 'phone', code: 'duplicate_in_file', params: { row: 2 } }]);
    expect(preview.newUnits).toEqual(['综合科']);

    const before = registryCounts(ctx);
    const error = errorOf(() => commitImport(ctx, file, mapping));
    expect(error.code).toBe('import_has_errors');
    expect(error.params).toEqual({ count: 9 });
    expect(registryCounts(ctx)).toEqual(before);
  });

  it('is refused through the ledger with a translated count, and the registry does not change', async () => {
    const { ledger } = tempLedger();
    await ledger.invoke('org.create', { name: '测试局', locale: 'zh-CN' });
    const parsed = await ledger.invoke('people.importParse', {
      fileName: 'bad-rows.csv',
      data: Buffer.from(fixture('bad-rows.csv')).toString('base64'),
    });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { token, mapping, rowCount } = parsed.value as ImportParsed;
    expect(rowCount).toBe(12);
    const peopleBefore = await ledger.invoke('people.list', {});
    const eventsBefore = await ledger.invoke('events.list', { limit: 500 });
    // This registry has no 李伟, so rows 6, 11 and 12 are fine here, and row 5 only shares a name: 7 rows.
    const result = await ledger.invoke('people.importCommit', { token, mapping });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'import_has_errors',
        message: '有 7 行存在错误，未导入任何内容。请修改文件（或列对应关系）后重试。',
      },
    });
    expect(await ledger.invoke('people.list', {})).toEqual(peopleBefore);
    expect(await ledger.invoke('events.list', { limit: 500 })).toEqual(eventsBefore);
    expect(await ledger.invoke('units.list', undefined)).toEqual({ ok: true, value: [] });
    ledger.close();
  });

  it('takes a verified backup of the registry as it was before an import through the ledger; a refused file takes none', async () => {
    const { ledger } = tempLedger();
    await ledger.invoke('org.create', { name: '测试局', locale: 'zh-CN' });
    const parse = async (name: string) => {
      const parsed = await ledger.invoke('people.importParse', {
        fileName: name,
        data: Buffer.from(fixture(name)).toString('base64'),
      });
      if (!parsed.ok) throw new Error(parsed.error.message);
      return parsed.value as ImportParsed;
    };
    const backups = async () =>
      ((await ledger.invoke('backups.list', { verify: true })) as { ok: true; value: BackupEntry[] }).value;
    const bad = await parse('bad-rows.csv');
    expect(await ledger.invoke('people.importCommit', { token: bad.token, mapping: bad.mapping })).toMatchObject({
      ok: false,
      error: { code: 'import_has_errors' },
    });
    expect(await backups()).toEqual([]);
    const good = await parse('people-gb18030.csv');
    expect(await ledger.invoke('people.importCommit', { token: good.token, mapping: good.mapping })).toMatchObject({
      ok: true,
      value: { imported: 3 },
    });
    const [taken, ...others] = await backups();
    expect(others).toEqual([]);
    // The registry before the file: the organisation, nobody in it yet; the backup checks out.
    expect(taken).toMatchObject({ reason: 'before-import', verified: 'ok', counts: { people: 0 }, organisation: '测试局' });
    expect((await ledger.invoke('people.list', {})) as { ok: true; value: unknown[] }).toMatchObject({
      value: { length: 3 },
    });
    ledger.close();
  });

  it('is refused when a new conflict appears between the preview and the commit', () => {
    const { ctx } = smallRegistry();
    const file = parseFixture('people-utf8.csv');
    const mapping = guessMapping(file.headers);
    expect(previewImport(ctx.db, ctx.clock, file, mapping, 'b'.repeat(32)).counts.withErrors).toBe(0);
    // Meanwhile someone records 周芳's WeChat ID on another person.
    savePerson(ctx, {
      name: '周芳芳',
      unitId: 'unit-office',
      position: null,
      tierId: null,
      phone: null,
      handles: { wechat: 'zhoufang' },
      status: 'active',
      leftOn: null,
    });
    const before = registryCounts(ctx);
    expect(errorOf(() => commitImport(ctx, file, mapping)).params).toEqual({ count: 1 });
    expect(registryCounts(ctx)).toEqual(before);
  });
});

describe('CSV encodings and layout', () => {
  it.each([
    ['people-utf8.csv', 'utf-8'],
    ['people-utf8-bom.csv', 'utf-8-bom'],
    ['people-gb18030.csv', 'gb18030'],
  ])('reads %s (%s) the same way', (name, encoding) => {
    const file = parseFixture(name);
    expect(file.format).toBe('csv');
    expect(file.encoding).toBe(encoding);
    expect(file.headers).toEqual(['姓名', '部门', '职务', '层级', '手机号', '微信号', '状态', '离职日期']);
    expect(file.rows).toEqual([
      ['陈静', '办公室', '科员', '一般干部职工', '13900000001', 'chenjing01', '在职', ''],
      ['刘洋', '财务科', '科长', '中层干部', '139-0000-0002', '', '在职', ''],
      ['周芳', '财务科', '会计', '一般干部职工', '13900000003', 'zhoufang', '离职', '2023/12/31'],
    ]);
  });

  it('reads UTF-16 "Unicode text" with tabs, as Excel saves it', () => {
    const text = '姓名\t部门\r\n陈静\t办公室\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const file = parsePeopleFile('人员.txt', bytes);
    expect(file.encoding).toBe('utf-16');
    expect(file.headers).toEqual(['姓名', '部门']);
    expect(file.rows).toEqual([['陈静', '办公室']]);
  });

  it('imports every row of a valid file in one go, creating the units it names, each person with an event', () => {
    const { ctx } = smallRegistry();
    const file = parseFixture('people-gb18030.csv');
    const mapping = guessMapping(file.headers);
    const before = registryCounts(ctx);
    expect(commitImport(ctx, file, mapping)).toEqual({ imported: 3, newUnits: 1, newTiers: 0 });
    const finance = listUnits(ctx.db).find((u) => u.name === '财务科')!;
    expect(finance.parentId).toBeNull();
    const people = listPeople(ctx.db);
    expect(people).toHaveLength(before.people + 3);
    const liu = people.find((p) => p.name === '刘洋')!;
    expect(liu).toMatchObject({
      unitId: finance.id,
      tierId: 'tier-2',
      position: '科长',
      phone: '139-0000-0002',
      status: 'active',
    });
    expect(people.find((p) => p.name === '周芳')).toMatchObject({
      status: 'left',
      leftOn: '2023-12-31',
      handles: { wechat: 'zhoufang' },
    });
    // Imported people are found like any other: by pinyin initials, by phone digits.
    expect(listPeople(ctx.db, 'ly').map((p) => p.name)).toContain('刘洋');
    expect(listPeople(ctx.db, '13900000002').map((p) => p.name)).toEqual(['刘洋']);

    const events = allEvents(ctx.db).slice(before.events);
    expect(events.map((e) => e.kind)).toEqual([
      'unit.created',
      'person.created',
      'person.created',
      'person.created',
      'people.imported',
    ]);
    expect(events[1]!.after).toMatchObject({ name: '陈静', source: 'import' });
    expect(events.at(-1)!.after).toMatchObject({ fileName: 'people-gb18030.csv', count: 3, newUnits: ['财务科'] });
    expect(events.every((e) => e.actor === 'tester')).toBe(true);
    expect(findChainBreak(allEvents(ctx.db))).toBeNull();

    // The same file again: every row is now a duplicate of the registry, and nothing is written twice.
    const again = previewImport(ctx.db, ctx.clock, file, mapping, 'c'.repeat(32));
    expect(again.counts.withErrors).toBe(3);
    expect(again.rows[0]!.errors[0]).toMatchObject({
      code: 'duplicate_in_registry',
      params: { name: '陈静', unit: '办公室' },
    });
  });

  it('keeps quoted commas, doubled quotes and line breaks inside a cell, and the row numbers Excel shows', () => {
    const file = parseFixture('people-quoted.csv');
    expect(file.headers).toEqual(['Name', 'Unit', 'Position', 'Phone']);
    expect(file.rows).toEqual([
      ['Wang, Lei', 'Office', 'Head of "IT"', '13900000010'],
      ['Li Na', 'Office', 'Clerk\n(part time)', '13900000011'],
      ['Zhou Bo', 'Office', 'Clerk', '+86 139 0000 0012'],
    ]);
    expect(file.rowNumbers).toEqual([2, 3, 5]);
    const { ctx } = smallRegistry();
    const preview = previewImport(ctx.db, ctx.clock, file, guessMapping(file.headers), 'd'.repeat(32));
    expect(preview.rows.map((r) => r.row)).toEqual([2, 3, 5]);
    expect(preview.counts.withErrors).toBe(0);
  });

  it('reads a Vietnamese file separated by semicolons, with day-first dates and Zalo numbers', () => {
    const { ctx } = smallRegistry();
    const file = parseFixture('people-vi-semicolon.csv');
    expect(file.rows[0]![3]).toBe('Cán bộ, nhân viên');
    const mapping = guessMapping(file.headers);
    expect(mapping).toEqual({
      name: 'Họ và tên',
      unit: 'Đơn vị',
      position: 'Chức vụ',
      tier: 'Cấp',
      phone: 'Số điện thoại',
      'handle.zalo': 'Zalo',
      status: 'Trạng thái',
      leftOn: 'Ngày nghỉ',
    });
    const preview = previewImport(ctx.db, ctx.clock, file, mapping, 'e'.repeat(32));
    expect(preview.counts.withErrors).toBe(0);
    expect(preview.newUnits).toEqual(['Văn phòng', 'Ban Tổ chức']);
    expect(preview.newTiers).toEqual(['Cán bộ, nhân viên', 'Cán bộ quản lý']);
    commitImport(ctx, file, mapping);
    expect(
      listTiers(ctx.db)
        .slice(3)
        .map((t) => [t.name, t.rank]),
    ).toEqual([
      ['Cán bộ, nhân viên', 4],
      ['Cán bộ quản lý', 5],
    ]);
    const hung = listPeople(ctx.db, 'le van hung')[0]!;
    expect(hung).toMatchObject({ status: 'left', leftOn: '2024-01-15', phone: '0987654321' });
    expect(listPeople(ctx.db, 'tran thi mai')[0]!.handles).toEqual({ zalo: '0912345678' });
  });

  it.each([
    ['tabs', '姓名\t部门\t备注\n陈静\t办公室\t甲,乙;丙\n'],
    ["Excel's sep= line", 'sep=;\r\n姓名;部门;备注\r\n陈静;办公室;甲,乙;丙\r\n'.replace(';丙', ' 丙')],
    ['old Mac line ends', '姓名,部门,备注\r陈静,办公室,"甲,乙;丙"\r'],
  ])('finds the delimiter and the rows with %s', (_, text) => {
    const file = parsePeopleFile('x.csv', csv(text));
    expect(file.headers).toEqual(['姓名', '部门', '备注']);
    expect(file.rows).toHaveLength(1);
    expect(file.rows[0]!.slice(0, 2)).toEqual(['陈静', '办公室']);
    expect(file.rowNumbers).toEqual([2]);
  });

  it('makes headers unique and names empty ones by their column', () => {
    expect(uniqueHeaders(['电话', '电话', '', '姓名', ' 电话 '])).toEqual([
      '电话',
      '电话 (2)',
      'C',
      '姓名',
      '电话 (3)',
    ]);
    const file = parsePeopleFile('x.csv', csv('姓名,电话,电话\n陈静,13900000001,13900000002\n'));
    expect(file.headers).toEqual(['姓名', '电话', '电话 (2)']);
    expect(guessMapping(file.headers)).toEqual({ name: '姓名', phone: '电话' });
  });
});

describe('XLSX', () => {
  it('reads the first worksheet; numbers stay text (no 1.39e10) and dates become YYYY-MM-DD', () => {
    const file = parseFixture('people.xlsx');
    expect(file.format).toBe('xlsx');
    expect(file.encoding).toBeNull();
    expect(file.headers).toEqual(['姓名', '部门', '职务', '手机号', '微信号', '状态', '离职日期', '工号']);
    expect(file.rows).toEqual([
      ['陈静', '办公室', '科员', '13912345678', 'chenjing01', '在职', '', '1001'],
      ['刘洋', '财务科', '科长', '0871-6543210', '', '离职', '2024-02-29', '1002.5'],
      ['Nguyễn Trọng Nhân', 'Văn phòng', '', '84912345678', '', 'đã nghỉ', '2023-12-31', ''],
    ]);
    expect(file.rowNumbers).toEqual([2, 3, 5]);
  });

  it('imports it with the phone numbers as typed', () => {
    const { ctx } = smallRegistry();
    const file = parseFixture('people.xlsx');
    const mapping = guessMapping(file.headers);
    expect(commitImport(ctx, file, mapping)).toEqual({ imported: 3, newUnits: 2, newTiers: 0 });
    const chen = listPeople(ctx.db, '陈静')[0]!;
    expect(chen.phone).toBe('13912345678');
    expect(listPeople(ctx.db, '84912345678')[0]).toMatchObject({ name: 'Nguyễn Trọng Nhân', leftOn: '2023-12-31' });
  });

  it('reads shared strings (rich text, phonetic runs), prefixed XML, exponent numbers, zero-padded numbers and serial dates', () => {
    const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
    const workbook = xml(
      `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        `<x:sheets><x:sheet name="隐藏" sheetId="2" state="hidden" r:id="rId2"/><x:sheet name="名单" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    );
    const rels = xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="worksheet" Target="worksheets/data.xml"/>` +
        `<Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/hidden.xml"/></Relationships>`,
    );
    const shared = xml(
      `<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">` +
        `<x:si><x:t>姓名</x:t></x:si><x:si><x:t>手机</x:t></x:si><x:si><x:t>离职日期</x:t></x:si>` +
        `<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>王</x:t></x:r><x:r><x:t xml:space="preserve">小明</x:t></x:r><x:rPh sb="0" eb="1"><x:t>オウ</x:t></x:rPh></x:si>` +
        `<x:si><x:t>A &amp; B_x000D_</x:t></x:si></x:sst>`,
    );
    const sheet = xml(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
        `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>` +
        `<x:row r="3"><x:c r="A3" t="s"><x:v>3</x:v></x:c><x:c r="B3"><x:v>1.3912345678E10</x:v></x:c><x:c r="C3"><x:v>45352</x:v></x:c></x:row>` +
        `<x:row r="4"><x:c r="A4" t="s"><x:v>4</x:v></x:c><x:c r="B4" s="1"><x:v>912345678</x:v></x:c><x:c r="C4" t="str"><x:f>TEXT(45352,"yyyy/m/d")</x:f><x:v>2024/3/1</x:v></x:c></x:row>` +
        `</x:sheetData></x:worksheet>`,
    );
    // Style 1 shows numbers as ten digits: a mobile number typed as a number keeps its leading 0.
    const styles = xml(
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1">` +
        `<numFmt numFmtId="164" formatCode="0000000000"/></numFmts>` +
        `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    );
    const hidden = xml(
      `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>不读</t></is></c></row></sheetData></worksheet>`,
    );
    const bytes = zipSync({
      'xl/workbook.xml': workbook,
      'xl/_rels/workbook.xml.rels': rels,
      'xl/sharedStrings.xml': shared,
      'xl/styles.xml': styles,
      'xl/worksheets/data.xml': sheet,
      'xl/worksheets/hidden.xml': hidden,
    });
    const file = parsePeopleFile('名单.xlsx', bytes);
    expect(file.headers).toEqual(['姓名', '手机', '离职日期']);
    expect(file.rows).toEqual([
      ['王小明', '13912345678', '45352'],
      ['A & B', '0912345678', '2024/3/1'],
    ]);
    expect(file.rowNumbers).toEqual([3, 4]);
    // The unformatted 45352 is an Excel date: 2024-03-01.
    const { ctx } = smallRegistry();
    const preview = previewImport(ctx.db, ctx.clock, file, { name: '姓名', phone: '手机', leftOn: '离职日期' }, 'f'.repeat(32));
    expect(preview.counts.withErrors).toBe(0);
  });
});

describe('files that cannot be imported', () => {
  it('refuses a file whose columns include no name, with a translated message', async () => {
    const file = parsePeopleFile('wrong.csv', csv('编号,备注\n1,张三\n'));
    expect(guessMapping(file.headers)).toEqual({});
    const { ctx } = smallRegistry();
    expect(errorOf(() => previewImport(ctx.db, ctx.clock, file, {}, '0'.repeat(32))).code).toBe('import_no_name_column');
    const before = registryCounts(ctx);
    expect(errorOf(() => commitImport(ctx, file, { phone: '编号' })).code).toBe('import_no_name_column');
    expect(registryCounts(ctx)).toEqual(before);
    expect(errorOf(() => previewImport(ctx.db, ctx.clock, file, { name: '姓名' }, '0'.repeat(32))).params).toMatchObject({
      issue: 'import.mapping_unknown',
      value: '姓名',
    });

    const { ledger } = tempLedger();
    await ledger.invoke('settings.update', { locale: 'vi' });
    await ledger.invoke('org.create', { name: 'Đoàn khối', locale: 'vi' });
    const parsed = await ledger.invoke('people.importParse', {
      fileName: 'wrong.csv',
      data: Buffer.from('编号,备注\n1,张三\n').toString('base64'),
    });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { token } = parsed.value as ImportParsed;
    const result = await ledger.invoke('people.importPreview', { token, mapping: {} });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'import_no_name_column',
        message: 'Chưa chọn cột họ tên. Hãy chọn cột chứa họ tên của từng người.',
      },
    });
    ledger.close();
  });

  it.each([
    [
      'an Excel 97–2003 file',
      'old.xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'import_unreadable',
      'import.xls',
    ],
    ['a damaged workbook', 'broken.xlsx', csv('not a zip at all'), 'import_unreadable', 'import.xlsx_broken'],
    [
      'a zip that is no workbook',
      'photos.xlsx',
      zipSync({ 'a.txt': strToU8('x') }),
      'import_unreadable',
      'import.xlsx_broken',
    ],
    [
      'a binary file named .csv',
      'image.csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      'import_unreadable',
      'import.binary',
    ],
    [
      'a quote that never closes',
      'open.csv',
      csv('姓名,备注\n陈静,"未完\n李四,x\n'),
      'import_unreadable',
      'import.quote',
    ],
    [
      'a LibreOffice .ods (a zip, but no XLSX)',
      'staff.ods',
      zipSync({
        mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
        'content.xml': strToU8('<office:document-content/>'),
      }),
      'import_unreadable',
      'import.ods',
    ],
    [
      'an .ods renamed .xlsx',
      'staff.xlsx',
      zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }] }),
      'import_unreadable',
      'import.ods',
    ],
    [
      'a password-protected .xlsx',
      'locked.xlsx',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'import_unreadable',
      'import.encrypted',
    ],
    [
      'an HTML table saved as .xls',
      'export.xls',
      csv('<html><body><table><tr><td>姓名</td></tr></table></body></html>'),
      'import_unreadable',
      'import.html',
    ],
    ['a header without rows', 'empty.csv', csv('姓名,电话\n\n,\n'), 'import_empty', undefined],
    ['an empty file', 'nothing.csv', new Uint8Array(), 'import_empty', undefined],
  ])('refuses %s', (_, name, bytes, code, issue) => {
    const error = errorOf(() => parsePeopleFile(name, bytes));
    expect(error.code).toBe(code);
    expect(error.params.issue).toBe(issue);
  });

  it.each([
    ['staff.ods', 'import.ods', /OpenDocument spreadsheet \(\.ods/, /OpenDocument 表格（\.ods/, /OpenDocument \(\.ods/],
    [
      'old.xls',
      'import.xls',
      /Excel 97–2003 format \(\.xls\)/,
      /Excel 97–2003 格式（\.xls）/,
      /Excel 97–2003 cũ \(\.xls\)/,
    ],
  ])('names the real format of %s in every language, never “a damaged XLSX file”', (file, issue, en, zh, vi) => {
    const text = (locale: 'en' | 'zh-CN' | 'vi') => errorMessage(locale, 'import_unreadable', { file, issue });
    expect(text('en')).toMatch(en);
    expect(text('en')).not.toMatch(/damaged/);
    expect(text('zh-CN')).toMatch(zh);
    expect(text('vi')).toMatch(vi);
  });

  it('reads a tab-separated text file that a system saved with an .xls name', () => {
    const file = parsePeopleFile('导出.xls', csv('姓名\t部门\n陈静\t办公室\n'));
    expect(file.format).toBe('csv');
    expect(file.rows).toEqual([['陈静', '办公室']]);
  });

  it('refuses a file over 10 MB', () => {
    const error = errorOf(() => parsePeopleFile('big.csv', new Uint8Array(MAX_IMPORT_BYTES + 1)));
    expect(error.code).toBe('import_too_large');
    expect(error.params).toEqual({ size: '10.0 MB', max: '10.0 MB' });
  });
});

describe('column mapping', () => {
  it.each([
    [
      ['姓名', '所在部门', '职务', '级别', '手机号码', '微信号', '企业微信', '钉钉', '在职状态', '离职时间'],
      {
        name: '姓名',
        unit: '所在部门',
        position: '职务',
        tier: '级别',
        phone: '手机号码',
        'handle.wechat': '微信号',
        'handle.wecom': '企业微信',
        'handle.dingtalk': '钉钉',
        status: '在职状态',
        leftOn: '离职时间',
      },
    ],
    [
      ['HỌ TÊN', 'Phòng ban', 'SĐT', 'Tình trạng'],
      { name: 'HỌ TÊN', unit: 'Phòng ban', phone: 'SĐT', status: 'Tình trạng' },
    ],
    [
      ['Full name', 'Department', 'Title', 'Level', 'Mobile', 'Telegram', 'Teams', 'Status', 'Left on'],
      {
        name: 'Full name',
        unit: 'Department',
        position: 'Title',
        tier: 'Level',
        phone: 'Mobile',
        'handle.telegram': 'Telegram',
        'handle.teams': 'Teams',
        status: 'Status',
        leftOn: 'Left on',
      },
    ],
    // Headers that say more: 联系电话（手机）, "姓名*", a Zalo phone column is the Zalo handle.
    [
      ['姓名*', '联系电话（手机）', 'SĐT Zalo', '部门名称'],
      { name: '姓名*', phone: '联系电话（手机）', 'handle.zalo': 'SĐT Zalo', unit: '部门名称' },
    ],
    [['序号', '备注'], {}],
  ])('guesses %j', (headers, expected) => {
    expect(guessMapping(headers)).toEqual(expected);
  });

  it('remembers the mapping confirmed for a file and offers it for the same headers next time', async () => {
    const { ledger } = tempLedger();
    await ledger.invoke('org.create', { name: '测试局', locale: 'zh-CN' });
    const data = Buffer.from('人员,科室,备注\n陈静,办公室,13900000001\n').toString('base64');
    const first = await ledger.invoke('people.importParse', { fileName: 'a.csv', data });
    if (!first.ok) throw new Error(first.error.message);
    const parsed = first.value as ImportParsed;
    expect(parsed.remembered).toBe(false);
    expect(parsed.mapping).toEqual({ unit: '科室' }); // 人员 is not a header we know as the name
    const mapping = { name: '人员', unit: '科室', phone: '备注' };
    const preview = await ledger.invoke('people.importPreview', { token: parsed.token, mapping });
    expect(preview).toMatchObject({ ok: true, value: { counts: { total: 1, valid: 1, withErrors: 0 } } });
    const committed = await ledger.invoke('people.importCommit', { token: parsed.token, mapping });
    expect(committed).toEqual({ ok: true, value: { imported: 1, newUnits: 1, newTiers: 0 } });
    // The token is spent: committing again cannot import twice.
    expect(await ledger.invoke('people.importCommit', { token: parsed.token, mapping })).toMatchObject({
      ok: false,
      error: { code: 'import_expired' },
    });

    const second = await ledger.invoke('people.importParse', {
      fileName: 'b.csv',
      data: Buffer.from('人员,科室,备注\n刘洋,财务科,13900000002\n').toString('base64'),
    });
    expect(second).toMatchObject({ ok: true, value: { remembered: true, mapping } });
    ledger.close();
  });
});

describe('dates in a people file', () => {
  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024/3/1', '2024-03-01'],
    ['2024.3.1', '2024-03-01'],
    ['2024年3月1日', '2024-03-01'],
    ['1/3/2024', '2024-03-01'],
    ['2024-03-01 00:00:00', '2024-03-01'],
    ['45352', '2024-03-01'],
    ['2024-02-30', null],
    ['2023-13-45', null],
    ['3/15/2024', null],
    ['next week', null],
    ['13900000001', null],
  ])('%s → %s', (text, expected) => {
    expect(parseDateCell(text)).toBe(expected);
  });

  it('refuses a date of leaving after today, as the person form does, with the row and today said; today is taken', () => {
    const { ctx } = smallRegistry(); // today: 2024-03-04
    const file = parsePeopleFile('left.csv', csv('姓名,状态,离职日期\n王芳,离职,2024-03-05\n赵强,离职,2024/3/4\n'));
    const mapping = guessMapping(file.headers);
    const preview = previewImport(ctx.db, ctx.clock, file, mapping, 'c'.repeat(32));
    expect(errorsByRow(preview)).toEqual({
      2: [{ field: 'leftOn', code: 'left_on_future', params: { value: '2024-03-05', today: '2024-03-04' } }],
      3: [],
    });
    const error = preview.rows[0]!.errors[0]!;
    expect(importRowErrorText('zh-CN', error)).toBe(
      '离职日期 2024-03-05 还没到（今天是 2024-03-04）：台账只记录已经发生的事，请到当天再登记离职。',
    );
    expect(importRowErrorText('vi', error)).toContain('chưa tới (hôm nay là 2024-03-04)');
    const before = registryCounts(ctx);
    expect(errorOf(() => commitImport(ctx, file, mapping)).code).toBe('import_has_errors');
    expect(registryCounts(ctx)).toEqual(before);
  });
});

describe('two people with the same name in the same unit', () => {
  const pairsOf = (preview: ImportPreview) =>
    preview.sameName.map((p) => [p.name, p.unit, p.first.row, p.first.position, p.second.row, p.second.position]);

  it('lists same-name pairs as warnings; the import is refused until every pair is confirmed, then imports both', () => {
    const { ctx } = smallRegistry();
    const file = parseFixture('same-name-pairs.csv');
    const mapping = guessMapping(file.headers, file.rows);
    const preview = previewImport(ctx.db, ctx.clock, file, mapping, '1'.repeat(32));
    expect(preview.counts).toEqual({ total: 6, valid: 6, withErrors: 0 });
    expect(pairsOf(preview)).toEqual([
      ['王伟', '办公室', 2, '科员', 4, '司机'],
      ['李伟', '办公室', null, '办公室副主任', 5, '科员'],
      ['Nguyen Van Hung', 'Văn phòng', 6, 'Chuyên viên', 7, 'Lái xe'],
    ]);
    // The registry side is told apart by position and phone; no internal id is in what is shown.
    expect(preview.sameName[1]!.first).toEqual({ row: null, position: '办公室副主任', phone: '13800000001' });
    expect(preview.rows.find((r) => r.row === 4)!.warnings).toEqual([
      { field: 'name', code: 'same_name_in_file', params: { row: 2 } },
    ]);

    const before = registryCounts(ctx);
    const refused = errorOf(() => commitImport(ctx, file, mapping));
    expect(refused.code).toBe('import_same_name_unconfirmed');
    expect(refused.params).toEqual({ count: 3 });
    const keys = preview.sameName.map((p) => p.key);
    expect(errorOf(() => commitImport(ctx, file, mapping, keys.slice(0, 2))).params).toEqual({ count: 1 });
    expect(registryCounts(ctx)).toEqual(before);

    expect(commitImport(ctx, file, mapping, keys)).toMatchObject({ imported: 6 });
    const wang = listPeople(ctx.db, '王伟');
    expect(wang.map((p) => [p.position, p.phone]).sort()).toEqual([
      ['司机', '13600000003'],
      ['科员', '13600000001'],
    ]);
    expect(listPeople(ctx.db, '李伟')).toHaveLength(2);
    expect(allEvents(ctx.db).at(-1)!.after).toMatchObject({ sameNameConfirmed: 3 });
  });

  it.each([
    ['the same phone', '姓名,部门,手机号\n王伟,办公室,13600000001\n王伟,办公室,136-0000-0001\n', 'phone'],
    ['the same handle', '姓名,部门,微信号\n王伟,办公室,wangwei\n王 伟,办公室,WangWei\n', 'handle.wechat'],
  ])('rows with %s are the same person: an error, as before', (_, text, field) => {
    const { ctx } = smallRegistry();
    const file = parsePeopleFile('x.csv', csv(text));
    const preview = previewImport(ctx.db, ctx.clock, file, guessMapping(file.headers), '2'.repeat(32));
    expect(errorsByRow(preview)[3]).toEqual([{ field, code: 'duplicate_in_file', params: { row: 2 } }]);
    expect(preview.sameName).toEqual([]);
  });

  it('a row with the phone of the registry’s 李伟 is him: an error, not a pair to confirm', () => {
    const { ctx } = smallRegistry();
    const file = parsePeopleFile('x.csv', csv('姓名,部门,手机号\n李伟,办公室,138 0000 0001\n'));
    const preview = previewImport(ctx.db, ctx.clock, file, guessMapping(file.headers), '3'.repeat(32));
    expect(errorsByRow(preview)[2]).toEqual([
      { field: 'phone', code: 'duplicate_in_registry', params: { name: '李伟', unit: '办公室' } },
    ]);
    expect(preview.sameName).toEqual([]);
  });

  it('passes the confirmed pairs through the ledger', async () => {
    const { ledger } = tempLedger();
    await ledger.invoke('org.create', { name: '测试局', locale: 'en' });
    const parsed = await ledger.invoke('people.importParse', {
      fileName: 'same-name-pairs.csv',
      data: Buffer.from(fixture('same-name-pairs.csv')).toString('base64'),
    });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { token, mapping } = parsed.value as ImportParsed;
    const preview = await ledger.invoke('people.importPreview', { token, mapping });
    if (!preview.ok) throw new Error(preview.error.message);
    const keys = (preview.value as ImportPreview).sameName.map((p) => p.key);
    expect(keys).toHaveLength(2);
    expect(await ledger.invoke('people.importCommit', { token, mapping })).toMatchObject({
      ok: false,
      error: {
        code: 'import_same_name_unconfirmed',
        message: expect.stringMatching(/^2 pair\(s\) of people have the same name in the same unit/),
      },
    });
    expect(await ledger.invoke('people.importCommit', { token, mapping, acceptSameName: keys })).toMatchObject({
      ok: true,
      value: { imported: 6 },
    });
    ledger.close();
  });
});

describe('address books exported by WeCom, DingTalk or an HR system', () => {
  it('imports department paths into the unit tree, the first of several departments as the unit', () => {
    const { ctx } = smallRegistry();
    const file = parseFixture('wecom-address-book.csv');
    const mapping = guessMapping(file.headers, file.rows);
    // 账号, 别名, 性别, 座机 and 个人邮箱 are not fields; 激活状态 is read as the status.
    expect(mapping).toEqual({ name: '姓名', position: '职务', unit: '部门', phone: '手机', status: '激活状态' });
    const preview = previewImport(ctx.db, ctx.clock, file, mapping, '4'.repeat(32));
    expect(errorsByRow(preview)).toEqual({ 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] });
    // Each missing level once; “测试局”, the organisation itself, is the root and no unit; 办公室 exists.
    expect(preview.newUnits).toEqual(['执法监察大队', '执法监察大队 / 一中队', '执法监察大队 / 二中队']);
    const row = (n: number) => preview.rows.find((r) => r.row === n)!;
    expect(row(3).values.unit).toBe('执法监察大队 / 一中队');
    expect(row(3).otherUnits).toEqual(['办公室']);
    expect(row(6).otherUnits).toEqual(['执法监察大队 / 一中队']);
    expect(row(7).values.unit).toBeUndefined();

    expect(commitImport(ctx, file, mapping)).toEqual({ imported: 6, newUnits: 3, newTiers: 0 });
    const units = listUnits(ctx.db);
    expect(units.filter((u) => /[/;；／]/.test(u.name))).toEqual([]);
    expect(units.filter((u) => u.name === '测试局')).toEqual([]);
    const brigade = units.find((u) => u.name === '执法监察大队')!;
    const first = units.find((u) => u.name === '一中队')!;
    expect(brigade.parentId).toBeNull();
    expect(first.parentId).toBe(brigade.id);
    expect(units.find((u) => u.name === '二中队')!.parentId).toBe(brigade.id);
    const person = (name: string) => listPeople(ctx.db, name)[0]!;
    expect(person('王芳')).toMatchObject({ unitId: first.id, status: 'active' });
    expect(person('赵刚')).toMatchObject({ unitId: brigade.id, status: 'active' }); // 未激活: on the staff
    expect(person('陈晨').unitId).toBe('unit-office');
    expect(person('孙悦').unitId).toBeNull();

    // The next export of the same tree matches the units it created: nothing new.
    const again = parsePeopleFile('again.csv', csv('姓名,部门,手机\n周敏,测试局/执法监察大队/一中队,13700000009\n'));
    const next = previewImport(ctx.db, ctx.clock, again, guessMapping(again.headers), '5'.repeat(32));
    expect(next.newUnits).toEqual([]);
    commitImport(ctx, again, guessMapping(again.headers));
    expect(person('周敏').unitId).toBe(first.id);
  });

  it('leaves a status column unmapped when its values are not status words', () => {
    const file = parsePeopleFile('x.csv', csv('姓名,人员状态\n陈静,正式\n刘洋,试用\n周芳,在职\n'));
    expect(guessMapping(file.headers)).toEqual({ name: '姓名', status: '人员状态' });
    expect(guessMapping(file.headers, file.rows)).toEqual({ name: '姓名' });
  });

  it.each([
    ['在职', 'active'],
    ['已激活', 'active'],
    ['未激活', 'active'],
    ['已禁用', 'left'],
    ['离职', 'left'],
    ['已退出企业', 'left'],
    ['Đang công tác', 'active'],
    ['đã nghỉ', 'left'],
    ['Đã chuyển công tác', 'left'],
    ['Active', 'active'],
    ['Left', 'left'],
    ['Resigned', 'left'],
    ['Disabled', 'left'],
    ['停薪留职', null],
  ])('reads the status word %s as %s', (word, expected) => {
    expect(parseStatus(word)).toBe(expected);
  });
});

describe('invisible and direction-changing characters', () => {
  // Zero-width characters are removed; direction controls are refused with their code point.
  it.each([
    ['zero-width space', '李\u200b伟', '李伟', null],
    ['zero-width joiner', '王\u200d芳', '王芳', null],
    ['zero-width non-joiner', 'Tr\u200cần', 'Trần', null],
    ['BOM inside the text', '\ufeff陈静', '陈静', null],
    ['word joiner', '刘\u2060洋', '刘洋', null],
    ['soft hyphen', 'Ng\u00aduyễn', 'Nguyễn', null],
    ['right-to-left override', '\u202e伟李', null, 'U+202E'],
    ['left-to-right embedding', '\u202a李伟\u202c', null, 'U+202A'],
    ['first-strong isolate', '张\u2068三\u2069', null, 'U+2068'],
    ['right-to-left mark', '李伟\u200f', null, 'U+200F'],
    ['Arabic letter mark', '\u061c周芳', null, 'U+061C'],
  ])('%s', (_, name, imported, codePoint) => {
    const { ctx } = smallRegistry();
    const file = parsePeopleFile('x.csv', csv(`姓名,部门,手机号\n${name},综合科,13500000001\n`));
    const preview = previewImport(ctx.db, ctx.clock, file, guessMapping(file.headers), '6'.repeat(32));
    const [row] = preview.rows;
    if (codePoint === null) {
      expect(row!.errors).toEqual([]);
      expect(row!.values.name).toBe(imported);
    } else {
      expect(row!.row).toBe(2);
      expect(row!.errors).toEqual([{ field: 'name', code: 'direction_control', params: { codePoint } }]);
    }
  });

  it.each([
    ['ESC (a terminal title sequence)', '阮\u001b]0;x\u0007文安', 'U+001B', 'vi', 'Có ký tự điều khiển U+001B'],
    ['BEL', '陈\u0007静', 'U+0007', 'zh-CN', '含有控制字符 U+0007'],
    ['a C1 control', 'Tr\u0085ần', 'U+0085', 'en', 'Contains the control character U+0085'],
    ['DEL', '王芳\u007f', 'U+007F', 'en', 'Contains the control character U+007F'],
  ] as const)('refuses a name with %s, with its row', (_, name, codePoint, locale, text) => {
    const { ctx } = smallRegistry();
    const file = parsePeopleFile('x.csv', csv(`姓名,部门\n陈静,办公室\n${name},办公室\n`));
    const preview = previewImport(ctx.db, ctx.clock, file, guessMapping(file.headers), '9'.repeat(32));
    expect(preview.rows[0]!.errors).toEqual([]);
    expect(preview.rows[1]).toMatchObject({
      row: 3,
      errors: [{ field: 'name', code: 'control_character', params: { codePoint } }],
    });
    expect(importRowErrorText(locale, preview.rows[1]!.errors[0]!)).toContain(text);
    expect(errorOf(() => commitImport(ctx, file, guessMapping(file.headers))).params).toEqual({ count: 1 });
  });

  it('names the row and the code point', () => {
    const { ctx } = smallRegistry();
    const file = parsePeopleFile('x.csv', csv('姓名\n陈静\n\u202e伟李\n'));
    const preview = previewImport(ctx.db, ctx.clock, file, guessMapping(file.headers), '7'.repeat(32));
    expect(preview.rows[1]).toMatchObject({ row: 3, errors: [{ code: 'direction_control' }] });
    expect(importRowErrorText('vi', preview.rows[1]!.errors[0]!)).toMatch(/U\+202E/);
    expect(errorOf(() => commitImport(ctx, file, guessMapping(file.headers))).params).toEqual({ count: 1 });
  });

  it('is not fooled by a zero-width space: 李\u200b伟 in 办公室 pairs with the registry’s 李伟', () => {
    const { ctx } = smallRegistry();
    const file = parsePeopleFile('x.csv', csv('姓名,部门\n李\u200b伟,办公室\n李伟,办公室\n'));
    const preview = previewImport(ctx.db, ctx.clock, file, guessMapping(file.headers), '8'.repeat(32));
    expect(preview.sameName.map((p) => [p.first.row, p.second.row])).toEqual([
      [null, 2],
      [null, 3],
      [2, 3],
    ]);
    expect(nameKey('李\u200b伟')).toBe(nameKey('李伟'));
    expect(nameKey('\u202e李伟')).toBe(nameKey('李伟'));
  });

  it('the person form follows the same rule', () => {
    const { ctx } = smallRegistry();
    const input = (name: string) => personInput(name, { unitId: 'unit-office' });
    expect(errorOf(() => savePerson(ctx, input('李\u200b伟'))).code).toBe('duplicate_person');
    const refused = errorOf(() => savePerson(ctx, input('\u202e伟李')));
    expect(refused).toMatchObject({ code: 'invalid_input', params: { issue: 'text.direction', value: 'U+202E' } });
    expect(errorMessage('zh-CN', refused.code, refused.params)).toMatch(/U\+202E/);
    expect(savePerson(ctx, input('王\u200b芳')).name).toBe('王芳');
  });
});

describe('CSV cells the product writes', () => {
  it.each([
    ['=HYPERLINK("http://x","点我")', `'=HYPERLINK("http://x","点我")`],
    ['+86 138 0000 0001', `'+86 138 0000 0001`],
    ['-1+2', `'-1+2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['-12.5', '-12.5'],
    ['+8613800000001', '+8613800000001'],
    ['李伟', '李伟'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutraliseCell(%j) → %j', (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });

  it('csvLine quotes and neutralises every cell', () => {
    expect(csvLine(['=1+2', 'a,b', 'say "hi"', null, 3])).toBe(`'=1+2,"a,b","say ""hi""",,3`);
  });
});

// The file is kept between preview and commit; make sure the type the CLI builds still fits.
const _parsedShape: ParsedPeopleFile = { fileName: 'x.csv', format: 'csv', encoding: 'utf-8', headers: [], rows: [] };
void _parsedShape;
