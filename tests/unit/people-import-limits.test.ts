/**
 * The limits of a staff list (issue 12, points 5–6; issue 13, point 2): files built to exhaust the
 * reader are refused at the first limit they cross, with a message naming it, using little memory,
 * and nothing is imported. And a CSV whose rows are in two encodings is refused at its first
 * different row instead of being imported as mojibake.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LedgerError } from '../../shared/errors';
import { parsePeopleFileOffThread, startPeopleParse } from '../../electron/capabilities/directory/import/parseOffThread';
import { errorMessage } from '../../shared/i18n/errors';
import { parsePeopleFile } from '../../electron/capabilities/directory/import/peopleImport';
import { IMPORT_LIMITS } from '../../electron/capabilities/directory/import/limits';
import { errorOf } from './helpers';
import { tempLedger } from './ledger-helpers';
import { SHEET_HEAD, SHEET_TAIL, xlsxBomb, xlsxOf } from './import-bombs';

const utf8 = (text: string) => new TextEncoder().encode(text);
const gb18030 = (text: string) => new Uint8Array(Buffer.from(encodeGb18030(text)));
const join = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const MB = 1024 * 1024;

/** GB18030 bytes of Chinese text, as Chinese Excel saves it (Node encodes no GB18030: a small table). */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}

/** A 190 MB worksheet: `block` repeated (each block one megabyte or so). */
const sheetOf190MB = (block: string) => {
  const bytes = utf8(block).length;
  return xlsxBomb({ head: SHEET_HEAD, block, times: Math.ceil((190 * MB) / bytes), tail: SHEET_TAIL });
};

const bombs: Array<[string, string, () => Uint8Array, string, Record<string, unknown>]> = [
  [
    'an XLSX of 0.6 MB that unpacks to 190 MB, one cell repeated in every row',
    'bomb.xlsx',
    () => sheetOf190MB('<row><c t="inlineStr"><is><t>陈静</t></is></c></row>'.repeat(20_000)),
    'unpackedSize',
    { max: '50.0 MB' },
  ],
  [
    'an XLSX of 40,000 rows of people (2 MB unpacked)',
    'rows.xlsx',
    () =>
      xlsxBomb({
        head: SHEET_HEAD,
        block: '<row><c t="inlineStr"><is><t>陈静</t></is></c></row>'.repeat(1_000),
        times: 40,
        tail: SHEET_TAIL,
      }),
    'rows',
    { row: 20_002, max: 20_000 },
  ],
  [
    'an XLSX whose shared strings unpack to 190 MB',
    'strings.xlsx',
    () =>
      xlsxBomb({
        entry: 'xl/sharedStrings.xml',
        head: '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
        block: '<si><t>陈静</t></si>'.repeat(50_000),
        times: 240,
        tail: '</sst>',
      }),
    'unpackedSize',
    { max: '50.0 MB' },
  ],
  [
    'an XLSX with one row of 5 million cells',
    'wide.xlsx',
    () =>
      xlsxBomb({
        head: `${SHEET_HEAD}<row r="1">`,
        block: '<c/>'.repeat(100_000),
        times: 50,
        tail: `</row>${SHEET_TAIL}`,
      }),
    'columns',
    { row: 1, found: 16_385, max: 200 },
  ],
  [
    'an XLSX with one row of 200,000 cells, all at A1',
    'same-cell.xlsx',
    () =>
      xlsxBomb({
        head: `${SHEET_HEAD}<row r="1">`,
        block: '<c r="A1"><v>1</v></c>'.repeat(10_000),
        times: 20,
        tail: `</row>${SHEET_TAIL}`,
      }),
    'columns',
    { row: 1, found: 16_385, max: 200 },
  ],
  [
    'an XLSX with a 9 MB cell',
    'long.xlsx',
    () =>
      xlsxBomb({
        head: `${SHEET_HEAD}<row r="1"><c t="inlineStr"><is><t>姓名</t></is></c></row><row r="2"><c t="inlineStr"><is><t>`,
        block: 'x'.repeat(MB),
        times: 9,
        tail: `</t></is></c></row>${SHEET_TAIL}`,
      }),
    'cellLength',
    { row: 2, column: 'A', max: 2_000 },
  ],
  [
    'an XLSX with 100,000 columns',
    'columns.xlsx',
    () => xlsxOf([Array.from({ length: 100_000 }, (_, i) => `列${i}`)]),
    'columns',
    { row: 1, found: 201, max: 200 },
  ],
  [
    'a CSV with one 9 MB cell',
    'long.csv',
    () => utf8(`姓名,备注\n陈静,"${'x'.repeat(9 * MB)}"\n`),
    'cellLength',
    { row: 2, column: 'B', found: 9 * MB },
  ],
  [
    'a CSV with 100,000 columns',
    'columns.csv',
    () => utf8(`${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n陈静\n`),
    'columns',
    { row: 1, found: 100_000, max: 200 },
  ],
  [
    'a CSV of 20,001 people',
    'many.csv',
    () => utf8(`姓名,电话\n${'陈静,13900000001\n'.repeat(20_001)}`),
    'rows',
    { row: 20_002, max: 20_000 },
  ],
];

