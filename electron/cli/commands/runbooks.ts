/**
 * `runbook list|show|step|cancel|report`: the runbooks of the app walked and reported from the
 * command line (the same registry: a walk started in the window continues here and back). The
 * number shown as #N is the handle to pass back; names are always shown beside it.
 */
import { RUNBOOK_STATES, type RunbookSummary, type RunbookView } from '../../../shared/contract';
import { localDateTime, runbookDocument, writeDocument } from '../../capabilities/documents';
import { cancelRunbook, getRunbook, listRunbooks, nextStep, recordStep } from '../../capabilities/runbooks';
import { requireOrganisation } from '../../kernel/records';
import { noExtra, type CliCommand } from '../command';
import { UsageError, cliContext, cliSigningKey, report, withDb, type CommandEnv } from '../common';
import { formatTable } from '../table';
import { checked, choiceOf, handleArg, REPORT_OPTIONS, reportTarget, reportWritten, textOf, word } from './work';

/** "#3 Dissolve the group — 中层干部工作群": how a runbook is named to the administrator. */
export function runbookLabel(env: CommandEnv, r: RunbookSummary): string {
  const target = r.subject ? r.subject.name : r.groups.map((g) => g.name).join(', ');
  return `#${r.id} ${word(env, `kind.${r.kind}`)} — ${target}`;
}

function listText(env: CommandEnv, rows: RunbookSummary[]): string {
  if (rows.length === 0) return env.t('runbook.none');
  return formatTable(
    [
      '#',
      word(env, 'runbook.what'),
      word(env, 'runbook.groups'),
      word(env, 'runbook.state'),
      word(env, 'runbook.progress'),
      word(env, 'runbook.started'),
    ],
    rows.map((r) => [
      `#${r.id}`,
      word(env, `kind.${r.kind}`),
      r.subject ? r.subject.name : r.groups.map((g) => g.name).join(', '),
      word(env, `state.${r.state}`),
      `${r.progress.done}/${r.progress.total}`,
      r.startedAt ? localDateTime(r.startedAt) : '',
    ]),
  );
}

function nextText(env: CommandEnv, view: RunbookView): string {
  const next = view.next;
  if (!next) return env.t('runbook.noNext');
  return env.t('runbook.next', {
    ord: next.ord,
    action: word(env, `action.${next.action}`),
    name: next.name,
    detail: [next.unitName, next.position, next.handle].filter(Boolean).join(', '),
    group: next.groupName,
  });
}

function showText(env: CommandEnv, view: RunbookView): string {
  const a = view.authorisation;
  const lines = [
    `${runbookLabel(env, view)}  (${word(env, `state.${view.state}`)})`,
    `${word(env, 'runbook.reason')}: ${view.reason}`,
    `${word(env, 'runbook.authorisedBy')}: ${[a.personName, a.position, a.on, a.documentRef].filter(Boolean).join(', ') || word(env, 'none')}`,
    `${word(env, 'runbook.progress')}: ${view.progress.done}/${view.progress.total}`,
  ];
  if (view.cancelReason) lines.push(`${word(env, 'runbook.cancelReason')}: ${view.cancelReason}`);
  lines.push(nextText(env, view), '');
  lines.push(
    formatTable(
      [
        word(env, 'col.no'),
        word(env, 'col.name'),
        word(env, 'col.unit'),
        word(env, 'col.action'),
        word(env, 'col.outcome'),
        word(env, 'col.note'),
      ],
      view.steps.map((s) => [
        String(s.ord),
        s.name,
        s.unitName ?? '',
        word(env, `action.${s.action}`),
        word(env, s.outcome ? `outcome.${s.outcome}` : 'outcome.none'),
        s.note ?? '',
      ]),
    ),
  );
  return lines.join('\n');
}

export const runbookListCommand: CliCommand = {
  name: 'runbook',
  sub: 'list',
  readOnly: true,
  options: { state: { type: 'string' } },
  run(env, values, positionals) {
    noExtra(positionals);
    const state = choiceOf(values, 'state', RUNBOOK_STATES);
    return withDb(env.common, (db) => {
      const rows = listRunbooks(db, state ? { state } : {});
      report(env, rows, listText(env, rows));
      return 0;
    });
  },
};

