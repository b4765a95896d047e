/**
 * The diff on paper (PDF or workbook): a summary of the two sides and the totals, then one table
 * per kind of change, every row named (group, person, unit), in the UI language.
 */
import type { DiffReport, GroupDiff } from '../../../shared/contract';
import { groupChangeText, sideText, totalsText, type SheetWords } from '../../../shared/diffText';
import type { Locale } from '../../../shared/domain';
import { paperText, type PaperKey } from '../../../shared/i18n/paper';
import { sheetText, type SheetKey } from '../../../shared/i18n/ledgerSheets';
import type { Cell, Column, ReportDocument, Section } from '../documents';

export function diffDocument(report: DiffReport, locale: Locale, printedOn: string): ReportDocument {
  const t: SheetWords = (key, params) => sheetText(locale, key, params);
  const p = (key: PaperKey) => paperText(locale, key);
  const col = (key: SheetKey, width: number, kind: Column['kind'] = 'text'): Column => ({
    header: t(key),
    width,
    kind,
  });
  const role = (r: string) => p(`role.${r}` as PaperKey);
  const table = (heading: SheetKey, columns: Column[], rows: Cell[][]): Section => ({
    type: 'table',
    heading: t(heading),
    sheet: t(heading),
    columns,
    rows,
  });
  const each = <R>(pick: (g: GroupDiff) => R[], row: (g: GroupDiff, r: R) => Cell[]) =>
    report.groups.flatMap((g) => pick(g).map((r) => row(g, r)));
  const from = sideText(t, report.from);
  const to = sideText(t, report.to);
  const fields: Array<[string, string]> = [
    [t('diff.from'), from],
    [t('diff.to'), to],
  ];
  if (report.filter.group) fields.push([t('diff.filterGroup'), report.filter.group]);
  if (report.filter.unit) fields.push([t('diff.filterUnit'), report.filter.unit]);
  fields.push([t('diff.summary'), totalsText(t, report)]);
  const incidentRow = (i: DiffReport['incidents']['opened'][number]): Cell[] => [
    i.on,
    i.kindLabel ?? p(`ikind.${i.kind}` as PaperKey),
    i.group,
    i.summary,
    p(`status.${i.status}` as PaperKey),
  ];
  const incidentCols = [
    col('col.date', 12, 'date'),
    col('col.kind', 14),
    col('col.group', 22),
    col('col.summary', 40),
    col('col.status', 10),
  ];
  const runbookRow = (r: DiffReport['runbooks']['opened'][number]): Cell[] => [
    r.on,
    p(`kind.${r.kind}` as PaperKey),
    r.subject,
    p(`state.${r.state}` as PaperKey),
  ];
  const runbookCols = [col('col.date', 12, 'date'), col('col.kind', 12), col('col.subject', 40), col('col.state', 12)];
  return {
    locale,
    organisation: report.organisation,
    title: t('diff.title', { from, to }),
    printedOn,
    fileStem: `${report.organisation}-diff-${report.from.day}-${report.to.day}`,
    emptyText: t('diff.nothing'),
    pageLabel: (n, total) => paperText(locale, 'page.of', { n, total }),
    summarySheet: { name: p('sheet.summary'), item: p('column.item'), value: p('column.value') },
    sections: [
      { type: 'fields', rows: fields },
      table(
        'diff.joined',
        [
          col('col.group', 22),
          col('col.name', 14),
          col('col.unit', 22),
          col('col.role', 10),
          col('col.date', 12, 'date'),
          col('col.basis', 14),
        ],
        each(
          (g) => g.joined,
          (g, m) => [g.name, m.name, m.unit, role(m.role), m.on, m.basis ? t(`basis.${m.basis}` as SheetKey) : null],
        ),
      ),
      table(
        'diff.left',
        [
          col('col.group', 22),
          col('col.name', 14),
          col('col.unit', 22),
          col('col.role', 10),
          col('col.date', 12, 'date'),
          col('col.reason', 30),
        ],
        each(
          (g) => g.left,
          (g, m) => [g.name, m.name, m.unit, role(m.role), m.on, m.reason],
        ),
      ),
      table(
        'diff.roles',
        [col('col.group', 22), col('col.name', 14), col('col.before', 12), col('col.after', 12)],
        each(
          (g) => g.roles,
          (g, r) => [g.name, r.name, role(r.from), role(r.to)],
        ),
      ),
      table(
        'diff.groupChanges',
        [col('col.group', 24), col('col.change', 60)],
        report.groups.map((g) => [g.name, groupChangeText(t, g)]).filter((row) => row[1] !== ''),
      ),
      table(
        'diff.exceptions',
        [
          col('col.group', 22),
          col('col.name', 14),
          col('col.decision', 10),
          col('col.date', 12, 'date'),
          col('col.reason', 36),
        ],
        each(
          (g) => g.exceptions,
          (g, x) => [g.name, x.name, t(`xstatus.${x.status}` as SheetKey), x.decidedOn, x.reason],
        ),
      ),
      table(
        'diff.peopleAdded',
        [col('col.name', 14), col('col.unit', 24), col('col.position', 20)],
        report.people.added.map((x) => [x.name, x.unit, x.position]),
      ),
      table(
        'diff.peopleChanged',
        [col('col.name', 14), col('col.field', 12), col('col.before', 26), col('col.after', 26)],
        report.people.changed.flatMap((x) =>
          x.fields.map((f) => [x.name, t(`field.${f.field}` as SheetKey), f.from, f.to]),
        ),
      ),
      table(
        'diff.peopleLeft',
        [col('col.name', 14), col('col.unit', 24), col('col.position', 20), col('col.leftOn', 12, 'date')],
        report.people.left.map((x) => [x.name, x.unit, x.position, x.leftOn]),
      ),
      table('diff.incidentsOpened', incidentCols, report.incidents.opened.map(incidentRow)),
      table('diff.incidentsClosed', incidentCols, report.incidents.closed.map(incidentRow)),
      table('diff.runbooksOpened', runbookCols, report.runbooks.opened.map(runbookRow)),
      table('diff.runbooksClosed', runbookCols, report.runbooks.closed.map(runbookRow)),
    ],
  };
}
