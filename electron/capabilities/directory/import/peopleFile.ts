/**
 * Reading a staff list: CSV (UTF-8 with or without BOM, GB18030, UTF-16) or XLSX bytes into
 * unique headers and rows of text, with the file's real format named when it is neither.
 */
import { stripInvisible } from '../../../../shared/cellText';
import type { ImportMapping } from '../../../../shared/contract';
import { LedgerError } from '../../../../shared/errors';
import { decodeCsv, parseCsv } from './csv';
import { IMPORT_LIMITS, columnLetter, megabytes, type SheetRecord } from './limits';
import { guessMapping as guessFromHeaders, parseStatus } from './mapping';
import { readXlsx } from './xlsx';

/** A file read into rows of text; kept between the preview and the commit. */
export interface ParsedPeopleFile {
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16' | null;
  headers: string[];
  rows: string[][];
  /**
   * The spreadsheet row number of each entry in `rows` (the header is usually row 1; empty rows
   * are left out of `rows` but still counted). Without it, rows are numbered 2, 3, … in order.
   */
  rowNumbers?: number[];
}

export const MAX_IMPORT_BYTES = IMPORT_LIMITS.fileBytes;

/** A header longer than this is cut (a mapping names headers of at most 200 characters). */
const MAX_HEADER = 200;

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Compound-file header: an Excel 97–2003 .xls, or a password-protected .xlsx. */
function isOleFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/**
 * An OpenDocument file (.ods, also .odt …): a zip whose first entry, stored uncompressed, is
 * `mimetype` holding application/vnd.oasis.opendocument.*.
 */
function isOpenDocument(fileName: string, bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(30, 120));
  return head.startsWith('mimetypeapplication/vnd.oasis.opendocument') || /\.ods$/i.test(fileName);
}

/** Text that starts like a web page or an XML document (“.xls” exports of many OA/HR systems). */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^<(?:!doctype|html|\?xml|table|meta|head|body)\b/i.test(head);
}

/** Header texts made unique and non-empty: a second "电话" becomes "电话 (2)", an empty one its column letter. */
export function uniqueHeaders(raw: string[]): string[] {
  const seen = new Set<string>();
  return raw.map((text, i) => {
    const base = (stripInvisible(text).replace(/\s+/g, ' ').trim() || columnLetter(i)).slice(0, MAX_HEADER - 6);
    let header = base;
    for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base} (${n})`;
    seen.add(header.toLowerCase());
    return header;
  });
}

/**
 * Throws LedgerError import_unreadable / import_too_large / import_limit (./limits.ts) /
 * import_empty. The readers keep only non-empty records, checked against the limits as they come.
 */
export function parsePeopleFile(
  fileName: string,
  bytes: Uint8Array,
  progress?: (fraction: number) => void,
): ParsedPeopleFile {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new LedgerError('import_too_large', { size: megabytes(bytes.length), max: megabytes(MAX_IMPORT_BYTES) });
  }
  if (bytes.length === 0) throw new LedgerError('import_empty', { file: fileName });
  let format: ParsedPeopleFile['format'];
  let encoding: ParsedPeopleFile['encoding'] = null;
  let records: SheetRecord[];
  const unreadable = (issue: string) => new LedgerError('import_unreadable', { file: fileName, issue });
  // Each format that is not CSV or XLSX is named for what it is, whatever the file is called.
  if (isZip(bytes)) {
    if (isOpenDocument(fileName, bytes)) throw unreadable('import.ods');
    format = 'xlsx';
    records = readXlsx(fileName, bytes, progress);
  } else if (isOleFile(bytes)) {
    throw unreadable(/\.xls[xm]$/i.test(fileName) ? 'import.encrypted' : 'import.xls');
  } else if (looksLikeMarkup(bytes)) {
    throw unreadable('import.html');
  } else if (/\.xls[xm]$/i.test(fileName)) {
    throw unreadable('import.xlsx_broken');
  } else if (/\.(?:ods|xls)$/i.test(fileName) && bytes.includes(0)) {
    throw unreadable(/\.ods$/i.test(fileName) ? 'import.ods' : 'import.xls');
  } else {
    // A “.xls” that is really text (tab-separated, as many systems export) is read as such.
    format = 'csv';
    const decoded = decodeCsv(fileName, bytes);
    encoding = decoded.encoding;
    progress?.(0.5);
    records = parseCsv(fileName, decoded.text);
  }
  const [header, ...data] = records;
  if (!header || data.length === 0) throw new LedgerError('import_empty', { file: fileName });
  const width = data.reduce((w, r) => Math.max(w, r.cells.length), header.cells.length);
  const rawHeaders = Array.from({ length: width }, (_, i) => header.cells[i] ?? '');
  // Columns on the right that have neither a header nor any value are not columns.
  while (rawHeaders.length > 1 && rawHeaders.at(-1) === '' && data.every((r) => !r.cells[rawHeaders.length - 1])) {
    rawHeaders.pop();
  }
  const headers = uniqueHeaders(rawHeaders);
  return {
    fileName,
    format,
    encoding,
    headers,
    rows: data.map((r) => headers.map((_, i) => r.cells[i] ?? '')),
    rowNumbers: data.map((r) => r.row),
  };
}

/**
 * The mapping guessed from header names in Chinese, Vietnamese and English. Given the rows, a
 * column guessed as the status whose values are mostly not status words (an address book's
 * 激活状态 holding something else, a “状态” of 正式/试用) is left unmapped rather than failing
 * every row; the administrator can still map it.
 */
export function guessMapping(headers: string[], rows: string[][] = []): ImportMapping {
  const mapping = guessFromHeaders(headers);
  if (mapping.status !== undefined) {
    const col = headers.indexOf(mapping.status);
    const values = rows.map((r) => stripInvisible(r[col] ?? '').trim()).filter((v) => v !== '');
    const unknown = values.filter((v) => parseStatus(v) === null).length;
    if (unknown * 2 > values.length) delete mapping.status;
  }
  return mapping;
}

/** A stable key for a set of headers, under which a confirmed mapping is remembered. */
export function headerSignature(headers: string[]): string {
  return headers.map((h) => h.trim().toLowerCase()).join('\u0001');
}

// ---------------------------------------------------------------------------------------------
// Checking rows
