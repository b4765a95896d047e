/**
 * Reads the first worksheet of an XLSX workbook as rows of text: zlib unpacks only the parts it
 * needs, each into at most what is left of the unpacked-size limit; saxes parses the XML a piece at
 * a time (Office Open XML as Excel, WPS, LibreOffice and libraries write it, with or without
 * namespace prefixes), and every row is checked against the limits (./limits.ts) as it is read —
 * a zip bomb or a row of millions of cells stops at the first limit it crosses.
 *
 * Every cell becomes the text a person sees, never a JavaScript number: a phone number typed as a
 * number stays "13812345678" (not 1.38e10), a date-formatted cell becomes YYYY-MM-DD.
 *
 * (exceljs's streaming WorkbookReader was measured for this and not used: it reads no sheet with
 * prefixed XML, none stored under another name than sheetN.xml, fails on cells without a
 * reference, and builds a whole row before anyone can count its cells. Measured 2026-12-05, one
 * process per file, time / peak memory: 10,000 people as the app exports them (755 kB) 228–244 ms
 * / 145 MB here, 336–343 ms / 131–138 MB with exceljs; a sheet with prefixed XML stored as
 * data.xml: its row read here, 0 rows and no error with exceljs; 190 MB of rows in a 10 MB file:
 * refused at the unpacked-size limit in 42 ms / 146 MB here, all 2.1 million rows read by exceljs
 * in 6.5 s / 281 MB before anything could count them; one row of 5 million cells: read whole by
 * exceljs in 6.0 s / 291 MB, refused here at the limit of cells per row.)
 */
import { inflateRawSync } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { LedgerError } from '../../../../shared/errors';
import { IMPORT_LIMITS, MAX_CELLS_PER_ROW, RecordCollector, limitError, megabytes, type SheetRecord } from './limits';

export type SheetRow = SheetRecord;

/** Bytes of XML handed to the parser at a time. */
const CHUNK = 1024 * 1024;

const unreadable = (file: string, issue: string): LedgerError => new LedgerError('import_unreadable', { file, issue });

type TextSink = (text: string, final: boolean) => void;

interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** The compressed bytes. */
  data: Uint8Array;
}

/**
 * The entries of a zip, from its central directory (as unzip tools read it): where each one's
 * compressed bytes are, without unpacking any. fflate's streaming Unzip reads local headers in
 * order instead, and for an entry whose sizes follow its data (a "data descriptor", as streaming
 * writers make) it must scan the compressed bytes for a signature, which can occur in them by
 * chance; the directory says where everything is. Files of at most 10 MB need no ZIP64.
 */
function zipEntries(fileName: string, bytes: Uint8Array): Map<string, ZipEntry> {
  const broken = () => unreadable(fileName, 'import.xlsx_broken');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at >= 0 && at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  // The end-of-central-directory record: 22 bytes and a comment of up to 65,535 after it.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff) && end < 0; at--) {
    if (u32(at) === 0x06054b50) end = at;
  }
  if (end < 0) throw broken();
  const count = u16(end + 10);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  for (let at = u32(end + 16), i = 0; i < count; i++) {
    if (u32(at) !== 0x02014b50) throw broken();
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const size = u32(at + 20);
    const nameLength = u16(at + 28);
    const local = u32(at + 42);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    // Encrypted entries and ZIP64 sizes do not occur in a workbook of this size.
    if (flags & 1 || size === 0xffffffff || u32(local) !== 0x04034b50) throw broken();
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + size > bytes.length) throw broken();
    entries.set(name, { name, method, data: bytes.subarray(start, start + size) });
  }
  return entries;
}

/** Counts the bytes the parts read unpack to, together, against the limit. */
class Unpacker {
  private left: number = IMPORT_LIMITS.unpackedBytes;
  constructor(private readonly fileName: string) {}

  /**
   * The bytes of an entry, unpacked by zlib (native, with Node) into at most what is left of the
   * limit: a zip bomb stops there, after a fraction of a second, before any XML is parsed.
   */
  unpack(entry: ZipEntry): Uint8Array {
    const over = () => limitError(this.fileName, 'unpackedSize', { max: megabytes(IMPORT_LIMITS.unpackedBytes) });
    let data: Uint8Array;
    if (entry.method === 0) data = entry.data;
    else if (entry.method !== 8) throw unreadable(this.fileName, 'import.xlsx_broken');
    else {
      if (this.left < 1) throw over();
      try {
        data = inflateRawSync(entry.data, { maxOutputLength: this.left });
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw over();
        throw unreadable(this.fileName, 'import.xlsx_broken');
      }
    }
    if (data.length > this.left) throw over();
    this.left -= data.length;
    return data;
  }
}

