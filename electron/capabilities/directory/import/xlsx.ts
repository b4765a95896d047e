/**
 * Reads the first worksheet of an XLSX workbook as rows of text, streaming: fflate unpacks the zip
 * entry by entry in small chunks (never the whole archive at once), saxes parses the XML as it
 * comes (Office Open XML as Excel, WPS, LibreOffice and libraries write it, with or without
 * namespace prefixes), and every row is checked against the limits (./limits.ts) as it is read —
 * a zip bomb or a row of millions of cells stops at the first limit it crosses.
 *
 * Every cell becomes the text a person sees, never a JavaScript number: a phone number typed as a
 * number stays "13812345678" (not 1.38e10), a date-formatted cell becomes YYYY-MM-DD.
 *
 * (exceljs's streaming WorkbookReader was measured for this and not used: it reads no sheet with
 * prefixed XML, none stored under another name than sheetN.xml, fails on cells without a
 * reference, and builds a whole row before anyone can count its cells — see the branch report.)
 */
import { Unzip, UnzipInflate } from 'fflate';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { LedgerError } from '../../../../shared/errors';
import { IMPORT_LIMITS, MAX_CELLS_PER_ROW, RecordCollector, limitError, megabytes, type SheetRecord } from './limits';

export type SheetRow = SheetRecord;

/** Compressed bytes handed to the unzipper at a time: at most ~1,000 times as many come out. */
const CHUNK = 4096;

const unreadable = (file: string, issue: string): LedgerError => new LedgerError('import_unreadable', { file, issue });

type TextSink = (text: string, final: boolean) => void;

/** Counts the bytes unpacked, across all the parts read, against the limit. */
class Budget {
  private used = 0;
  constructor(private readonly fileName: string) {}
  add(bytes: number): void {
    this.used += bytes;
    if (this.used > IMPORT_LIMITS.unpackedBytes) {
      throw limitError(this.fileName, 'unpackedSize', { max: megabytes(IMPORT_LIMITS.unpackedBytes) });
    }
  }
}

/**
 * Streams the entries `sinkFor` wants to their sinks as UTF-8 text, in chunks; the others are
 * skipped without being unpacked. Returns the names of all entries.
 */
function streamEntries(fileName: string, bytes: Uint8Array, budget: Budget, sinkFor: (name: string) => TextSink | null): Set<string> {
  const names = new Set<string>();
  let done = false;
  const unzip = new Unzip((file) => {
    names.add(file.name);
    const sink = sinkFor(file.name);
    if (!sink) return;
    const decoder = new TextDecoder('utf-8');
    file.ondata = (error, data, final) => {
      // A limit or a parse error thrown below comes back here through fflate's own catch.
      if (error) throw error instanceof LedgerError ? error : unreadable(fileName, 'import.xlsx_broken');
      budget.add(data.length);
      sink(decoder.decode(data, { stream: !final }), final);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length && !done; i += CHUNK) {
      unzip.push(bytes.subarray(i, i + CHUNK), i + CHUNK >= bytes.length);
    }
    done = true;
  } catch (e) {
    if (e instanceof LedgerError) throw e;
    throw unreadable(fileName, 'import.xlsx_broken');
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// XML

type Handlers = {
  open?: (name: string, tag: SaxesTagNS) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
};

/** A sink that parses XML with saxes (namespace-aware: element names without their prefix). */
function xmlSink(fileName: string, handlers: Handlers): TextSink {
  // An undeclared prefix is tolerated; entities other than XML's five are refused by saxes.
  const parser = new SaxesParser({ xmlns: true, position: false, resolvePrefix: () => 'urn:unbound' });
  parser.on('error', () => {
    throw unreadable(fileName, 'import.xlsx_broken');
  });
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag) => open(tag.local, tag));
  if (close) parser.on('closetag', (tag) => close(tag.local));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  return (chunk, final) => {
    parser.write(chunk);
    if (final) parser.close();
  };
}

function attr(tag: SaxesTagNS, local: string): string | null {
  for (const a of Object.values(tag.attributes)) if (a.local === local) return a.value;
  return null;
}

/** OOXML escapes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return). */
function decodeOoxmlEscapes(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A sink that keeps the whole text (for the small parts: workbook, relationships, styles). */
function collect(into: { text: string }): TextSink {
  return (chunk) => {
    into.text += chunk;
  };
}

function parseAll(fileName: string, xml: string, handlers: Handlers): void {
  if (xml) xmlSink(fileName, handlers)(xml, true);
}

// ---------------------------------------------------------------------------------------------
// Workbook parts

export function readXlsx(fileName: string, bytes: Uint8Array): SheetRow[] {
  const budget = new Budget(fileName);
  const workbook = { text: '' };
  const rels = { text: '' };
  const styles = { text: '' };
  const shared: string[] = [];
  // Pass 1: the parts that say which sheet comes first and how its cells read.
  const names = streamEntries(fileName, bytes, budget, (name) => {
    if (name === 'xl/workbook.xml') return collect(workbook);
    if (name === 'xl/_rels/workbook.xml.rels') return collect(rels);
    if (name === 'xl/styles.xml') return collect(styles);
    if (name === 'xl/sharedStrings.xml') return xmlSink(fileName, sharedStringHandlers(shared));
    return null;
  });
  const book = workbookInfo(fileName, workbook.text, rels.text);
  const sheetPath = names.has(book.sheetPath) ? book.sheetPath : 'xl/worksheets/sheet1.xml';
  if (!names.has(sheetPath)) throw unreadable(fileName, 'import.xlsx_broken');
  const ctx: CellContext = { shared, ...cellStyles(fileName, styles.text), date1904: book.date1904 };
  // Pass 2: that sheet, row by row.
  const collector = new RecordCollector(fileName);
  streamEntries(fileName, bytes, budget, (name) =>
    name === sheetPath ? xmlSink(fileName, sheetHandlers(ctx, collector)) : null,
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
        const rid = attr(tag, 'id');
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
