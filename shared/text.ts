/**
 * Text a person types into GroupLedger — names (of people, groups, units, tiers, positions, the
 * organisation) and free text (purposes, reasons, notes, rules, incident accounts) — as every
 * channel of the contract accepts it. One rule, applied where input crosses the process boundary:
 *  - invisible formatting characters are removed (shared/cellText: U+200B–U+200D, U+2060–U+2064,
 *    U+FEFF, U+00AD, U+180E), so “李\u200b伟” is 李伟 and meets the duplicate check against 李伟;
 *  - control characters are refused, naming the first: C0 (U+0000–U+001F, e.g. ESC U+001B, BEL
 *    U+0007), DEL, C1 (U+0080–U+009F) and the line and paragraph separators U+2028/U+2029. Free text
 *    may hold line breaks and tabs; a name is one line. A control character sent to a terminal can
 *    retitle the window or clear the screen, and no one types one on purpose;
 *  - characters that change the direction of text (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F,
 *    U+061C) are refused, naming the first: they make a text display differently from what is stored;
 *  - half a character (a lone UTF-16 surrogate, which only a program can send) is refused: stored,
 *    it would become U+FFFD while the history kept the original.
 * Leading and trailing white space is trimmed, as before.
 */
import { z } from 'zod';
import { codePoint, directionControl, stripInvisible } from './cellText';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- the same, with tab, line feed and carriage return allowed
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;

/** The first control character of the text as “U+001B”, or null; `multiline` allows line breaks and tabs. */
export function controlCharacter(text: string, multiline = false): string | null {
  const found = (multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE).exec(text);
  return found ? codePoint(found[0]) : null;
}

/** Half of a character (a UTF-16 surrogate without its other half): no file or database can hold it. */
const BROKEN = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Every character any of the three checks below may refuse (control, direction, either half of a
 * character), tested first in one pass: most texts hold none, and a snapshot's hundreds of
 * thousands of texts are checked (electron/capabilities/snapshots/texts.ts).
 */
const MAY_BE_REFUSED =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uD800-\uDFFF]/;

/** What is wrong with a text under the rule above (issue key and code point), or null. */
export function textProblem(
  text: string,
  multiline = false,
): { issue: 'text.control_char' | 'text.direction' | 'text.broken_char'; value: string } | null {
  if (!MAY_BE_REFUSED.test(text)) return null;
  // Stored, it would become U+FFFD while the history kept the original: the two would differ.
  const broken = BROKEN.exec(text);
  if (broken) return { issue: 'text.broken_char', value: codePoint(broken[0]) };
  const control = controlCharacter(text, multiline);
  if (control) return { issue: 'text.control_char', value: control };
  const direction = directionControl(text);
  if (direction) return { issue: 'text.direction', value: direction };
  return null;
}

/**
 * A string schema under the rule: invisible characters removed, trimmed, min..max characters,
 * control and direction characters refused with the issue `text.control_char` / `text.direction`
 * and the code point as `params.value`.
 */
export function cleanText(max: number, options: { min?: number; multiline?: boolean } = {}) {
  const { min = 0, multiline = false } = options;
  return z
    .string()
    .overwrite(stripInvisible)
    .trim()
    .min(min)
    .max(max)
    .superRefine((value, ctx) => {
      const problem = textProblem(value, multiline);
      if (problem) ctx.addIssue({ code: 'custom', message: problem.issue, params: { value: problem.value } });
    });
}

/** A name: one line, at least one character. */
export const nameText = (max = 200) => cleanText(max, { min: 1 });

/** One line that may be empty (a position, a reference, a platform's group id). */
export const lineText = (max: number, min = 0) => cleanText(max, { min });

/** Free text: line breaks and tabs allowed. */
export const freeText = (max: number, min = 0) => cleanText(max, { min, multiline: true });
