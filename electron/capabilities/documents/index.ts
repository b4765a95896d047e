/**
 * Documents (reports on paper): the runbook report and the incident reports for the director, as
 * a PDF with an embedded CJK font or as an XLSX workbook, in the UI language, written durably
 * where the host's save dialog (or the command line) says.
 */
import type { ExportedFile, ReportFormat } from '../../../shared/contract';
import type { Locale } from '../../../shared/domain';
import { writeFileDurable } from '../../core/files';
import type { Db } from '../../db/database';
import { defineCapability, type HandlerContext } from '../../kernel/capability';
import type { Clock } from '../../kernel/context';
import { getOrganisation } from '../../kernel/records';
import { fileName } from './common';
import { defaultFontDirs, requireCjkFont } from './fonts';
import { incidentDocument, type IncidentScope } from './incidentReport';
import type { ReportDocument } from './model';
import { runbookDocument } from './runbookReport';
import { installationKey, type LedgerKey } from '../../core/signingKey';
import { signPdf } from './signature';

export { findCjkFonts, defaultFontDirs, FONT_TO_INSTALL } from './fonts';
export { incidentDocument, type IncidentScope } from './incidentReport';
export { runbookDocument } from './runbookReport';
export {
  cellText,
  localDateTime,
  type Cell,
  type CellKind,
  type Column,
  type ReportDocument,
  type Section,
} from './model';
// The workbook look (header style, sheet names, dates as dates): type-only use of exceljs, loaded lazily.
export {
  cellValue as xlsxCellValue,
  FORMATS as XLSX_FORMATS,
  header as styleXlsxHeader,
  sheetName as xlsxSheetName,
} from './xlsx';
export { isPdf, pdfSignatureState, signPdf } from './signature';

export interface PaperOptions {
  /** Where to look for a CJK font (default: the system's font folders). */
  fontDirs?: string[];
  /** The installation's key: a PDF prints its fingerprint at the foot of each page and is signed with it. */
  signer?: LedgerKey | null;
}

/** The document's bytes in the format; a PDF needs a CJK font (`font_missing` without one). */
export async function renderDocument(
  doc: ReportDocument,
  format: ReportFormat,
  clock: Clock,
  options: PaperOptions = {},
): Promise<Buffer> {
  // pdfkit and exceljs load when a report is first written: bundled and loaded at start they took
  // the command line's start → first answer from ~300 to ~620 ms (383 ms with them left out).
  if (format === 'xlsx') {
    const { renderXlsx } = await import('./xlsx');
    return renderXlsx(doc, clock.now());
  }
  const font = requireCjkFont(options.fontDirs ?? defaultFontDirs());
  const { renderPdf } = await import('./pdf');
  const signer = options.signer ?? null;
  const bytes = await renderPdf(doc, font, signer?.fingerprint ?? null);
  return signer ? signPdf(bytes, signer) : bytes;
}

/** Renders and writes the document; the file is on disk (fsync, rename) before this returns. */
export async function writeDocument(
  doc: ReportDocument,
  format: ReportFormat,
  path: string,
  clock: Clock,
  options: PaperOptions = {},
): Promise<ExportedFile> {
  const bytes = await renderDocument(doc, format, clock, options);
  return { path, bytes: writeFileDurable(path, bytes) };
}

export function exportRunbookReport(
  db: Db,
  clock: Clock,
  locale: Locale,
  input: { id: number; format: ReportFormat; path: string },
  options?: PaperOptions,
): Promise<ExportedFile> {
  return writeDocument(runbookDocument(db, clock, locale, input.id), input.format, input.path, clock, options);
}

export function exportIncidentReport(
  db: Db,
  clock: Clock,
  locale: Locale,
  input: IncidentScope & { format: ReportFormat; path: string },
  options?: PaperOptions,
): Promise<ExportedFile> {
  return writeDocument(incidentDocument(db, clock, locale, input), input.format, input.path, clock, options);
}

function uiLocale(app: HandlerContext): Locale {
  return app.preferences.settings().locale ?? getOrganisation(app.db)?.locale ?? 'en';
}

/** Builds the document first (unknown ids fail before any dialog), checks the font, then asks where. */
async function saveAs(app: HandlerContext, doc: ReportDocument, format: ReportFormat): Promise<ExportedFile | null> {
  if (format === 'pdf') requireCjkFont();
  const path = await app.dialogs.chooseSaveFile(fileName(doc, format), [format]);
  return path ? writeDocument(doc, format, path, app.clock, { signer: installationKey(app.folders.root) }) : null;
}

export const documentsCapability = defineCapability({
  name: 'documents',
  handlers: (app) => ({
    'runbooks.exportReport': (input) =>
      saveAs(app, runbookDocument(app.db, app.clock, uiLocale(app), input.id), input.format),
    'incidents.exportReport': ({ format, ...scope }) =>
      saveAs(app, incidentDocument(app.db, app.clock, uiLocale(app), scope), format),
  }),
});
