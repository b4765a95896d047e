/**
 * Search keys for people and groups, without the pinyin dictionary: the name as typed, without
 * diacritics (Vietnamese `nguyen trong nhan`, `đ` as `d`), and for Chinese names the pinyin in full
 * and by initials (`liwei`, `lw`) when a pinyin function is given. The main process binds
 * pinyin-pro (shared/search.ts); the renderer loads it when a filter first needs it, so the
 * dictionary is not in the code the window loads at start.
 */

/** Han characters to their syllables, without tones (pinyin-pro's `pinyin(text, { type: 'array' })`). */
export type PinyinOf = (text: string) => string[];

/** pinyin-pro's options for `PinyinOf`: syllables without tones, other characters kept together. */
export const PINYIN_OPTIONS = { toneType: 'none', type: 'array', nonZh: 'consecutive' } as const;

const HAN = /\p{Script=Han}/u;

/** Lower case, diacritics removed, đ→d, runs of white space folded. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Everything a query may match, joined by a separator that no query contains. Without `pinyinOf`
 * a Chinese name is found by its characters only.
 */
export function searchKeyWith(pinyinOf: PinyinOf | null, texts: ReadonlyArray<string | null | undefined>): string {
  const parts: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    const folded = foldText(text);
    parts.push(folded.replace(/ /g, ''));
    if (pinyinOf && HAN.test(text)) {
      const syllables = pinyinOf(text);
      parts.push(syllables.join('').toLowerCase());
      parts.push(
        syllables
          .map((s) => s.charAt(0))
          .join('')
          .toLowerCase(),
      );
    }
  }
  return `\u0001${parts.join('\u0001')}\u0001`;
}

/** The form of a query that is matched against search keys (spaces removed). */
export function foldQuery(query: string): string {
  return foldText(query).replace(/ /g, '');
}

export function matchesKey(key: string, query: string): boolean {
  const q = foldQuery(query);
  return q.length === 0 || key.includes(q);
}
