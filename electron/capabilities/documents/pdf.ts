/**
 * A report as a PDF (pdfkit): A4 landscape, a CJK font embedded as a subset, on every page the
 * organisation, the title, the day and "page n / N"; a table that continues on the next page
 * repeats its header row.
 */
import type PDFDocumentClass from 'pdfkit';
import { LedgerError } from '../../../shared/errors';
import { fontBytes, type FontChoice } from './fonts';
import { cellText, type FieldsSection, type ReportDocument, type TableSection } from './model';
import { signatureFooter } from '../../../shared/i18n/signature';

type Pdf = PDFKit.PDFDocument;

const MARGIN = { top: 62, bottom: 48, left: 40, right: 40 };
const BODY = 9;
const CELL_PAD = 3;
const GRID = '#9a9a9a';

/**
 * Parsed faces kept for the next document: pdfkit accepts a parsed (fontkit) font in place of the
 * file, and parsing a CJK collection's glyph index and shaping tables is most of a report's time.
 */
const parsedFaces = new Map<string, unknown>();

/**
 * Text that glyph composition (OpenType `ccmp`) cannot change: no combining marks (Vietnamese
 * typed decomposed, variation selectors) and no conjoining Hangul jamo.
 */
const COMPOSABLE = /[\p{M}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/u;
const WITHOUT_CCMP = { ccmp: false };

interface EmbeddedFont {
  font?: unknown;
  layoutRun?: (text: string, features?: unknown) => unknown;
}

/**
 * Shapes text that has nothing to compose without the font's `ccmp` lookups. In Noto Sans CJK
 * they are chained-context lookups tried at every glyph: 85% of shaping time, and shaping was most
 * of a report's time (600 table cells: 464 → 62 ms), for glyphs that come out the same (checked on
 * 14,000 names, units, posts and summaries; tests/unit/paper.test.ts). pdfkit keeps its per-word
 * cache, which calls layoutRun without features; text with marks is shaped as before.
 */
function skipIdleComposition(embedded: EmbeddedFont | undefined): void {
  const layoutRun = embedded?.layoutRun;
  if (!embedded || typeof layoutRun !== 'function') return;
  embedded.layoutRun = (text: string, features?: unknown) =>
    layoutRun.call(embedded, text, features ?? (COMPOSABLE.test(text) ? undefined : WITHOUT_CCMP));
}

/** Opens the first of the fonts that pdfkit can read (a collection needs the face's PostScript name). */
function useFont(pdf: Pdf, fonts: FontChoice[]): void {
  for (const font of fonts) {
    for (const name of font.names.length ? font.names : [undefined]) {
      const key = `${font.path}#${name ?? ''}`;
      try {
        pdf.registerFont('body', (parsedFaces.get(key) ?? fontBytes(font.path)) as Buffer, name);
        pdf.font('body');
        const embedded = (pdf as unknown as { _font?: EmbeddedFont })._font;
        if (embedded?.font) parsedFaces.set(key, embedded.font);
        skipIdleComposition(embedded);
        return;
      } catch {
        /* not this face: try the next */
      }
    }
  }
  throw new LedgerError('font_missing', { font: 'Noto Sans CJK SC', places: fonts.map((f) => f.path).join('; ') });
}

function bottom(pdf: Pdf): number {
  return pdf.page.height - MARGIN.bottom;
}

function ensureRoom(pdf: Pdf, height: number): boolean {
  if (pdf.y + height <= bottom(pdf)) return false;
  pdf.addPage();
  return true;
}

function heading(pdf: Pdf, text: string): void {
  ensureRoom(pdf, 40);
  pdf
    .moveDown(0.6)
    .fontSize(12)
    .fillColor('black')
    .text(text, MARGIN.left, pdf.y, { width: usable(pdf) });
  pdf.moveDown(0.3).fontSize(BODY);
}

function usable(pdf: Pdf): number {
  return pdf.page.width - MARGIN.left - MARGIN.right;
}

function fields(pdf: Pdf, section: FieldsSection): void {
  if (section.heading) heading(pdf, section.heading);
  const labelWidth = 230;
  const valueWidth = usable(pdf) - labelWidth;
  pdf.fontSize(BODY + 1);
  for (const [label, value] of section.rows) {
    const h = Math.max(
      pdf.heightOfString(label, { width: labelWidth - 8 }),
      pdf.heightOfString(value || ' ', { width: valueWidth }),
    );
    ensureRoom(pdf, h + 3);
    const y = pdf.y;
    pdf.fillColor('#444444').text(label, MARGIN.left, y, { width: labelWidth - 8 });
    pdf.fillColor('black').text(value || ' ', MARGIN.left + labelWidth, y, { width: valueWidth });
    pdf.y = y + h + 3;
  }
  pdf.fontSize(BODY);
}

function table(pdf: Pdf, section: TableSection, emptyText: string): void {
  heading(pdf, section.heading);
  if (section.rows.length === 0) {
    pdf.text(emptyText, MARGIN.left, pdf.y, { width: usable(pdf) });
    return;
  }
  const total = section.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = section.columns.map((c) => (usable(pdf) * c.width) / total);
  const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  // A cell that fits on one line is measured by its width (cached per word by pdfkit) and drawn
  // without the line wrapper: most cells of a ledger do, and wrapping CJK text is the slow part.
  // A row is measured once, for the page break and for drawing it.
  const fits = (text: string, i: number) => pdf.widthOfString(text) <= widths[i]! - 2 * CELL_PAD;
  const measure = (cells: string[]) => {
    const oneLine = cells.map(fits);
    const heights = cells.map((text, i) =>
      oneLine[i] ? pdf.currentLineHeight(true) : pdf.heightOfString(text, { width: widths[i]! - 2 * CELL_PAD }),
    );
    return { oneLine, height: Math.max(...heights) + 2 * CELL_PAD };
  };
  const drawRow = (cells: string[], header: boolean, size = measure(cells)) => {
    const h = size.height;
    const y = pdf.y;
    if (header) pdf.rect(MARGIN.left, y, usable(pdf), h).fill('#e8e8e8');
    pdf.fillColor('black');
    cells.forEach((text, i) => {
      if (text === '') return;
      const x = xs[i]! + CELL_PAD;
      if (size.oneLine[i]) pdf.text(text, x, y + CELL_PAD, { lineBreak: false });
      else pdf.text(text, x, y + CELL_PAD, { width: widths[i]! - 2 * CELL_PAD });
    });
    pdf
      .moveTo(MARGIN.left, y + h)
      .lineTo(MARGIN.left + usable(pdf), y + h)
      .lineWidth(0.4)
      .stroke(GRID);
    pdf.y = y + h;
  };
  const headers = section.columns.map((c) => c.header);
  pdf.fontSize(BODY);
  const header = measure(headers);
  ensureRoom(pdf, header.height * 2);
  drawRow(headers, true, header);
  for (const row of section.rows) {
    const cells = row.map((cell, i) => cellText(cell, section.columns[i]?.kind));
    const size = measure(cells);
    if (ensureRoom(pdf, size.height)) drawRow(headers, true, header);
    drawRow(cells, false, size);
  }
}

/** Organisation, title and day at the top of every page; "page n / N" at the foot. */
function pageFurniture(pdf: Pdf, doc: ReportDocument, fingerprint: string | null): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const saved = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const width = usable(pdf);
    pdf.fontSize(8).fillColor('#444444');
    pdf.text(doc.organisation, MARGIN.left, 24, { width: width * 0.7, lineBreak: false });
    pdf.text(doc.printedOn, MARGIN.left + width * 0.7, 24, { width: width * 0.3, align: 'right', lineBreak: false });
    pdf.text(doc.title, MARGIN.left, 36, { width, lineBreak: false, ellipsis: true });
    pdf
      .moveTo(MARGIN.left, 50)
      .lineTo(MARGIN.left + width, 50)
      .lineWidth(0.5)
      .stroke(GRID);
    const label = doc.pageLabel(i - range.start + 1, range.count);
    pdf.text(label, MARGIN.left, pdf.page.height - 32, { width, align: 'center', lineBreak: false });
    if (fingerprint) {
      // The ledger's key, so a reader can hold the file (group-ledger verify) against the paper.
      pdf.text(signatureFooter(doc.locale, fingerprint), MARGIN.left, pdf.page.height - 32, {
        width: width * 0.4,
        lineBreak: false,
      });
    }
    pdf.page.margins.bottom = saved;
  }
}

