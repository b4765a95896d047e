/**
 * The people table a window at a time (issue 13: "page or window the data from the registry
 * instead of loading every row"). The search, the header's filters and its sort are applied here,
 * in the main process (kernel/windows.ts keeps the arranged list for the registry's revision), and
 * the window asks only for the rows it draws and a few pages around them: at 10,000 people a call
 * answers 100 rows (about 30 kB) where the whole list was 10,000 (about 3 MB, read, sent, parsed
 * and held by the window).
 */
import type { Db } from '../../db/database';
import type { Locale } from '../../../shared/domain';
import type { PeopleArrangement, PeopleWindow, PersonRow } from '../../../shared/contract';
import { collator } from '../../../shared/collation';
import { sortedBy, windowOf } from '../../kernel/windows';
import { listPeople } from './queries';

/** Rows `offset` … `offset + limit - 1` of the people as `arrangement` shows them. */
export function peopleWindow(db: Db, input: PeopleArrangement & { offset: number; limit: number }): PeopleWindow {
  const { offset, limit, ...arrangement } = input;
  const query = arrangement.query?.trim() ?? '';
  // Every filter in the key, as the groups' is: a filter added later cannot be left out of it.
  const key = JSON.stringify([query, arrangement.locale, arrangement.sort ?? null, arrangement.filters ?? {}]);
  return windowOf(db, 'people', key, () => arrange(listPeople(db, query || undefined), arrangement), offset, limit);
}

/** Filters and sorts the people the search found, as the table's header asks. */
export function arrange(
  found: PersonRow[],
  arrangement: PeopleArrangement,
): { rows: PersonRow[]; units: string[]; tiers: string[] } {
  const names = collator(arrangement.locale);
  // The table's own order: leadership first (no tier last), then names in the UI language.
  const base = [...found].sort((a, b) => (a.tierRank ?? 99) - (b.tierRank ?? 99) || names.compare(a.name, b.name));
  const { units, tiers } = choices(base, arrangement.locale);
  const filters = arrangement.filters ?? {};
  const keep = <T>(chosen: readonly T[] | undefined, value: T) =>
    !chosen || chosen.length === 0 || chosen.includes(value);
  let rows = base.filter(
    (r) =>
      keep(filters.unit, r.unitName ?? '') &&
      keep(filters.tier, r.tierName ?? '') &&
      keep(filters.status, r.status) &&
      keep(filters.unitId, r.unitId ?? ''),
  );
  rows = sortedBy(
    rows,
    arrangement.sort ? comparer(arrangement.sort.key, arrangement.locale) : null,
    arrangement.sort?.order,
  );
  return { rows, units, tiers };
}

function comparer(key: NonNullable<PeopleArrangement['sort']>['key'], locale: Locale) {
  const names = collator(locale);
  switch (key) {
    case 'name':
      return (a: PersonRow, b: PersonRow) => names.compare(a.name, b.name);
    case 'unit':
      return (a: PersonRow, b: PersonRow) => names.compare(a.unitName ?? '', b.unitName ?? '');
    case 'tier':
      return (a: PersonRow, b: PersonRow) => (a.tierRank ?? 99) - (b.tierRank ?? 99);
    case 'groups':
      return (a: PersonRow, b: PersonRow) => a.groupCount - b.groupCount;
  }
}

/** The units (in the language's order) and tiers (highest first) the header's filters offer. */
function choices(rows: PersonRow[], locale: Locale): { units: string[]; tiers: string[] } {
  const units = [...new Set(rows.map((r) => r.unitName).filter((u): u is string => !!u))].sort(
    collator(locale).compare,
  );
  const ranks = new Map<string, number>();
  for (const r of rows) if (r.tierName && !ranks.has(r.tierName)) ranks.set(r.tierName, r.tierRank ?? 99);
  const tiers = [...ranks.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
  return { units, tiers };
}
