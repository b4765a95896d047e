/**
 * The limits a staff list is held to while it is read (issue 12, points 5–6): the size of the file,
 * the size its worksheet unpacks to, the number of rows of people, the number of columns and the
 * length of one cell. Each is checked while reading, row by row and cell by cell, so a file built to
 * exhaust memory (a zip bomb, a row of millions of cells, one cell of megabytes) is refused as soon
 * as it crosses a limit, with an error that names the limit (`import_limit`); nothing is imported.
 */
import { LedgerError } from '../../../../shared/errors';

export const MB = 1024 * 1024;

export const IMPORT_LIMITS = {
  /** Bytes of the file as chosen (checked before anything is read). */
  fileBytes: 10 * MB,
  /** Bytes of XML an XLSX unpacks to (workbook parts, shared strings and the worksheet together). */
  unpackedBytes: 50 * MB,
  /** Rows of people under the header (empty rows are not counted). */
  rows: 20_000,
  /** Columns holding a value (empty cells to the right of the data are not counted). */
  columns: 200,
  /** Characters of one cell. */
  cellChars: 2_000,
} as const;

/** Cells in one row beyond which a row is refused even if they are all empty (Excel's own maximum). */
export const MAX_CELLS_PER_ROW = 16_384;

export type ImportLimit = 'unpackedSize' | 'rows' | 'columns' | 'cellLength';

export function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

/** "A", "B", … "AA": a column as a spreadsheet names it (zero-based index). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The error for a file over one limit; the message (shared/i18n/errors.ts) names the limit. */
export function limitError(fileName: string, limit: ImportLimit, params: Record<string, string | number>): LedgerError {
  return new LedgerError('import_limit', { file: fileName, limit, issue: `import.limit.${limit}`, ...params });
}

export interface SheetRecord {
  /** The row number a spreadsheet shows. */
  row: number;
  cells: string[];
}

/**
 * Takes the records of a file one at a time and keeps the non-empty ones (cells trimmed, empty
 * cells on the right dropped), refusing the file at the first record over a limit.
 */
export class RecordCollector {
  readonly records: SheetRecord[] = [];

  constructor(private readonly fileName: string) {}

  /** Refuses a cell longer than the limit (called for every cell before it is kept). */
  checkCell(row: number, column: number, length: number): void {
    if (length > IMPORT_LIMITS.cellChars) {
      throw limitError(this.fileName, 'cellLength', {
        row,
        column: columnLetter(column),
        found: length,
        max: IMPORT_LIMITS.cellChars,
      });
    }
  }

  /** Refuses a row with a cell in column `column` (zero-based) or more cells than any sheet has. */
  checkColumn(row: number, column: number, hasValue: boolean): void {
    if (column >= MAX_CELLS_PER_ROW || (hasValue && column >= IMPORT_LIMITS.columns)) {
      throw limitError(this.fileName, 'columns', { row, found: column + 1, max: IMPORT_LIMITS.columns });
    }
  }

  add(row: number, raw: readonly string[]): void {
    const cells = raw.map((c) => c.trim());
    let width = cells.length;
    while (width > 0 && cells[width - 1] === '') width--;
    if (width === 0) return;
    for (let i = 0; i < width; i++) this.checkCell(row, i, cells[i]!.length);
    this.checkColumn(row, width - 1, true);
    // The first non-empty record is the header; the rest are people.
    if (this.records.length > IMPORT_LIMITS.rows) {
      throw limitError(this.fileName, 'rows', { row, max: IMPORT_LIMITS.rows });
    }
    cells.length = width;
    this.records.push({ row, cells });
  }
}
