/**
 * `incident list|show|new|escalate|decide|close|report`: incidents and their escalations from the
 * command line, each change one capability command (one transaction). #N is the handle to pass
 * back; the group, the kind and the start of the summary are shown beside it.
 */
import {
  ESCALATION_CHANNELS,
  INCIDENT_STATUSES,
  kindLabelKey,
  SEVERITIES,
  type IncidentDetail,
  type IncidentKindView,
  type IncidentRow,
} from '../../../shared/contract';
import { incidentDocument, writeDocument } from '../../capabilities/documents';
import {
  closeIncident,
  createIncident,
  decideIncident,
  escalateIncident,
  getIncident,
  listIncidents,
  listKinds,
} from '../../capabilities/incidents';
import type { Db } from '../../db/database';
import { today } from '../../kernel/context';
import { requireOrganisation } from '../../kernel/records';
import { noExtra, type CliCommand } from '../command';
import { UsageError, cliContext, cliSigningKey, report, withDb, type CommandEnv } from '../common';
import { formatTable } from '../table';
import { findGroup } from './views';
import {
  checked,
  choiceOf,
  dateOf,
  handleArg,
  partyOf,
  REPORT_OPTIONS,
  reportTarget,
  reportWritten,
  textOf,
  word,
} from './work';

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** An incident's kind in words: the administrator's own label, or the built-in kind's name. */
function kindWord(env: CommandEnv, i: { kind: string; kindLabel: string | null }): string {
  return i.kindLabel ?? word(env, `ikind.${i.kind}`);
}

/** "#5 Confidential leak · 中层干部工作群 · 误发语音…": how an incident is named to the administrator. */
export function incidentLabel(env: CommandEnv, i: IncidentRow): string {
  return [`#${i.id} ${kindWord(env, i)}`, i.groupName, short(i.summary)].filter(Boolean).join(' · ');
}

/**
 * The kind `--kind` names among those offered for new incidents: a built-in kind's id or its
 * name in the command's language, or the label (or id) of a kind of the administrator's own.
 */
function kindOf(db: Db, env: CommandEnv, text: string): string {
  const key = kindLabelKey(text);
  const kinds = listKinds(db);
  const found = kinds.find((k) => k.id === text || kindLabelKey(k.label ?? word(env, `ikind.${k.id}`)) === key);
  // A retired kind is named, so the service can say it is no longer offered.
  if (found) return found.id;
  throw new UsageError('error.badChoice', {
    option: '--kind',
    values: kinds
      .filter((k) => !k.retired)
      .map((k) => (k.builtin ? k.id : `"${k.label}"`))
      .join(', '),
    value: text,
  });
}

function kindsText(env: CommandEnv, kinds: IncidentKindView[]): string {
  return formatTable(
    [word(env, 'col.kind'), env.t('incident.kindOrigin'), env.t('incident.kindState'), env.t('incident.kindCount')],
    kinds.map((k) => [
      k.builtin ? `${word(env, `ikind.${k.id}`)} (${k.id})` : k.label!,
      env.t(k.builtin ? 'incident.kindBuiltin' : 'incident.kindOwn'),
      env.t(!k.retired ? 'incident.kindOffered' : k.builtin ? 'incident.kindHidden' : 'incident.kindRetired'),
      String(k.incidents),
    ]),
  );
}

function listText(env: CommandEnv, rows: IncidentRow[]): string {
  if (rows.length === 0) return env.t('incident.none');
  return formatTable(
    [
      '#',
      word(env, 'col.noticed'),
      word(env, 'col.group'),
      word(env, 'col.kind'),
      word(env, 'col.severity'),
      word(env, 'col.status'),
      word(env, 'col.summary'),
    ],
    rows.map((r) => [
      `#${r.id}`,
      r.noticedOn,
      r.groupName ?? '',
      kindWord(env, r),
      word(env, `severity.${r.severity}`),
      word(env, `status.${r.status}`),
      short(r.summary),
    ]),
  );
}

