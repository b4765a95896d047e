/**
 * CSV as offices actually send it: saved by Chinese Excel in GB18030, by WPS or LibreOffice in
 * UTF-8 with or without a BOM, "Unicode text" in UTF-16; separated by commas, semicolons (Excel
 * in locales with a decimal comma, Vietnamese among them) or tabs; quoted per RFC 4180.
 */
import { LedgerError } from '../../../../shared/errors';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16';

/** One record with the row number a spreadsheet would show (the first record is row 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/**
 * Decodes the bytes: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise valid UTF-8 is UTF-8, and
 * anything else is read as GB18030 (a superset of GBK and GB2312, which Chinese Excel writes).
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
 * Splits CSV text into records (RFC 4180: quoted fields may hold the delimiter, doubled quotes
 * and line breaks). Lenient like Excel about a quote inside an unquoted field; an opening quote
 * that never closes is an error, because it would swallow the rest of the file silently.
 */
export function parseCsv(fileName: string, text: string): CsvRecord[] {
  const { delimiter, skipFirstLine } = detectDelimiter(text);
  let i = skipFirstLine ? text.search(/\n|$/) + 1 : 0;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  const n = text.length;
  // A record is one spreadsheet row even when a quoted cell spans several lines.
  const endRecord = () => {
    cells.push(cell);
    records.push({ row: records.length + 1, cells });
    cells = [];
    cell = '';
  };
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && cell.trim() === '') {
      // A quoted field: read to the closing quote, keeping "" as one quote.
      const openedOn = records.length + 1;
      cell = '';
      i++;
      for (;;) {
        if (i >= n) {
          throw new LedgerError('import_unreadable', { file: fileName, issue: 'import.quote', row: openedOn });
        }
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += c;
        i++;
      }
      // Anything between the closing quote and the delimiter is kept (Excel does the same).
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRecord();
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records.map((r) => ({ row: r.row, cells: r.cells.map((c) => c.trim()) }));
}
