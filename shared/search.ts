/**
 * Search keys for people and groups: the name as typed, without diacritics (Vietnamese
 * `nguyen trong nhan`, `đ` as `d`), and for Chinese names the pinyin in full and by initials
 * (`liwei`, `lw`). Used by the registry (stored per row) and by the renderer for filtering.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** Lower case, diacritics removed, đ→d, runs of white space folded. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Everything a query may match, joined by a separator that no query contains. */
export function searchKey(...texts: Array<string | null | undefined>): string {
  const parts: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    const folded = foldText(text);
    parts.push(folded.replace(/ /g, ''));
    if (HAN.test(text)) {
      const syllables = pinyin(text, {
        toneType: 'none',
        type: 'array',
        nonZh: 'consecutive',
      });
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
