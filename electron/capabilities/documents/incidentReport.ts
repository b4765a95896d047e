/**
 * Incident reports for leadership: one incident (summary, people and roles, escalation steps with
 * decisions, actions), or every incident of a group and/or a period with counts by kind, severity
 * and status and the median days from notice to decision.
 */
import type { IncidentRow, PartyView } from '../../../shared/contract';
import type { Locale } from '../../../shared/domain';
import { INCIDENT_STATUSES, SEVERITIES } from '../../../shared/incidents';
import { paperText, type PaperKey } from '../../../shared/i18n/paper';
import { readTransaction, type Db } from '../../db/database';
import { today, type Clock } from '../../kernel/context';
import { getGroupRecord, requireOrganisation } from '../../kernel/records';
import { getIncident, lastDecisionDays, listIncidents, listKinds, median } from '../incidents';
import { getRunbook, listRunbooks } from '../runbooks';
import { baseDocument, joinList, kindText, type Translate } from './common';
import type { ReportDocument, Section } from './model';

export interface IncidentScope {
  id?: number;
  groupId?: string;
  since?: string;
  until?: string;
}

const party = (p: PartyView | null) => p?.label ?? null;

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function oneIncident(db: Db, clock: Clock, locale: Locale, id: number, t: Translate): ReportDocument {
  const org = requireOrganisation(db);
  const i = getIncident(db, clock, id);
  const none = t('none');
  const label = [kindText(t, i), i.groupName, i.noticedOn].filter(Boolean).join(' · ');
  const title = t('incident.title', { incident: label });
  const rows: Array<[string, string]> = [
    [t('incident.kind'), kindText(t, i)],
    [t('incident.severity'), t(`severity.${i.severity}` as PaperKey)],
    [t('incident.status'), t(`status.${i.status}` as PaperKey)],
    [t('incident.group'), i.groupName ?? none],
    [t('incident.occurred'), i.occurredOn],
    [t('incident.noticed'), i.noticedOn],
    [t('incident.closed'), i.closedOn ?? none],
  ];
  if (i.dismissReason) rows.push([t('incident.dismissReason'), i.dismissReason]);
  rows.push([t('incident.documentRef'), i.documentRef ?? none], [t('incident.summary'), i.summary]);
  const sections: Section[] = [
    { type: 'fields', rows },
    {
      type: 'table',
      heading: t('incident.people'),
      sheet: t('incident.people'),
      columns: [
        { header: t('col.name'), width: 30 },
        { header: t('col.role'), width: 20 },
      ],
      rows: i.people.map((p) => [p.name, t(`involvement.${p.role}` as PaperKey)]),
    },
    {
      type: 'table',
      heading: t('incident.steps'),
      sheet: t('incident.steps'),
      columns: [
        { header: t('col.seq'), width: 6, kind: 'number' },
        { header: t('col.from'), width: 16 },
        { header: t('col.to'), width: 16 },
        { header: t('col.escalatedOn'), width: 12, kind: 'date' },
        { header: t('col.how'), width: 11 },
        { header: t('col.asked'), width: 28 },
        { header: t('col.decidedBy'), width: 16 },
        { header: t('col.decidedOn'), width: 12, kind: 'date' },
        { header: t('col.decision'), width: 28 },
      ],
      rows: i.steps.map((s) => [
        s.seq,
        party(s.from),
        party(s.to),
        s.escalatedOn,
        t(`channel.${s.channel}` as PaperKey),
        s.request,
        party(s.decidedBy),
        s.decidedOn,
        s.decision,
      ]),
    },
    {
      type: 'table',
      heading: t('incident.actions'),
      sheet: t('incident.actions'),
      columns: [
        { header: t('col.kind'), width: 18 },
        { header: t('col.target'), width: 20 },
        { header: t('col.date'), width: 12, kind: 'date' },
        { header: t('col.note'), width: 50 },
      ],
      rows: i.actions.map((a) => [t(`iaction.${a.kind}` as PaperKey), a.targetName, a.takenOn, a.note]),
    },
    runbooksSection(db, clock, locale, id, t),
  ];
  return {
    ...baseDocument(locale, org.name, title, today(clock)),
    fileStem: `${org.name}-${title}`,
    sections,
  };
}

/** The runbooks linked to the incident: what, state, when, by whom, and how far (each has its own report). */
function runbooksSection(db: Db, clock: Clock, locale: Locale, incidentId: number, t: Translate): Section {
  const rows = listRunbooks(db, { incidentId })
    .reverse()
    .map((summary) => {
      const r = getRunbook(db, clock, summary.id);
      const target =
        r.subject?.name ??
        joinList(
          locale,
          r.groups.map((g) => g.name),
        );
      return [
        `${t(`kind.${r.kind}`)} — ${target}`,
        t(`state.${r.state}`),
        r.startedAt,
        r.endedAt,
        r.carriedOutBy,
        t('runbook.progressOf', {
          done: r.progress.done,
          total: r.progress.total,
          skipped: r.report.skipped.length,
          failed: r.report.failed.length,
        }),
      ];
    });
  return {
    type: 'table',
    heading: t('incident.runbooks'),
    sheet: t('col.operation'),
    columns: [
      { header: t('col.operation'), width: 30 },
      { header: t('col.status'), width: 10 },
      { header: t('col.started'), width: 16, kind: 'datetime' },
      { header: t('col.ended'), width: 16, kind: 'datetime' },
      { header: t('runbook.carriedOutBy'), width: 14 },
      { header: t('col.steps'), width: 36 },
    ],
    rows,
  };
}

