/** People: the searchable list, one person's page and their history. */
import type { PeopleArrangement, PeopleWindow, PersonRow } from '../../../../shared/contract';
import { PEOPLE_SORT_KEYS } from '../../../../shared/vocabulary';
import type { Locale } from '../../../../shared/domain';
import { call, caller } from '../../platform/api';
import { createQueryStore } from '../../platform/query';
import { createRowWindow } from '../../platform/rowWindow';
import type { Arrangement } from '../../ui/WindowedTable';
import { chosenValues, headerSort } from '../../ui/headerChoices';

/**
 * The people table's rows, a page of 100 at a time: the main process searches, filters and sorts
 * (people.window), the window holds the pages in view and around them.
 */
export const usePeopleWindow = createRowWindow<PeopleArrangement, PersonRow, PeopleWindow>((params, offset, limit) =>
  call('people.window', { ...params, offset, limit }),
);

/** The arrangement of the people table: the search, the header's sort and filters, the UI language. */
export function peopleArrangement(query: string, locale: Locale, header: Arrangement | null): PeopleArrangement {
  const filters = header?.filters ?? {};
  return {
    query,
    locale,
    sort: headerSort(header?.sorter, PEOPLE_SORT_KEYS),
    filters: {
      unit: chosenValues(filters.unit),
      tier: chosenValues(filters.tier),
      status: chosenValues<'active' | 'left'>(filters.status),
    },
  };
}

export const usePersonDetail = createQueryStore((params: { id: string }) => call('people.get', params), {
  resetWhen: (prev, next) => prev?.id !== next.id,
});

export const usePersonHistory = createQueryStore(
  (params: { id: string }) => call('events.list', { subject: params.id, limit: 100 }),
  { resetWhen: (prev, next) => prev?.id !== next.id },
);

/** Creates or edits a person (also marks them as left). */
export const savePerson = caller('people.save');

/** Reads an uploaded spreadsheet and guesses its columns. */
export const parseImport = caller('people.importParse');

/** How far the file being read is (0–1), or null. */
export const importProgress = caller('people.importProgress');

/** Stops reading the file (its parse answers import_cancelled). */
export const cancelImportRead = caller('people.importCancel');

/** Checks every row of a parsed file against a column mapping. */
export const previewImport = caller('people.importPreview');

/** Imports the rows that passed the check. */
export const commitImport = caller('people.importCommit');

/** The people directory as CSV or XLSX, where the host asks. */
export const exportPeople = caller('exports.people');