/** Hands UTF-8 bytes to a sink as text, a megabyte at a time (saxes parses as it goes). */
function feed(bytes: Uint8Array, sink: TextSink, progress?: (fraction: number) => void): void {
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < bytes.length || i === 0; i += CHUNK) {
    const final = i + CHUNK >= bytes.length;
    sink(decoder.decode(bytes.subarray(i, i + CHUNK), { stream: !final }), final);
    progress?.(Math.min(1, (i + CHUNK) / Math.max(1, bytes.length)));
  }
}

// ---------------------------------------------------------------------------------------------
// XML

/** An element as the handlers see it: its attributes by qualified name ("r:id"). */
type Tag = { attributes: Record<string, string> };

type Handlers = {
  open?: (name: string, tag: Tag) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
};

/** The local name of an element: "x:row" → "row" (workbooks are written with and without prefixes). */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * A sink that parses XML with saxes. Namespaces are not resolved (that costs a third of the time)
 * but prefixes are dropped; entities other than XML's five are refused by saxes, so nothing expands.
 */
function xmlSink(fileName: string, handlers: Handlers): TextSink {
  const parser = new SaxesParser({ xmlns: false, position: false } as const);
  parser.on('error', () => {
    throw unreadable(fileName, 'import.xlsx_broken');
  });
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag) => open(local(tag.name), tag));
  if (close) parser.on('closetag', (tag) => close(local(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  return (chunk, final) => {
    parser.write(chunk);
    if (final) parser.close();
  };
}

/** An attribute (those of SpreadsheetML elements have no prefix). */
function attr(tag: Tag, name: string): string | null {
  return tag.attributes[name] ?? null;
}

/** The relationship id of a <sheet>: r:id, whatever the prefix of the relationships namespace. */
function relationshipId(tag: Tag): string | null {
  for (const key in tag.attributes) if (key.endsWith(':id')) return tag.attributes[key]!;
  return null;
}

/** OOXML escapes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return). */
function decodeOoxmlEscapes(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function parseAll(fileName: string, xml: string, handlers: Handlers): void {
  if (xml) xmlSink(fileName, handlers)(xml, true);
}

// ---------------------------------------------------------------------------------------------
// Workbook parts

export function readXlsx(fileName: string, bytes: Uint8Array, progress?: (fraction: number) => void): SheetRow[] {
  const entries = zipEntries(fileName, bytes);
  const unpacker = new Unpacker(fileName);
  const text = (name: string): string => {
    const entry = entries.get(name);
    return entry ? new TextDecoder('utf-8').decode(unpacker.unpack(entry)) : '';
  };
  // The parts that say which sheet comes first and how its cells read, then that sheet, row by row.
  const book = workbookInfo(fileName, text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  const sheet = entries.get(book.sheetPath) ?? entries.get('xl/worksheets/sheet1.xml');
  if (!sheet) throw unreadable(fileName, 'import.xlsx_broken');
  const styles = cellStyles(fileName, text('xl/styles.xml'));
  const shared: string[] = [];
  const sharedStrings = entries.get('xl/sharedStrings.xml');
  if (sharedStrings) feed(unpacker.unpack(sharedStrings), xmlSink(fileName, sharedStringHandlers(shared)));
  const collector = new RecordCollector(fileName);
  // The sheet is most of the work: how far through its XML is how far the file is read.
  feed(
    unpacker.unpack(sheet),
    xmlSink(fileName, sheetHandlers({ shared, ...styles, date1904: book.date1904 }, collector)),
    progress,
  );
  return collector.records;
}

/** The path of the first visible worksheet (through the workbook's relationships) and the date system. */
function workbookInfo(fileName: string, workbook: string, rels: string): { sheetPath: string; date1904: boolean } {
  const sheets: Array<{ rid: string; hidden: boolean }> = [];
  let date1904 = false;
  parseAll(fileName, workbook, {
    open: (name, tag) => {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attr(tag, 'date1904') ?? '');
      if (name === 'sheet') {
        const rid = relationshipId(tag);
        const state = attr(tag, 'state');
        if (rid) sheets.push({ rid, hidden: state === 'hidden' || state === 'veryHidden' });
      }
    },
  });
  const targets = new Map<string, string>();
  parseAll(fileName, rels, {
    open: (name, tag) => {
      if (name === 'Relationship') targets.set(attr(tag, 'Id') ?? '', attr(tag, 'Target') ?? '');
    },
  });
  const chosen = sheets.find((s) => !s.hidden) ?? sheets[0];
  const target = chosen ? targets.get(chosen.rid) : undefined;
  if (!target) return { sheetPath: 'xl/worksheets/sheet1.xml', date1904 };
  return { sheetPath: target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`, date1904 };
}

/** The shared string table: each <si> is the text of its <t> runs (phonetic <rPh> runs left out). */
function sharedStringHandlers(out: string[]): Handlers {
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  return {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = true;
    },
    close: (name) => {
      if (name === 'si') {
        out.push(decodeOoxmlEscapes(current ?? ''));
        current = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text: (text) => {
      if (inText && phonetic === 0 && current !== null) current += text;
    },
  };
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
function cellStyles(fileName: string, xml: string): { dateStyles: Set<number>; zeroPadded: Map<number, number> } {
  const dateStyles = new Set<number>();
  const zeroPadded = new Map<number, number>();
  const custom = new Map<number, string>();
  let inCellXfs = false;
  let index = 0;
  parseAll(fileName, xml, {
    open: (name, tag) => {
      if (name === 'numFmt') custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attr(tag, 'numFmtId') ?? 0);
        const code = custom.get(id);
        if (code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id)) dateStyles.add(index);
        if (code !== undefined && /^0{2,}$/.test(code)) zeroPadded.set(index, code.length);
        index++;
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return { dateStyles, zeroPadded };
}

// ---------------------------------------------------------------------------------------------
// Cells

/** "BC12" → 54 (zero-based column index). */
function columnIndex(ref: string): number | null {
  const m = /^([A-Z]{1,7})\d*$/i.exec(ref);
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
  const date = new Date(ms);
  // Beyond JavaScript's dates (±273,790 years) a "date" is no date: show the number as typed.
  if (Number.isNaN(date.getTime())) return numberText(String(serial));
  const iso = date.toISOString();
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

interface CellContext {
  shared: string[];
  dateStyles: Set<number>;
  zeroPadded: Map<number, number>;
  date1904: boolean;
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

/** The rows of <sheetData>, each handed to the collector (which checks the limits) as it closes. */
function sheetHandlers(ctx: CellContext, collector: RecordCollector): Handlers {
  let inSheetData = false;
  let row: { number: number; cells: string[]; count: number; lastCol: number } | null = null;
  let cell: { col: number; type: string | null; style: number; raw: string; inline: string } | null = null;
  let into: 'v' | 't' | null = null;
  let phonetic = 0;
  let lastRow = 0;
  return {
    open: (name, tag) => {
      if (name === 'sheetData') inSheetData = true;
      if (!inSheetData) return;
      if (name === 'row') {
        const r = Number(attr(tag, 'r'));
        row = { number: Number.isInteger(r) && r > 0 ? r : lastRow + 1, cells: [], count: 0, lastCol: -1 };
        lastRow = row.number;
      } else if (name === 'c' && row) {
        const ref = attr(tag, 'r');
        const col = (ref !== null ? columnIndex(ref) : null) ?? row.lastCol + 1;
        row.lastCol = col;
        // A cell beyond the last column a sheet can have, or more cells than it can have, however empty.
        if (++row.count > MAX_CELLS_PER_ROW) collector.checkColumn(row.number, row.count - 1, false);
        collector.checkColumn(row.number, col, false);
        cell = { col, type: attr(tag, 't'), style: Number(attr(tag, 's') ?? 0), raw: '', inline: '' };
      } else if (cell && name === 'rPh') {
        // Phonetic guide text inside an inline string is not part of the value.
        phonetic++;
        into = null;
      } else if (cell && phonetic === 0 && (name === 'v' || name === 't')) {
        into = name;
      }
    },
    close: (name) => {
      if (name === 'sheetData') inSheetData = false;
      if (name === 'row' && row) {
        const { cells } = row;
        collector.add(
          row.number,
          Array.from({ length: cells.length }, (_, i) => cells[i] ?? ''),
        );
        row = null;
      } else if (name === 'c' && row && cell) {
        const text = cellText(cell.type, cell.raw, cell.inline, cell.style, ctx).trim();
        if (text !== '') {
          collector.checkColumn(row.number, cell.col, true);
          collector.checkCell(row.number, cell.col, text.length);
          row.cells[cell.col] = text;
        }
        cell = null;
      } else if (name === 'rPh' && cell) {
        phonetic--;
      } else if (name === 'v' || name === 't') {
        into = null;
      }
    },
    text: (text) => {
      if (!cell || !row || into === null) return;
      if (into === 'v') cell.raw += text;
      else cell.inline += text;
      // A cell of megabytes is refused while it is read, before it is kept.
      collector.checkCell(row.number, cell.col, into === 'v' ? cell.raw.length : cell.inline.length);
    },
  };
}
