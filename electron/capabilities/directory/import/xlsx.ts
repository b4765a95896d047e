/**
 * Reads the first worksheet of an XLSX workbook as rows of text, with fflate for the zip and a
 * small tokenizer for the sheet XML (Office Open XML as Excel, WPS, LibreOffice and libraries
 * write it, with or without namespace prefixes).
 *
 * Every cell becomes the text a person sees, never a JavaScript number: a phone number typed as a
 * number stays "13812345678" (not 1.38e10), a date-formatted cell becomes YYYY-MM-DD.
 */
import { unzipSync } from 'fflate';
import { LedgerError } from '../../../../shared/errors';

export interface SheetRow {
  /** The row number Excel shows. */
  row: number;
  cells: string[];
}

/** Uncompressed XML we are willing to inflate (a zip bomb stops here, not in memory). */
const MAX_XML_BYTES = 200 * 1024 * 1024;

const unreadable = (file: string, issue: string): LedgerError => new LedgerError('import_unreadable', { file, issue });

export function readXlsx(fileName: string, bytes: Uint8Array): SheetRow[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) =>
        f.originalSize <= MAX_XML_BYTES &&
        (f.name === 'xl/workbook.xml' ||
          f.name === 'xl/_rels/workbook.xml.rels' ||
          f.name === 'xl/sharedStrings.xml' ||
          f.name === 'xl/styles.xml' ||
          f.name.startsWith('xl/worksheets/')),
    });
  } catch {
    throw unreadable(fileName, 'import.xlsx_broken');
  }
  const text = (name: string): string | null => {
    const entry = files[name];
    return entry ? new TextDecoder('utf-8').decode(entry) : null;
  };
  const workbook = text('xl/workbook.xml');
  const sheetPath = firstSheetPath(workbook, text('xl/_rels/workbook.xml.rels'));
  const sheet = text(sheetPath) ?? text('xl/worksheets/sheet1.xml');
  if (sheet === null) throw unreadable(fileName, 'import.xlsx_broken');
  const date1904 = workbook !== null && /<(?:[\w.-]+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook);
  const shared = sharedStrings(text('xl/sharedStrings.xml'));
  const styles = cellStyles(text('xl/styles.xml'));
  return sheetRows(sheet, { shared, ...styles, date1904 });
}

// ---------------------------------------------------------------------------------------------
// XML tokens

interface Tag {
  /** Local name, without a namespace prefix. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: string;
}

type Token = { tag: Tag } | { text: string };

const TOKEN = /<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][\s\S]*?>|<(\/?)(?:[\w.-]+:)?([\w.-]+)([^>]*?)(\/?)>|([^<]+)/g;

function* tokens(xml: string): Generator<Token> {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m !== null; m = TOKEN.exec(xml)) {
    if (m[1] !== undefined) yield { text: m[1] };
    else if (m[3] !== undefined)
      yield { tag: { name: m[3], closing: m[2] === '/', selfClosing: m[5] === '/', attrs: m[4] ?? '' } };
    else if (m[6] !== undefined) yield { text: decodeEntities(m[6]) };
  }
}

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? '') : null;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });
}

/** OOXML escapes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return). */
function decodeOoxmlEscapes(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// ---------------------------------------------------------------------------------------------
// Workbook parts

/** The path of the first visible worksheet, through the workbook's relationships. */
function firstSheetPath(workbook: string | null, rels: string | null): string {
  if (!workbook || !rels) return 'xl/worksheets/sheet1.xml';
  const sheets: Array<{ rid: string; hidden: boolean }> = [];
  for (const t of tokens(workbook)) {
    if ('tag' in t && t.tag.name === 'sheet' && !t.tag.closing) {
      const rid = attr(t.tag.attrs, 'id');
      const state = attr(t.tag.attrs, 'state');
      if (rid) sheets.push({ rid, hidden: state === 'hidden' || state === 'veryHidden' });
    }
  }
  const chosen = sheets.find((s) => !s.hidden) ?? sheets[0];
  if (!chosen) return 'xl/worksheets/sheet1.xml';
  for (const t of tokens(rels)) {
    if ('tag' in t && t.tag.name === 'Relationship' && attr(t.tag.attrs, 'Id') === chosen.rid) {
      const target = attr(t.tag.attrs, 'Target') ?? '';
      return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    }
  }
  return 'xl/worksheets/sheet1.xml';
}

/** The shared string table: each <si> is the text of its <t> runs (phonetic <rPh> runs left out). */
function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  for (const t of tokens(xml)) {
    if ('tag' in t) {
      const { name, closing, selfClosing } = t.tag;
      if (name === 'si') {
        if (!closing) current = '';
        if (closing || selfClosing) {
          out.push(decodeOoxmlEscapes(current ?? ''));
          current = null;
        }
      } else if (name === 'rPh' && !selfClosing) phonetic += closing ? -1 : 1;
      else if (name === 't') inText = !closing && !selfClosing;
    } else if (inText && phonetic === 0 && current !== null) current += t.text;
  }
  return out;
}

/** Built-in number formats that are dates (incl. the CJK ones Chinese Excel uses: 27–36, 50–58). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a custom format code shows a date or time (quoted text, colours and escapes ignored). */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:[hms]+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0]!;
  return /[dmyhs]|[年月日]/i.test(bare) && !/^[#0.,%\s?/]*$/.test(bare);
}

