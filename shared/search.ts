/**
 * Search keys for people and groups with pinyin (`liwei`, `lw` for 李伟): the registry stores one
 * per row. The folding and matching live in searchText.ts, which the renderer uses without the
 * pinyin dictionary (it loads pinyin-pro when a filter first needs it).
 */
import { pinyin } from 'pinyin-pro';
import { PINYIN_OPTIONS, searchKeyWith, type PinyinOf } from './searchText';

export { foldQuery, foldText, matchesKey } from './searchText';

export const pinyinOf: PinyinOf = (text) => pinyin(text, PINYIN_OPTIONS);

/** Everything a query may match, joined by a separator that no query contains. */
export function searchKey(...texts: Array<string | null | undefined>): string {
  return searchKeyWith(pinyinOf, texts);
}
