/**
 * A report as a workbook (exceljs): a summary sheet of the labelled fields, then one sheet per
 * table — headers in the UI language, the header row frozen, widths to fit, dates as dates, and
 * every text that a spreadsheet would run as a formula neutralised.
 */
import type ExcelJS from 'exceljs';
import { neutraliseCell } from '../../../shared/cellText';
import type { Cell, CellKind, ReportDocument } from './model';

export const FORMATS: Partial<Record<CellKind, string>> = { date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm' };

/** A value as the cell holds it: a Date for days and times (local time kept as shown), text neutralised. */
export function cellValue(cell: Cell, kind: CellKind = 'text'): ExcelJS.CellValue {
  if (cell === null || cell === '') return null;
  if (kind === 'date' && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell))
    return new Date(`${cell}T00:00:00.000Z`);
  if (kind === 'datetime' && typeof cell === 'string') {
    const d = new Date(cell);
    if (!Number.isNaN(d.getTime())) return new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  }
  if (typeof cell === 'number') return cell;
  return neutraliseCell(String(cell));
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 28)
      .trim() || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** The look of a header row: bold on light grey. */
export function header(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
}

/** The report as XLSX bytes. */
export async function renderXlsx(doc: ReportDocument, now: Date): Promise<Buffer> {
  // Loaded when the first workbook is written, not when the app or the command line starts.
  const { Workbook } = (await import('exceljs')).default;
  const book = new Workbook();
  book.creator = 'GroupLedger';
  book.created = now;
  book.title = doc.title;
  const taken = new Set<string>();

  const summary = book.addWorksheet(sheetName(doc.summarySheet.name, taken), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  summary.columns = [
    { header: doc.summarySheet.item, width: 34 },
    { header: doc.summarySheet.value, width: 80 },
  ];
  header(summary.getRow(1));
  summary.addRow([neutraliseCell(doc.organisation), neutraliseCell(doc.title)]);
  summary.addRow([neutraliseCell(doc.printedOn), null]);
  for (const section of doc.sections) {
    if (section.type !== 'fields') continue;
    if (section.heading) summary.addRow([neutraliseCell(section.heading)]).font = { bold: true };
    for (const [label, value] of section.rows) summary.addRow([neutraliseCell(label), neutraliseCell(value)]);
  }
  summary.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  for (const section of doc.sections) {
    if (section.type !== 'table') continue;
    const sheet = book.addWorksheet(sheetName(section.sheet, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = section.columns.map((c) => ({
      header: neutraliseCell(c.header),
      width: c.width,
      style: FORMATS[c.kind ?? 'text'] ? { numFmt: FORMATS[c.kind ?? 'text'] } : {},
    }));
    header(sheet.getRow(1));
    for (const row of section.rows) sheet.addRow(row.map((cell, i) => cellValue(cell, section.columns[i]?.kind)));
    if (section.rows.length > 0)
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: section.columns.length } };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
