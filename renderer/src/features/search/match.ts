/**
 * Matching the palette's pages and actions the way people and groups are matched: by the label in
 * the UI language, by its pinyin in full or by initials (新建工作群: `xjgzq`), without Vietnamese
 * diacritics (`nhap nhan su`), and by the English label, which works in every language.
 */
import { foldQuery } from '../../../../shared/searchText';

export interface Matchable {
  /** The label shown, in the UI language. */
  label: string;
  /** Other words that find it (the English label, synonyms). */
  keywords: readonly string[];
}

/** The entries that match `query`, in their given order; all of them for an empty query. */
export function matchCommands<T extends Matchable>(
  entries: readonly T[],
  query: string,
  searchKey: (...texts: string[]) => string,
): T[] {
  const q = foldQuery(query);
  if (!q) return [...entries];
  return entries.filter((e) => searchKey(e.label, ...e.keywords).includes(q));
}