/** The report as PDF bytes. */
export async function renderPdf(
  doc: ReportDocument,
  fonts: FontChoice[],
  /** The fingerprint of the key the file is signed with, printed at the foot of each page. */
  fingerprint: string | null = null,
): Promise<Buffer> {
  // Loaded when the first PDF is written, not when the app or the command line starts.
  const PDFDocument: typeof PDFDocumentClass = (await import('pdfkit')).default;
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: MARGIN,
    bufferPages: true,
    // No default Helvetica: pdfkit loads it from files that a bundle (dist/, the packaged app) does not
    // carry, and every text here is set in the embedded CJK font anyway (useFont below).
    font: null as unknown as string,
    info: { Title: doc.title, Author: doc.organisation, Creator: 'GroupLedger' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  try {
    useFont(pdf, fonts);
    pdf
      .fontSize(16)
      .fillColor('black')
      .text(doc.title, MARGIN.left, MARGIN.top, { width: usable(pdf) });
    pdf.fontSize(BODY).moveDown(0.4);
    for (const section of doc.sections) {
      if (section.type === 'fields') fields(pdf, section);
      else table(pdf, section, doc.emptyText);
    }
    pageFurniture(pdf, doc, fingerprint);
  } catch (error) {
    pdf.end();
    throw error;
  }
  pdf.end();
  return done;
}