export const runbookShowCommand: CliCommand = {
  name: 'runbook',
  sub: 'show',
  readOnly: true,
  options: {},
  run(env, _values, positionals) {
    const id = handleArg(positionals, 'ID');
    noExtra(positionals.slice(1));
    return withDb(env.common, (db) => {
      const view = getRunbook(db, env.clock, id);
      report(env, view, showText(env, view));
      return 0;
    });
  },
};

const OUTCOMES = { done: 'done', skip: 'skipped', failed: 'failed' } as const;

export const runbookStepCommand: CliCommand = {
  name: 'runbook',
  sub: 'step',
  options: { note: { type: 'string' } },
  run(env, values, positionals) {
    const id = handleArg(positionals, 'ID');
    const said = positionals[1];
    if (said === undefined) throw new UsageError('error.missingArg', { what: 'done|skip|failed' });
    if (!Object.hasOwn(OUTCOMES, said))
      throw new UsageError('error.badChoice', {
        option: 'done|skip|failed',
        values: 'done, skip, failed',
        value: said,
      });
    noExtra(positionals.slice(2));
    const outcome = OUTCOMES[said as keyof typeof OUTCOMES];
    const note = textOf(values, 'note');
    if (outcome === 'skipped' && !note?.trim()) throw new UsageError('error.skipNote');
    return withDb(env.common, (db) => {
      const next = nextStep(db, id);
      const ctx = cliContext(db, env);
      if (!next) getRunbook(db, env.clock, id); // an unknown id says so
      const ord = next?.ord ?? 1;
      recordStep(ctx, checked('runbooks.step', { id, ord, outcome, ...(note ? { note } : {}) }, env.common.locale));
      const view = getRunbook(db, env.clock, id);
      const step = view.steps.find((s) => s.ord === ord)!;
      const text = [
        env.t('runbook.recorded', {
          ord,
          name: step.name,
          group: step.groupName,
          outcome: word(env, `outcome.${outcome}`),
          done: view.progress.done,
          total: view.progress.total,
        }),
        view.state === 'finished'
          ? env.t('runbook.finished', { runbook: runbookLabel(env, view) })
          : nextText(env, view),
      ].join('\n');
      report(env, { step, progress: view.progress, state: view.state, next: view.next }, text);
      return 0;
    });
  },
};

export const runbookCancelCommand: CliCommand = {
  name: 'runbook',
  sub: 'cancel',
  options: { reason: { type: 'string' } },
  run(env, values, positionals) {
    const id = handleArg(positionals, 'ID');
    noExtra(positionals.slice(1));
    const reason = textOf(values, 'reason');
    if (!reason?.trim()) throw new UsageError('error.missingArg', { what: '--reason TEXT' });
    return withDb(env.common, (db) => {
      const input = checked('runbooks.cancel', { id, reason }, env.common.locale);
      cancelRunbook(cliContext(db, env), input.id, input.reason);
      const view = getRunbook(db, env.clock, id);
      report(env, view, env.t('runbook.cancelled', { runbook: runbookLabel(env, view), reason }));
      return 0;
    });
  },
};

export const runbookReportCommand: CliCommand = {
  name: 'runbook',
  sub: 'report',
  readOnly: true,
  options: REPORT_OPTIONS,
  async run(env, values, positionals) {
    const id = handleArg(positionals, 'ID');
    noExtra(positionals.slice(1));
    const target = reportTarget(env, values);
    const doc = withDb(env.common, (db) => {
      requireOrganisation(db);
      return runbookDocument(db, env.clock, env.common.locale, id);
    });
    const file = await writeDocument(doc, target.format, target.path, env.clock, {
      signer: cliSigningKey(env.common),
    });
    report(env, file, reportWritten(env, file));
    return 0;
  },
};

export const RUNBOOK_COMMANDS = [
  runbookListCommand,
  runbookShowCommand,
  runbookStepCommand,
  runbookCancelCommand,
  runbookReportCommand,
];