function showText(env: CommandEnv, i: IncidentDetail): string {
  const none = word(env, 'none');
  const lines = [
    `${incidentLabel(env, i)}  (${word(env, `status.${i.status}`)})`,
    `${word(env, 'incident.severity')}: ${word(env, `severity.${i.severity}`)}`,
    `${word(env, 'incident.occurred')}: ${i.occurredOn}  ${word(env, 'incident.noticed')}: ${i.noticedOn}`,
    `${word(env, 'incident.summary')}: ${i.summary}`,
    `${word(env, 'incident.people')}: ${i.people.map((p) => `${p.name} (${word(env, `involvement.${p.role}`)})`).join(', ') || none}`,
    '',
    `${word(env, 'incident.steps')}:`,
  ];
  if (i.steps.length === 0) lines.push(`  ${none}`);
  for (const s of i.steps)
    lines.push(
      `  ${s.seq}. ${s.escalatedOn} ${s.from.label} → ${s.to.label} (${word(env, `channel.${s.channel}`)}): ${s.request}`,
      s.decidedOn
        ? `     ${s.decidedOn} ${s.decidedBy?.label ?? ''}: ${s.decision ?? ''}`
        : `     ${env.t('incident.waiting', { days: s.waitingDays ?? 0 })}`,
    );
  return lines.join('\n');
}

/** Writes the incident after a change and prints its label and status. */
function changed(
  env: CommandEnv,
  detail: IncidentDetail,
  key: 'incident.recorded' | 'incident.escalated' | 'incident.decided' | 'incident.closed',
): number {
  report(
    env,
    detail,
    env.t(key, { incident: incidentLabel(env, detail), status: word(env, `status.${detail.status}`) }),
  );
  return 0;
}

export const incidentListCommand: CliCommand = {
  name: 'incident',
  sub: 'list',
  readOnly: true,
  options: { group: { type: 'string' }, status: { type: 'string' }, since: { type: 'string' } },
  run(env, values, positionals) {
    noExtra(positionals);
    const status = choiceOf(values, 'status', INCIDENT_STATUSES);
    const since = dateOf(values, 'since');
    return withDb(env.common, (db) => {
      const group = textOf(values, 'group');
      const groupId = group === undefined ? undefined : findGroup(db, group, env.t).id;
      const page = listIncidents(db, { status, since, groupId, limit: 1000 });
      report(env, page, listText(env, page.rows));
      return 0;
    });
  },
};

export const incidentShowCommand: CliCommand = {
  name: 'incident',
  sub: 'show',
  readOnly: true,
  options: {},
  run(env, _values, positionals) {
    const id = handleArg(positionals, 'ID');
    noExtra(positionals.slice(1));
    return withDb(env.common, (db) => {
      const detail = getIncident(db, env.clock, id);
      report(env, detail, showText(env, detail));
      return 0;
    });
  },
};

export const incidentKindsCommand: CliCommand = {
  name: 'incident',
  sub: 'kinds',
  readOnly: true,
  options: {},
  run(env, _values, positionals) {
    noExtra(positionals);
    return withDb(env.common, (db) => {
      const kinds = listKinds(db);
      report(env, kinds, kindsText(env, kinds));
      return 0;
    });
  },
};

export const incidentNewCommand: CliCommand = {
  name: 'incident',
  sub: 'new',
  options: {
    kind: { type: 'string' },
    severity: { type: 'string' },
    summary: { type: 'string' },
    group: { type: 'string' },
    occurred: { type: 'string' },
    noticed: { type: 'string' },
  },
  run(env, values, positionals) {
    noExtra(positionals);
    const kindText = textOf(values, 'kind');
    const severity = choiceOf(values, 'severity', SEVERITIES);
    const summary = textOf(values, 'summary');
    if (!kindText) throw new UsageError('error.missingArg', { what: '--kind' });
    if (!severity) throw new UsageError('error.missingArg', { what: '--severity' });
    if (!summary) throw new UsageError('error.missingArg', { what: '--summary' });
    const noticed = dateOf(values, 'noticed');
    const occurred = dateOf(values, 'occurred') ?? noticed ?? today(env.clock);
    return withDb(env.common, (db) => {
      const group = textOf(values, 'group');
      const groupId = group === undefined ? null : findGroup(db, group, env.t).id;
      const input = checked(
        'incidents.create',
        {
          kind: kindOf(db, env, kindText),
          severity,
          summary,
          groupId,
          occurredOn: occurred,
          ...(noticed ? { noticedOn: noticed } : {}),
          people: [],
        },
        env.common.locale,
      );
      return changed(env, createIncident(cliContext(db, env), input), 'incident.recorded');
    });
  },
};

