/**
 * The one way the command line's text reaches a terminal. A name or note in the registry may hold
 * characters a terminal acts on or does not show — ESC starts a sequence that can retitle the window
 * or clear the screen, BEL rings, U+202E reverses what follows, U+200B hides — whether they came in
 * before the contract refused them or from an imported snapshot. Every such character is printed
 * as its escape `\u001B` instead: control characters (C0 but line feed and tab, DEL, C1), format
 * characters (zero-width, direction controls, BOM…), lone surrogates and the line and paragraph
 * separators. In JSON output the same escape is JSON's own, so a parser reads the original text.
 */
import type { CliIo } from './common';

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** The text with every non-printable character (line feed and tab kept) written as `\uXXXX`. */
export function printable(text: string): string {
  return text.replace(NON_PRINTABLE, (ch) => {
    if (ch === '\n' || ch === '\t') return ch;
    let escaped = '';
    for (let i = 0; i < ch.length; i++) escaped += `\\u${ch.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
    return escaped;
  });
}

/** The same I/O, with everything written through printable(). */
export function terminalIo(io: CliIo): CliIo {
  return { ...io, out: (text) => io.out(printable(text)), err: (text) => io.err(printable(text)) };
}
