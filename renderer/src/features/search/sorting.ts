/**
 * The order lists are shown in before the admin clicks a column (the people table's is the main
 * process's: directory/peopleWindow.ts): names as the UI language sorts
 * them (zh-CN by pinyin, vi by the Vietnamese alphabet: a ă â … d đ …), not by code point, which
 * is how the registry returns them.
 */
import type { GroupRow } from '../../../../shared/contract';
import type { Locale } from '../../../../shared/domain';
import { collator } from '../../i18n/format';

/** Groups by name in the UI language. */
export function sortGroups<T extends Pick<GroupRow, 'name'>>(rows: readonly T[], locale: Locale): T[] {
  const names = collator(locale);
  return [...rows].sort((a, b) => names.compare(a.name, b.name));
}
