/** People: the searchable list, one person's page and their history. */
import { call, caller } from '../../platform/api';
import { createQueryStore } from '../../platform/query';

export const usePeopleList = createQueryStore((params: { query: string }) =>
  call('people.list', params.query ? { query: params.query } : {}),
);

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
