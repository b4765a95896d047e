/**
 * CSV as offices actually send it: saved by Chinese Excel in GB18030, by WPS or LibreOffice in
 * UTF-8 with or without a BOM, "Unicode text" in UTF-16; separated by commas, semicolons (Excel
 * in locales with a decimal comma, Vietnamese among them) or tabs; quoted per RFC 4180. The
 * records are split by Papa Parse; what is ours is choosing the encoding and the delimiter, and
 * the limits (./limits.ts), checked record by record.
 */
import { isUtf8 } from 'node:buffer';
import Papa from 'papaparse';
import { LedgerError } from '../../../../shared/errors';
import { RecordCollector, type SheetRecord } from './limits';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16';

/** One record with the row number a spreadsheet would show (the first record is row 1). */
export type CsvRecord = SheetRecord;

const LF = 0x0a;

/**
 * Decodes the bytes: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise valid UTF-8 is UTF-8, and
 * anything else is read as GB18030 (a superset of GBK and GB2312, which Chinese Excel writes) —
 * unless its rows are in two encodings (see mixedEncodingRow), which is refused.
 */
export function decodeCsv(fileName: string, bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(fileName, bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  }
  // NUL bytes never occur in a text file in these encodings: it is a binary file with a .csv name.
  if (bytes.includes(0)) throw new LedgerError('import_unreadable', { file: fileName, issue: 'import.binary' });
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const row = mixedEncodingRow(bytes);
    if (row !== null)
      throw new LedgerError('import_unreadable', { file: fileName, issue: 'import.mixed_encoding', row });
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

function utf8(fileName: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LedgerError('import_unreadable', { file: fileName, issue: 'import.encoding' });
  }
}

type LineKind = 'utf8' | 'other';

/**
 * For bytes that are not valid UTF-8 as a whole: the row (as a spreadsheet numbers it) of the first
 * line in the minority encoding when some lines are UTF-8 text and others are not — rows pasted
 * from a UTF-8 export into a GBK file, or the reverse — or null when the file has one encoding.
 *
 * The rule, line by line (a line feed is never part of a multi-byte character in UTF-8 or
 * GB18030, so lines split cleanly): a line that is not valid UTF-8 is in another encoding; a line
 * that is valid UTF-8 and holds a character of three UTF-8 bytes or more (all of Chinese, and
 * Vietnamese letters such as ế, ộ, ữ) is UTF-8 text. GBK text almost never forms such a line by
 * chance — every byte of the line would have to fall into place — while a short GBK line can
 * form a two-byte UTF-8 character (女 is C5 AE, which is Ů), so lines with only one- and two-byte
 * characters count for neither side. A file with lines of both kinds is mixed; the encoding of
 * fewer lines (at a tie, the one met second) is the wrong one.
 */
export function mixedEncodingRow(bytes: Uint8Array): number | null {
  const lines: Array<{ start: number; end: number; kind: LineKind | null }> = [];
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(LF, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    // In valid UTF-8, a byte from E0 on starts a character of three bytes or more (U+0800 and up).
    const kind: LineKind | null = !isUtf8(line) ? 'other' : line.some((b) => b >= 0xe0) ? 'utf8' : null;
    lines.push({ start, end, kind });
    start = end + 1;
  }
  const utf8Lines = lines.filter((l) => l.kind === 'utf8').length;
  const otherLines = lines.filter((l) => l.kind === 'other').length;
  if (utf8Lines === 0 || otherLines === 0) return null;
  const first = lines.find((l) => l.kind !== null)!.kind!;
  const wrong: LineKind =
    utf8Lines === otherLines ? (first === 'utf8' ? 'other' : 'utf8') : utf8Lines < otherLines ? 'utf8' : 'other';
  const bad = lines.find((l) => l.kind === wrong)!;
  // The row number: how many records the lines before it make (a quoted cell may span lines).
  const before = lines
    .filter((l) => l.end <= bad.start)
    .map((l) => new TextDecoder(l.kind === 'utf8' ? 'utf-8' : 'gb18030').decode(bytes.subarray(l.start, l.end)))
    .join('\n');
  if (before === '') return 1;
  let count = 0;
  splitRecords(`${before}\n`, () => {
    count++;
    return true;
  });
  return Math.max(1, count);
}

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter of the header line: the candidate that occurs most often outside quotes in it
 * (ties go to the comma). An Excel `sep=;` first line names it outright.
 */
export function detectDelimiter(text: string): { delimiter: Delimiter; skipFirstLine: boolean } {
  const sep = /^sep=([,;\t])\r?(\n|$)/.exec(text);
  if (sep) return { delimiter: sep[1] as Delimiter, skipFirstLine: true };
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return { delimiter: best, skipFirstLine: false };
}

/**
 * Hands each record to `onRecord` (which returns false to stop) with Papa Parse; returns the row
 * where a quote opened that never closes, or null. Line ends are made \n first, so a file whose
 * lines end differently (CRLF, LF, the old Mac CR) is read the same.
 */
function splitRecords(text: string, onRecord: (cells: string[], row: number) => boolean): number | null {
  const { delimiter, skipFirstLine } = detectDelimiter(text);
  const body = (skipFirstLine ? text.slice(text.search(/\n|$/) + 1) : text).replace(/\r\n?/g, '\n');
  let row = 0;
  let openQuote: number | null = null;
  Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step: (result, parser) => {
      row++;
      // An opening quote that never closes would swallow the rest of the file silently.
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        openQuote = row;
        parser.abort();
        return;
      }
      if (!onRecord(result.data, row)) parser.abort();
    },
  });
  return openQuote;
}

/**
 * Splits CSV text into records (RFC 4180: quoted fields may hold the delimiter, doubled quotes
 * and line breaks), non-empty ones only, each with its spreadsheet row number; refuses the file
 * at the first record over a limit. A quote that never closes is an error.
 */
export function parseCsv(fileName: string, text: string): CsvRecord[] {
  const collector = new RecordCollector(fileName);
  let failure: unknown = null;
  const openedOn = splitRecords(text, (cells, row) => {
    try {
      // The row is checked before it is kept: a row of a million cells is not copied.
      collector.checkColumn(row, cells.length - 1, false);
      collector.add(row, cells);
      return true;
    } catch (e) {
      failure = e;
      return false;
    }
  });
  if (failure) throw failure;
  if (openedOn !== null)
    throw new LedgerError('import_unreadable', { file: fileName, issue: 'import.quote', row: openedOn });
  return collector.records;
}