function allRows(db: Db, scope: IncidentScope): IncidentRow[] {
  const rows: IncidentRow[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = listIncidents(db, {
      groupId: scope.groupId,
      since: scope.since,
      until: scope.until,
      limit: 1000,
      offset,
    });
    rows.push(...page.rows);
    if (page.rows.length < 1000) return rows.reverse();
  }
}

function manyIncidents(db: Db, clock: Clock, locale: Locale, scope: IncidentScope, t: Translate): ReportDocument {
  const org = requireOrganisation(db);
  const group = scope.groupId ? getGroupRecord(db, scope.groupId) : null;
  const title = group ? t('incidents.titleGroup', { group: group.name }) : t('incidents.title');
  const rows = allRows(db, scope);
  const decided = lastDecisionDays(
    db,
    rows.map((r) => r.id),
  );
  const mid = median(rows.flatMap((r) => (decided.has(r.id) ? [days(r.noticedOn, decided.get(r.id)!)] : [])));
  const period =
    scope.since || scope.until ? `${scope.since ?? '…'} – ${scope.until ?? '…'}` : t('incidents.periodAll');
  const fields: Array<[string, string]> = [[t('incidents.period'), period]];
  if (group) fields.push([t('incident.group'), group.name]);
  fields.push(
    [t('incidents.total'), String(rows.length)],
    [t('incidents.decided'), String(decided.size)],
    [t('incidents.median'), mid === null ? t('none') : String(mid)],
  );
  const count = <K extends string>(keys: readonly K[], of: (r: IncidentRow) => K, prefix: string) =>
    keys.map((k) => [t(`${prefix}.${k}` as PaperKey), rows.filter((r) => of(r) === k).length]);
  const countTable = (heading: PaperKey, header: PaperKey, data: Array<Array<string | number>>): Section => ({
    type: 'table',
    heading: t(heading),
    sheet: t(heading),
    columns: [
      { header: t(header), width: 34 },
      { header: t('col.count'), width: 10, kind: 'number' },
    ],
    rows: data,
  });
  return {
    ...baseDocument(locale, org.name, title, today(clock)),
    fileStem: `${org.name}-${title}-${today(clock)}`,
    sections: [
      { type: 'fields', rows: fields },
      countTable(
        'incidents.byKind',
        'col.kind',
        // Every kind offered now, and a hidden or retired one only where incidents of the period have it.
        listKinds(db)
          .filter((k) => !k.retired || rows.some((r) => r.kind === k.id))
          .map((k) => [kindText(t, { kind: k.id, kindLabel: k.label }), rows.filter((r) => r.kind === k.id).length]),
      ),
      countTable(
        'incidents.bySeverity',
        'col.severity',
        count(SEVERITIES, (r) => r.severity, 'severity'),
      ),
      countTable(
        'incidents.byStatus',
        'col.status',
        count(INCIDENT_STATUSES, (r) => r.status, 'status'),
      ),
      {
        type: 'table',
        heading: t('incidents.list'),
        sheet: t('incidents.list'),
        columns: [
          { header: t('col.noticed'), width: 12, kind: 'date' },
          { header: t('col.group'), width: 22 },
          { header: t('col.kind'), width: 16 },
          { header: t('col.severity'), width: 10 },
          { header: t('col.status'), width: 12 },
          { header: t('col.summary'), width: 44 },
          { header: t('col.decidedOn'), width: 12, kind: 'date' },
          { header: t('col.days'), width: 10, kind: 'number' },
        ],
        rows: rows.map((r) => {
          const on = decided.get(r.id) ?? null;
          return [
            r.noticedOn,
            r.groupName,
            kindText(t, r),
            t(`severity.${r.severity}` as PaperKey),
            t(`status.${r.status}` as PaperKey),
            r.summary,
            on,
            on ? days(r.noticedOn, on) : null,
          ];
        }),
      },
    ],
  };
}

/** The report of one incident (scope.id) or of every incident of a group and/or a period. */
export function incidentDocument(db: Db, clock: Clock, locale: Locale, scope: IncidentScope): ReportDocument {
  const t: Translate = (key, params) => paperText(locale, key, params);
  // One read snapshot: the pages of the list and the decisions agree even while someone writes.
  return readTransaction(db, () =>
    scope.id !== undefined ? oneIncident(db, clock, locale, scope.id, t) : manyIncidents(db, clock, locale, scope, t),
  );
}
