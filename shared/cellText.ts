/**
 * Text that arrives from spreadsheets and leaves as spreadsheets.
 *
 * In: the rule for invisible characters in a cell (people import, person form).
 *  - Zero-width and other invisible formatting characters are removed, silently: U+200B zero-width
 *    space, U+200C/U+200D zero-width (non-)joiner, U+2060–U+2064 word joiner and invisible
 *    operators, U+FEFF BOM / zero-width no-break space, U+00AD soft hyphen, U+180E. They change
 *    nothing a person sees, so “李\u200b伟” is 李伟 — and is found as a duplicate of 李伟.
 *  - Characters that change the direction of text are refused, naming their code point: U+202A–
 *    U+202E (embeddings and overrides, e.g. U+202E RIGHT-TO-LEFT OVERRIDE), U+2066–U+2069
 *    (isolates), U+200E/U+200F and U+061C (direction marks). Chinese and Vietnamese names never
 *    need them, and they make a name display differently from what is stored.
 *
 * Out: every CSV the product writes passes each cell through neutraliseCell, so a cell that a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is shown as text.
 */

const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;
const DIRECTION = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** The text without zero-width and other invisible formatting characters (direction controls stay). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The first direction-changing control character in the text as “U+202E”, or null. */
export function directionControl(text: string): string | null {
  const found = DIRECTION.exec(text);
  return found ? codePoint(found[0]) : null;
}

/** “U+202E” */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A plain number (“-12.5”, “+8613800000001”) is data, not a formula, in every spreadsheet. */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as a CSV writer must write it: text that a spreadsheet would read as a formula
 * (“=HYPERLINK(…)”, “+86 138…”, “-1+2”, “@SUM(…)”, or a leading tab or carriage return) gets a
 * leading apostrophe, which Excel, WPS and LibreOffice show as text. Plain numbers stay as they are.
 */
export function neutraliseCell(value: string): string {
  if (!FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

/**
 * One CSV line (RFC 4180 quoting, no line break at the end) with every cell neutralised: for any
 * CSV the product writes.
 */
export function csvLine(cells: ReadonlyArray<string | number | null | undefined>, delimiter = ','): string {
  return cells
    .map((cell) => {
      const text = neutraliseCell(cell === null || cell === undefined ? '' : String(cell));
      return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(delimiter);
}
