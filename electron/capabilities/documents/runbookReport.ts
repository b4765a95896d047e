/**
 * The runbook report for the director: what was done and why, who authorised it and when, the
 * document, start and end, who carried it out, every person with outcome and time, the skipped
 * and failed with their reasons, the snapshot it started from and the linked incident.
 */
import type { RunbookStepView } from '../../../shared/contract';
import type { Locale } from '../../../shared/domain';
import { paperText } from '../../../shared/i18n/paper';
import type { Db } from '../../db/database';
import { today, type Clock } from '../../kernel/context';
import { requireOrganisation } from '../../kernel/records';
import { getIncident } from '../incidents';
import { getRunbook } from '../runbooks';
import { baseDocument, joinList, kindText, type Translate } from './common';
import { localDateTime, type Column, type ReportDocument } from './model';

/** The incident a runbook names, as the administrator knows it: its kind, group and summary. */
export function incidentLabel(db: Db, clock: Clock, ref: string | null, t: Translate): string | null {
  if (ref === null) return null;
  const id = /(\d+)$/.exec(ref)?.[1];
  if (!id) return ref;
  try {
    const incident = getIncident(db, clock, Number(id));
    const summary = incident.summary.length > 80 ? `${incident.summary.slice(0, 80)}…` : incident.summary;
    const where = incident.groupName ? `${incident.groupName}, ` : '';
    return `${kindText(t, incident)} (${where}${incident.noticedOn}): ${summary}`;
  } catch {
    return ref;
  }
}

export function runbookDocument(db: Db, clock: Clock, locale: Locale, id: number): ReportDocument {
  const t: Translate = (key, params) => paperText(locale, key, params);
  const org = requireOrganisation(db);
  const view = getRunbook(db, clock, id);
  const report = view.report;
  const groups = joinList(
    locale,
    report.groups.map((g) => g.name),
  );
  const kind = t(`kind.${report.kind}`);
  const title =
    report.kind === 'offboard' && view.subject
      ? t('runbook.titleOffboard', { kind, person: view.subject.name })
      : t('runbook.title', { kind, group: groups });
  const none = t('none');
  const a = report.authorisation;
  const authorisedBy = [a.personName, a.position].filter(Boolean).join(locale === 'zh-CN' ? '，' : ', ') || none;
  const outcomeText = (s: RunbookStepView) => t(s.outcome ? `outcome.${s.outcome}` : 'outcome.none');
  const rows: Array<[string, string]> = [
    [t('runbook.what'), kind],
    [t('runbook.groups'), groups || none],
    [t('runbook.state'), t(`state.${report.state}`)],
    [t('runbook.reason'), report.reason],
  ];
  if (report.cancelReason) rows.push([t('runbook.cancelReason'), report.cancelReason]);
  rows.push(
    [t('runbook.authorisedBy'), authorisedBy],
    [t('runbook.authorisedOn'), a.on ?? none],
    [t('runbook.documentRef'), a.documentRef ?? none],
    [t('runbook.started'), report.startedAt ? localDateTime(report.startedAt) : none],
    [t('runbook.ended'), report.endedAt ? localDateTime(report.endedAt) : none],
    [t('runbook.carriedOutBy'), report.carriedOutBy ?? none],
    [
      t('runbook.snapshot'),
      report.snapshot.map((s) => t('runbook.snapshotOf', { group: s.groupName, count: s.members.length })).join('; ') ||
        none,
    ],
    [t('runbook.incident'), incidentLabel(db, clock, report.incidentId, t) ?? none],
    [
      t('runbook.progress'),
      t('runbook.progressOf', {
        done: view.progress.done,
        total: view.progress.total,
        skipped: report.skipped.length,
        failed: report.failed.length,
      }),
    ],
  );

  const several = report.groups.length > 1;
  const columns: Column[] = [
    { header: t('col.no'), width: 5, kind: 'number' },
    { header: t('col.name'), width: 18 },
    { header: t('col.unit'), width: 19 },
    { header: t('col.position'), width: 22 },
    ...(several ? [{ header: t('col.group'), width: 20 }] : []),
    { header: t('col.action'), width: 9 },
    { header: t('col.role'), width: 8 },
    { header: t('col.outcome'), width: 10 },
    { header: t('col.time'), width: 16, kind: 'datetime' },
    { header: t('col.note'), width: 22 },
  ];
  const people = report.people.map((s) => [
    s.ord,
    s.name,
    s.unitName,
    s.position,
    ...(several ? [s.groupName] : []),
    t(`action.${s.action}`),
    s.role ? t(`role.${s.role}`) : null,
    outcomeText(s),
    s.at,
    s.note,
  ]);
  const exceptions = [...report.skipped, ...report.failed]
    .sort((x, y) => x.ord - y.ord)
    .map((s) => [s.ord, s.name, s.groupName, outcomeText(s), s.at, s.note]);

  return {
    ...baseDocument(locale, org.name, title, today(clock)),
    fileStem: `${org.name}-${title}-${today(clock)}`,
    sections: [
      { type: 'fields', rows },
      { type: 'table', heading: t('runbook.people'), sheet: t('col.name'), columns, rows: people },
      {
        type: 'table',
        heading: t('runbook.exceptions'),
        sheet: `${t('outcome.skipped')} ${t('outcome.failed')}`,
        columns: [
          { header: t('col.no'), width: 6, kind: 'number' },
          { header: t('col.name'), width: 24 },
          { header: t('col.group'), width: 24 },
          { header: t('col.outcome'), width: 14 },
          { header: t('col.time'), width: 17, kind: 'datetime' },
          { header: t('col.note'), width: 50 },
        ],
        rows: exceptions,
      },
      {
        type: 'table',
        heading: t('runbook.notPlanned'),
        sheet: t('runbook.notPlanned'),
        columns: [
          { header: t('col.name'), width: 24 },
          { header: t('col.group'), width: 28 },
          { header: t('col.why'), width: 40 },
        ],
        rows: report.notPlanned.map((n) => [
          n.name,
          report.groups.find((g) => g.groupId === n.groupId)?.name ?? null,
          t(`notPlanned.${n.reason}`),
        ]),
      },
    ],
  };
}
