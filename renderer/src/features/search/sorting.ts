/**
 * The order lists are shown in before the admin clicks a column: names as the UI language sorts
 * them (zh-CN by pinyin, vi by the Vietnamese alphabet: a ă â … d đ …), not by code point, which
 * is how the registry returns them.
 */
import type { GroupRow, PersonRow } from '../../../../shared/contract';
import type { Locale } from '../../../../shared/domain';
import { collator } from '../../i18n/format';

/** People by tier (leadership first, no tier last), then by name in the UI language. */
export function sortPeople<T extends Pick<PersonRow, 'name' | 'tierRank'>>(rows: readonly T[], locale: Locale): T[] {
  const names = collator(locale);
  return [...rows].sort((a, b) => (a.tierRank ?? 99) - (b.tierRank ?? 99) || names.compare(a.name, b.name));
}

const sortedPeople = new WeakMap<readonly object[], { locale: Locale; rows: unknown[] }>();

/**
 * sortPeople, kept for the list it was given: the people table shown again over the list the
 * store holds (a second visit, or the list read ahead of the first) is not sorted again (10,000
 * names in pinyin order take a noticeable part of a frame).
 */
export function sortPeopleOnce<T extends Pick<PersonRow, 'name' | 'tierRank'>>(
  rows: readonly T[],
  locale: Locale,
): T[] {
  const kept = sortedPeople.get(rows);
  if (kept?.locale === locale) return kept.rows as T[];
  const sorted = sortPeople(rows, locale);
  sortedPeople.set(rows, { locale, rows: sorted });
  return sorted;
}

/** Groups by name in the UI language. */
export function sortGroups<T extends Pick<GroupRow, 'name'>>(rows: readonly T[], locale: Locale): T[] {
  const names = collator(locale);
  return [...rows].sort((a, b) => names.compare(a.name, b.name));
}
