/**
 * A report as paper sees it, before it is a PDF or a workbook: a title, the organisation, the day
 * it was printed, and sections of labelled fields and tables. The builders fill it in the UI
 * language; the writers only lay it out.
 */
import type { Locale } from '../../../shared/domain';

/** How a table cell is shown: dates are ISO days, times ISO timestamps (shown in local time). */
export type CellKind = 'text' | 'date' | 'datetime' | 'number';
export type Cell = string | number | null;

export interface Column {
  header: string;
  /** Width in characters of a spreadsheet column; the PDF shares the page in these proportions. */
  width: number;
  kind?: CellKind;
}

export interface FieldsSection {
  type: 'fields';
  heading?: string;
  rows: Array<[label: string, value: string]>;
}

export interface TableSection {
  type: 'table';
  heading: string;
  /** The workbook sheet's name (at most 31 characters are kept). */
  sheet: string;
  columns: Column[];
  rows: Cell[][];
}

export type Section = FieldsSection | TableSection;

export interface ReportDocument {
  locale: Locale;
  organisation: string;
  title: string;
  /** The day printed on every page (YYYY-MM-DD). */
  printedOn: string;
  /** The suggested file name without extension. */
  fileStem: string;
  sections: Section[];
  /** Shown when a table has no rows. */
  emptyText: string;
  /** "Page {{n}} / {{total}}" in the document's language. */
  pageLabel(n: number, total: number): string;
  /** The header of the summary sheet and its two columns. */
  summarySheet: { name: string; item: string; value: string };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO timestamp as local "YYYY-MM-DD HH:mm". */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A cell as printed text. */
export function cellText(cell: Cell, kind: CellKind = 'text'): string {
  if (cell === null || cell === '') return '';
  if (kind === 'datetime' && typeof cell === 'string') return localDateTime(cell);
  return String(cell);
}

/** A name fit for a file: no path separators or characters Windows refuses, no spaces. */
export function safeFileStem(text: string): string {
  return (
    text
      .replace(/[\\/:*?"<>|\s]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'report'
  );
}
