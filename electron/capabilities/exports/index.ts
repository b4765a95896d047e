/**
 * Exports people use: a group's member list on any day and the people directory as CSV or XLSX,
 * and the 台账 workbook of the whole registry — in the UI language, written durably where the
 * host's save dialog (or the command line) says.
 */
import type { ExportedFile, TableFormat } from '../../../shared/contract';
import type { Locale } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import type { Db } from '../../db/database';
import { defineCapability, type HandlerContext } from '../../kernel/capability';
import { today, type Clock } from '../../kernel/context';
import { getOrganisation, requireOrganisation } from '../../kernel/records';
import { listPeople } from '../directory';
import { getGroup } from '../groups';
import { safeFileStem } from './fileName';
import { readLedgerTables } from './tables';
import { membersSheet, peopleSheet, workbookSheets, wordsFor, type Sheet } from './sheets';
import { csvText, written, xlsxBytes } from './write';

export { csvText, xlsxBytes } from './write';
export { membersSheet, peopleSheet, workbookSheets, wordsFor, type LedgerTables, type Sheet } from './sheets';
export { readLedgerTables } from './tables';

interface Planned {
  fileName: string;
  write(path: string): Promise<ExportedFile>;
}

async function tableFile(path: string, format: TableFormat, sheet: Sheet, title: string, clock: Clock) {
  return format === 'csv'
    ? written(path, csvText(sheet))
    : written(path, await xlsxBytes([sheet], { title, now: clock.now() }));
}

/** A group's member list on `asOf` (default today); the group must exist and the day must not be after today. */
export function planMembers(
  db: Db,
  clock: Clock,
  locale: Locale,
  input: { groupId: string; asOf?: string; format: TableFormat },
): Planned {
  const day = today(clock);
  if (input.asOf && input.asOf > day) throw new LedgerError('date_in_future', { date: input.asOf, today: day });
  const detail = getGroup(db, input.groupId, input.asOf, clock);
  const w = wordsFor(locale);
  const sheet = membersSheet(detail, w);
  const title = input.asOf
    ? w.t('members.titleAsOf', { group: detail.group.name, date: input.asOf })
    : w.t('members.title', { group: detail.group.name });
  return {
    fileName: `${safeFileStem(`${detail.group.name}-${w.t('members.file')}-${input.asOf ?? day}`)}.${input.format}`,
    write: (path) => tableFile(path, input.format, sheet, title, clock),
  };
}

/** The people directory. */
export function planPeople(db: Db, clock: Clock, locale: Locale, input: { format: TableFormat }): Planned {
  const org = requireOrganisation(db);
  const w = wordsFor(locale);
  const sheet = peopleSheet(listPeople(db), w);
  return {
    fileName: `${safeFileStem(`${org.name}-${w.t('people.file')}-${today(clock)}`)}.${input.format}`,
    write: (path) => tableFile(path, input.format, sheet, `${org.name} — ${sheet.name}`, clock),
  };
}

/** The 台账 workbook: every sheet of the registry in one XLSX. */
export function planWorkbook(db: Db, clock: Clock, locale: Locale): Planned {
  const org = requireOrganisation(db);
  const w = wordsFor(locale);
  return {
    fileName: `${safeFileStem(`${org.name}-${w.t('workbook.file')}-${today(clock)}`)}.xlsx`,
    write: async (path) => {
      const sheets = workbookSheets(readLedgerTables(db), w);
      return written(
        path,
        await xlsxBytes(sheets, { title: w.t('workbook.title', { org: org.name }), now: clock.now() }),
      );
    },
  };
}

function uiLocale(app: HandlerContext): Locale {
  return app.preferences.settings().locale ?? getOrganisation(app.db)?.locale ?? 'en';
}

/** Checks everything first (unknown group, future day), then asks where, then writes. */
async function saveAs(app: HandlerContext, planned: Planned, format: string): Promise<ExportedFile | null> {
  const path = await app.dialogs.chooseSaveFile(planned.fileName, [format]);
  return path ? planned.write(path) : null;
}

export const exportsCapability = defineCapability({
  name: 'exports',
  handlers: (app) => ({
    'exports.members': (input) => saveAs(app, planMembers(app.db, app.clock, uiLocale(app), input), input.format),
    'exports.people': (input) => saveAs(app, planPeople(app.db, app.clock, uiLocale(app), input), input.format),
    'exports.workbook': () => saveAs(app, planWorkbook(app.db, app.clock, uiLocale(app)), 'xlsx'),
  }),
});