export const incidentEscalateCommand: CliCommand = {
  name: 'incident',
  sub: 'escalate',
  options: { to: { type: 'string' }, how: { type: 'string' }, asked: { type: 'string' }, from: { type: 'string' } },
  run(env, values, positionals) {
    const id = handleArg(positionals, 'ID');
    noExtra(positionals.slice(1));
    const to = textOf(values, 'to');
    if (!to) throw new UsageError('error.missingArg', { what: '--to PERSON_OR_POSITION' });
    const channel = choiceOf(values, 'how', ESCALATION_CHANNELS) ?? 'in_person';
    return withDb(env.common, (db) => {
      const from = textOf(values, 'from');
      const input = checked(
        'incidents.escalate',
        {
          id,
          from: from ? partyOf(db, env, from) : { kind: 'position', ref: env.t('incident.administrator') },
          to: partyOf(db, env, to),
          channel,
          request: textOf(values, 'asked') ?? env.t('incident.askedDefault'),
        },
        env.common.locale,
      );
      return changed(env, escalateIncident(cliContext(db, env), input), 'incident.escalated');
    });
  },
};

export const incidentDecideCommand: CliCommand = {
  name: 'incident',
  sub: 'decide',
  options: { by: { type: 'string' }, decision: { type: 'string' } },
  run(env, values, positionals) {
    const id = handleArg(positionals, 'ID');
    noExtra(positionals.slice(1));
    const by = textOf(values, 'by');
    const decision = textOf(values, 'decision');
    if (!by) throw new UsageError('error.missingArg', { what: '--by PERSON_OR_POSITION' });
    if (!decision) throw new UsageError('error.missingArg', { what: '--decision TEXT' });
    return withDb(env.common, (db) => {
      const input = checked('incidents.decide', { id, decidedBy: partyOf(db, env, by), decision }, env.common.locale);
      return changed(env, decideIncident(cliContext(db, env), input), 'incident.decided');
    });
  },
};

export const incidentCloseCommand: CliCommand = {
  name: 'incident',
  sub: 'close',
  options: {},
  run(env, _values, positionals) {
    const id = handleArg(positionals, 'ID');
    noExtra(positionals.slice(1));
    return withDb(env.common, (db) =>
      changed(
        env,
        closeIncident(cliContext(db, env), checked('incidents.close', { id }, env.common.locale)),
        'incident.closed',
      ),
    );
  },
};

export const incidentReportCommand: CliCommand = {
  name: 'incident',
  sub: 'report',
  readOnly: true,
  options: { ...REPORT_OPTIONS, group: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' } },
  async run(env, values, positionals) {
    const id = positionals.length ? handleArg(positionals, 'ID') : undefined;
    noExtra(positionals.slice(1));
    const since = dateOf(values, 'since');
    const until = dateOf(values, 'until');
    const group = textOf(values, 'group');
    if (id === undefined && group === undefined && since === undefined) throw new UsageError('error.reportScope');
    const target = reportTarget(env, values);
    const doc = withDb(env.common, (db) => {
      requireOrganisation(db);
      const groupId = group === undefined ? undefined : findGroup(db, group, env.t).id;
      return incidentDocument(db, env.clock, env.common.locale, id !== undefined ? { id } : { groupId, since, until });
    });
    const file = await writeDocument(doc, target.format, target.path, env.clock, {
      signer: cliSigningKey(env.common),
    });
    report(env, file, reportWritten(env, file));
    return 0;
  },
};

export const INCIDENT_COMMANDS = [
  incidentListCommand,
  incidentShowCommand,
  incidentKindsCommand,
  incidentNewCommand,
  incidentEscalateCommand,
  incidentDecideCommand,
  incidentCloseCommand,
  incidentReportCommand,
];
