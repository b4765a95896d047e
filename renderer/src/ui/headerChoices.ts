/**
 * The table header's sort and filters as the registry's arrangements take them (people.window,
 * groups.window). Small and apart from arrangeRows: the features' stores that use them are read
 * at start-up.
 */
import type { FilterValue, SortOrder } from 'antd/es/table/interface';
/**
 * The header's sort as a registry arrangement takes it (people.window, groups.window): the column
 * and its direction when the column is one the registry sorts by, otherwise none.
 */
export function headerSort<K extends string>(
  sorter: { key: string; order: SortOrder | undefined } | null | undefined,
  keys: readonly K[],
): { key: K; order: 'ascend' | 'descend' } | null {
  return sorter?.order && (keys as readonly string[]).includes(sorter.key)
    ? { key: sorter.key as K, order: sorter.order }
    : null;
}

/** The values chosen in a header filter, or undefined when none is (every row kept). */
export function chosenValues<T extends string>(values: FilterValue | null | undefined): T[] | undefined {
  return values && values.length > 0 ? (values.map(String) as T[]) : undefined;
}