describe('files over a limit', () => {
  it.each(bombs)('refuses %s, naming the limit, with little memory', (_, name, make, limit, params) => {
    const bytes = make();
    expect(bytes.length).toBeLessThan(IMPORT_LIMITS.fileBytes);
    // The peak of the whole process (kB): it grows only if reading the bomb takes more than anything before.
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const rssBefore = process.memoryUsage().rss;
    const error = errorOf(() => parsePeopleFile(name, bytes));
    const peakGrowth = process.resourceUsage().maxRSS * 1024 - Math.max(peakBefore, rssBefore);
    expect(error.code).toBe('import_limit');
    expect(error.params).toMatchObject({ file: name, limit, ...params });
    expect(peakGrowth).toBeLessThan(200 * MB);
  });

  it('imports a file at each limit: 20,000 people, 200 columns, cells of 2,000 characters', () => {
    const header = ['姓名', ...Array.from({ length: 199 }, (_, i) => `备注${i + 1}`)];
    const long = '长'.repeat(IMPORT_LIMITS.cellChars);
    const rows = Array.from({ length: IMPORT_LIMITS.rows }, (_, i) => `人员${i},${i === 0 ? long : ''}`);
    const csv = parsePeopleFile('full.csv', utf8(`${header.join(',')}\n${rows.join('\n')}\n`));
    expect(csv.headers).toHaveLength(200);
    expect(csv.rows).toHaveLength(20_000);
    expect(csv.rows[0]![1]).toBe(long);
    expect(csv.rowNumbers!.at(-1)).toBe(20_001);
    const xlsx = parsePeopleFile('full.xlsx', xlsxOf([header, [`陈静`, long]]));
    expect(xlsx.headers).toHaveLength(200);
    expect(xlsx.rows[0]![1]).toBe(long);
  });

  it('says which limit, with the figures, in every language; nothing is imported', async () => {
    const { ledger } = tempLedger();
    await ledger.invoke('org.create', { name: '测试局', locale: 'zh-CN' });
    const before = await ledger.invoke('people.list', {});
    const result = await ledger.invoke('people.importParse', {
      fileName: 'many.csv',
      data: Buffer.from(`姓名\n${'陈静\n'.repeat(20_001)}`).toString('base64'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'import_limit' } });
    if (result.ok) throw new Error('imported');
    expect(result.error.message).toBe(
      '文件“many.csv”超出了可导入的限度：人员超过 20,000 行（第 20,002 行已超出），请拆分为几个文件。未导入任何内容。',
    );
    expect(await ledger.invoke('people.list', {})).toEqual(before);
    ledger.close();

    const cell = {
      file: 'a.csv',
      limit: 'cellLength',
      issue: 'import.limit.cellLength',
      row: 2,
      column: 'B',
      found: 9437184,
      max: 2000,
    };
    expect(errorMessage('en', 'import_limit', cell)).toBe(
      'The file “a.csv” is over a limit of what can be imported: the cell in row 2, column B holds 9,437,184 characters, but one cell can hold at most 2,000. Nothing was imported.',
    );
    expect(errorMessage('vi', 'import_limit', cell)).toMatch(
      /ô ở dòng 2, cột B có 9\.437\.184 ký tự.*tối đa 2\.000 ký tự/,
    );
    const size = { file: 'a.xlsx', limit: 'unpackedSize', issue: 'import.limit.unpackedSize', max: '50.0 MB' };
    expect(errorMessage('zh-CN', 'import_limit', size)).toMatch(/工作表解压后超过 50\.0 MB/);
  });
});