/**
 * What the cell styles (cellXfs, by index) say about showing a number: which are dates, and which
 * pad with zeros ("00000000000" keeps the leading 0 of a Vietnamese mobile number typed as a number).
 */
function cellStyles(xml: string | null): { dateStyles: Set<number>; zeroPadded: Map<number, number> } {
  const result = new Set<number>();
  const zeroPadded = new Map<number, number>();
  if (!xml) return { dateStyles: result, zeroPadded };
  const custom = new Map<number, string>();
  let inCellXfs = false;
  let index = 0;
  for (const t of tokens(xml)) {
    if (!('tag' in t)) continue;
    const { name, closing, attrs } = t.tag;
    if (name === 'numFmt' && !closing) {
      custom.set(Number(attr(attrs, 'numFmtId')), attr(attrs, 'formatCode') ?? '');
    } else if (name === 'cellXfs') {
      inCellXfs = !closing && !t.tag.selfClosing;
    } else if (name === 'xf' && inCellXfs && !closing) {
      const id = Number(attr(attrs, 'numFmtId') ?? 0);
      const code = custom.get(id);
      if (code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id)) result.add(index);
      if (code !== undefined && /^0{2,}$/.test(code)) zeroPadded.set(index, code.length);
      index++;
    }
  }
  return { dateStyles: result, zeroPadded };
}

// ---------------------------------------------------------------------------------------------
// Cells

/** "BC12" → 54 (zero-based column index). */
function columnIndex(ref: string): number | null {
  const m = /^([A-Z]+)\d*$/i.exec(ref);
  if (!m) return null;
  let n = 0;
  for (const ch of m[1]!.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** An Excel serial day as YYYY-MM-DD (with the time when it has one). */
export function excelSerialToText(serial: number, date1904 = false): string {
  // 1900 system: day 1 is 1900-01-01 and Excel counts a 29 Feb 1900 that never was.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 31);
  const days = Math.floor(serial);
  const shifted = !date1904 && days > 59 ? days - 1 : days;
  const ms = epoch + shifted * 86_400_000 + Math.round((serial - days) * 86_400) * 1000;
  const iso = new Date(ms).toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** A number as its full digits: "1.3812345678E10" → "13812345678"; decimals as written. */
export function numberText(raw: string): string {
  const trimmed = raw.trim();
  if (!/e/i.test(trimmed)) return trimmed;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return trimmed;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function cellText(type: string | null, raw: string, inline: string, style: number, ctx: CellContext): string {
  switch (type) {
    case 's':
      return ctx.shared[Number(raw)] ?? '';
    case 'inlineStr':
      return decodeOoxmlEscapes(inline);
    case 'str':
      return decodeOoxmlEscapes(raw);
    case 'b':
      return raw === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return raw;
    case 'd':
      return raw.length >= 10 ? raw.slice(0, 10) : raw;
    default: {
      if (raw.trim() === '') return '';
      const value = Number(raw);
      if (ctx.dateStyles.has(style) && Number.isFinite(value)) return excelSerialToText(value, ctx.date1904);
      const pad = ctx.zeroPadded.get(style);
      const text = numberText(raw);
      return pad !== undefined && /^\d+$/.test(text) ? text.padStart(pad, '0') : text;
    }
  }
}

interface CellContext {
  shared: string[];
  dateStyles: Set<number>;
  zeroPadded: Map<number, number>;
  date1904: boolean;
}

function sheetRows(xml: string, ctx: CellContext): SheetRow[] {
  const rows: SheetRow[] = [];
  let row: SheetRow | null = null;
  let cell: { col: number; type: string | null; style: number; raw: string; inline: string } | null = null;
  let into: 'v' | 't' | null = null;
  let inSheetData = false;
  let phonetic = 0;
  let lastRow = 0;
  for (const t of tokens(xml)) {
    if (!('tag' in t)) {
      if (cell && into === 'v') cell.raw += t.text;
      else if (cell && into === 't') cell.inline += t.text;
      continue;
    }
    const { name, closing, selfClosing, attrs } = t.tag;
    if (name === 'sheetData') inSheetData = !closing && !selfClosing;
    if (!inSheetData && name !== 'sheetData') continue;
    if (name === 'row') {
      if (!closing) {
        const r = Number(attr(attrs, 'r'));
        row = { row: Number.isInteger(r) && r > 0 ? r : lastRow + 1, cells: [] };
        lastRow = row.row;
      }
      if ((closing || selfClosing) && row) {
        rows.push(row);
        row = null;
      }
    } else if (name === 'c' && row) {
      if (!closing) {
        const ref = attr(attrs, 'r');
        const col = (ref !== null ? columnIndex(ref) : null) ?? row.cells.length;
        cell = { col, type: attr(attrs, 't'), style: Number(attr(attrs, 's') ?? 0), raw: '', inline: '' };
      }
      if ((closing || selfClosing) && cell) {
        while (row.cells.length < cell.col) row.cells.push('');
        row.cells[cell.col] = cellText(cell.type, cell.raw, cell.inline, cell.style, ctx).trim();
        cell = null;
      }
    } else if (cell && name === 'rPh') {
      // Phonetic guide text inside an inline string is not part of the value.
      if (!selfClosing) phonetic += closing ? -1 : 1;
      into = null;
    } else if (cell && phonetic === 0 && (name === 'v' || name === 't')) {
      into = closing || selfClosing ? null : name;
    }
  }
  return rows;
}
