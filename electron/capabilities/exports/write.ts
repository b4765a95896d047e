/**
 * Writing the tables: CSV as UTF-8 with a byte-order mark (Chinese Excel and WPS read it as
 * UTF-8 only with one), CRLF line ends, every cell neutralised (shared/cellText); XLSX through
 * exceljs's streaming writer (rows leave memory as they are written), with the reports' look —
 * bold header row frozen, widths per column, dates as dates, text neutralised.
 */
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { ExportedFile } from '../../../shared/contract';
import { csvLine } from '../../../shared/cellText';
import { writeFileDurable } from '../../core/files';
import { localDateTime, styleXlsxHeader, XLSX_FORMATS, xlsxCellValue, xlsxSheetName } from '../documents';
import type { Sheet } from './sheets';

const BOM = '\uFEFF';

const PLAIN: Partial<ExcelJS.Style> = {};
const SHARED_STYLES: Partial<Record<string, Partial<ExcelJS.Style>>> = Object.fromEntries(
  Object.entries(XLSX_FORMATS).map(([kind, numFmt]) => [kind, { numFmt }]),
);

/** The sheet as CSV text (with BOM): days as YYYY-MM-DD, times as local "YYYY-MM-DD HH:mm". */
export function csvText(sheet: Sheet): string {
  const lines = [csvLine(sheet.columns.map((c) => c.header))];
  for (const row of sheet.rows) {
    lines.push(
      csvLine(
        row.map((cell, i) =>
          sheet.columns[i]?.kind === 'datetime' && typeof cell === 'string' ? localDateTime(cell) : cell,
        ),
      ),
    );
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

/** The sheets as XLSX bytes. */
export async function xlsxBytes(sheets: readonly Sheet[], meta: { title: string; now: Date }): Promise<Buffer> {
  // Loaded when the first workbook is written, not when the app or the command line starts.
  const ExcelJS = (await import('exceljs')).default;
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false,
  });
  book.creator = 'GroupLedger';
  book.created = meta.now;
  book.title = meta.title;
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const ws = book.addWorksheet(xlsxSheetName(sheet.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ header: xlsxCellValue(c.header) as string, width: c.width }));
    // One style object per kind of column, shared by its cells: exceljs serialises a cell's style
    // unless it has seen that very object before, and a fresh object per cell was most of the time.
    const styles = sheet.columns.map((c) => SHARED_STYLES[c.kind ?? 'text'] ?? PLAIN);
    styleXlsxHeader(ws.getRow(1));
    ws.getRow(1).commit();
    let rows = 0;
    for (const row of sheet.rows) {
      const added = ws.addRow(row.map((cell, i) => xlsxCellValue(cell, sheet.columns[i]?.kind)));
      for (let i = 0; i < styles.length; i++) added.getCell(i + 1).style = styles[i]!;
      added.commit();
      rows++;
    }
    if (rows > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    ws.commit();
  }
  await book.commit();
  await ended;
  return Buffer.concat(chunks);
}

/** Writes the bytes durably (fsync, rename) and says where and how large. */
export function written(path: string, data: string | Uint8Array): ExportedFile {
  return { path, bytes: writeFileDurable(path, data) };
}
