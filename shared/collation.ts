/**
 * Names compared the way the UI language sorts them (zh-CN: pinyin order; vi: the Vietnamese
 * alphabet, a ă â … d đ …), not by code point, which is how the registry returns them. One
 * collator per language, shared by the window (its lists) and the main process (the people
 * table's rows, a window at a time): both run full ICU, so both orders are the same.
 */
import type { Locale } from './domain';

const collators = new Map<Locale, Intl.Collator>();

export function collator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, c);
  }
  return c;
}