describe('a CSV whose rows are in two encodings', () => {
  const header = '姓名,部门,电话\n';
  const gbRows = '陈静,办公室,13900000001\n刘洋,财务科,13900000002\n周芳,财务科,13900000003\n';
  const utfRow = '王伟,人事科,13900000004\n';

  it.each([
    ['GBK rows, then a row pasted from a UTF-8 export', join(gb18030(header + gbRows), utf8(utfRow)), 5],
    ['UTF-8 rows, then a GBK row', join(utf8(header + gbRows), gb18030(utfRow)), 5],
    ['a UTF-8 row among GBK ones', join(gb18030(header), utf8(utfRow), gb18030(gbRows)), 2],
    [
      'a GBK row after a cell that spans two lines (row numbers as Excel shows them)',
      join(
        utf8(`${header}"陈静\n(借调)",办公室,13900000001\n刘洋,财务科,13900000002\n`),
        gb18030(utfRow),
        utf8(utfRow),
      ),
      4,
    ],
  ])('refuses %s, naming the first different row', (_, bytes, row) => {
    const error = errorOf(() => parsePeopleFile('混合.csv', bytes));
    expect(error.code).toBe('import_unreadable');
    expect(error.params).toMatchObject({ issue: 'import.mixed_encoding', row });
    expect(errorMessage('en', 'import_unreadable', error.params)).toContain(`row ${row};`);
    expect(errorMessage('zh-CN', 'import_unreadable', error.params)).toContain(`第 ${row} 行`);
  });

  it('still reads a file in one encoding, GBK or UTF-8, even where a GBK cell happens to be valid UTF-8', () => {
    // 女 in GBK is C5 AE, which is also the UTF-8 of Ů: a row holding only it decides nothing.
    const text = `${header}${gbRows}Li Na,女,13900000005\n`;
    const gbk = parsePeopleFile('gbk.csv', gb18030(text));
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.rows.map((r) => r[1])).toEqual(['办公室', '财务科', '财务科', '女']);
    const unicode = parsePeopleFile('utf8.csv', utf8(text));
    expect(unicode.encoding).toBe('utf-8');
    expect(unicode.rows).toEqual(gbk.rows);
  });
});

describe('reading in a worker thread', () => {
  // The built worker (npm test builds before the unit tests), as the app and the harness start it.
  const SCRIPT = resolve(import.meta.dirname, '../../dist/electron/people-import-worker.mjs');

  it('gives the same rows as reading in this thread, and the same coded errors', async () => {
    expect(existsSync(SCRIPT)).toBe(true);
    for (const name of ['people.xlsx', 'people-gb18030.csv']) {
      const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures/import', name)));
      expect(await parsePeopleFileOffThread(name, bytes, SCRIPT)).toEqual(parsePeopleFile(name, bytes));
    }
    const bomb = xlsxBomb({
      head: `${SHEET_HEAD}<row r="1">`,
      block: '<c/>'.repeat(10_000),
      times: 10,
      tail: `</row>${SHEET_TAIL}`,
    });
    const error = await parsePeopleFileOffThread('wide.xlsx', bomb, SCRIPT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerError);
    expect(error).toMatchObject({ code: 'import_limit', params: { limit: 'columns', row: 1, found: 16_385 } });
  });

  it('says how far it is while it reads, and a cancel ends the thread: the reading answers import_cancelled', async () => {
    // 20,000 rows of 20 cells: about 36 MB of XML, within every limit.
    const cells = (prefix: string) =>
      Array.from({ length: 20 }, (_, i) => `<c t="inlineStr"><is><t>${prefix}${i} 一段文字</t></is></c>`).join('');
    const big = xlsxBomb({
      head: `${SHEET_HEAD}<row>${cells('列')}</row>`,
      block: `<row>${cells('值')}</row>`,
      times: 19_999,
      tail: SHEET_TAIL,
    });
    const parse = startPeopleParse('big.xlsx', big, SCRIPT);
    let seen = 0;
    for (let i = 0; i < 4000 && seen === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      seen = parse.progress();
    }
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(1);
    expect(parse.cancel()).toBe(true);
    await expect(parse.done).rejects.toMatchObject({ code: 'import_cancelled' });
    expect(parse.cancel()).toBe(false);

    // Read to its end, the same file gives every row, and says it is all read.
    const whole = startPeopleParse('big.xlsx', big, SCRIPT);
    const file = await whole.done;
    expect(file.rows).toHaveLength(19_999);
    expect(whole.progress()).toBe(1);
  });
});
