/**
 * Plain-text tables for a terminal. Chinese characters take two columns and Vietnamese combining
 * marks none, so padding by string length would misalign every Chinese or Vietnamese name.
 */
import { printable } from './output';

/** East Asian wide and full-width characters (two terminal columns each). */
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
const ZERO = /\p{M}/u;

/** How many terminal columns the text takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.normalize('NFC')) {
    if (ZERO.test(ch)) continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Columns separated by two spaces, the header underlined; the last column is not padded so lines
 * carry no trailing blanks. Cells are single-line (line breaks become spaces).
 */
export function formatTable(headers: string[], rows: string[][], indent = ''): string {
  // One line per cell, escaped as printed (output.ts) before the widths are measured.
  const clean = (cell: string) => printable(cell.replace(/\s*[\r\n]+\s*/g, ' '));
  const body = rows.map((r) => headers.map((_, i) => clean(r[i] ?? '')));
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[i]!))));
  const line = (cells: string[]) =>
    indent +
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...body.map(line)].join('\n');
}
