/**
 * What the runbook and incident commands share: a numeric handle (`3` or `#3`), a choice among
 * fixed words, a date option, the contract's own check of an input, a person or a position named
 * on the command line, and writing a report to the file of --pdf or --xlsx.
 */
import { resolve } from 'node:path';
import { contract, type ChannelInput, type ExportedFile, type ReportFormat } from '../../../shared/contract';
import { IsoDate, type Locale } from '../../../shared/domain';
import { describeIssue } from '../../../shared/i18n/errors';
import { LedgerError } from '../../../shared/errors';
import { paperText, type PaperKey } from '../../../shared/i18n/paper';
import { stmt, type Db } from '../../db/database';
import { CliFailure, UsageError, type CommandEnv } from '../common';

/** A word of the reports (kinds, states, outcomes …) in the command's language. */
export function word(env: CommandEnv, key: string): string {
  return paperText(env.common.locale, key as PaperKey);
}

/** `3` or `#3`: the number the list shows beside each runbook or incident. */
export function handleArg(positionals: string[], what: string): number {
  const raw = positionals[0];
  if (raw === undefined) throw new UsageError('error.missingArg', { what });
  const id = Number(raw.replace(/^#/, ''));
  if (!Number.isInteger(id) || id <= 0) throw new UsageError('error.badHandle', { what, value: raw });
  return id;
}

/** The value of an option that must be one of `choices`, or undefined when not given. */
export function choiceOf<T extends string>(
  values: Record<string, unknown>,
  option: string,
  choices: readonly T[],
): T | undefined {
  const value = values[option];
  if (value === undefined) return undefined;
  if (!(choices as readonly unknown[]).includes(value))
    throw new UsageError('error.badChoice', {
      option: `--${option}`,
      values: choices.join(', '),
      value: String(value),
    });
  return value as T;
}

/** The value of a YYYY-MM-DD option, or undefined when not given. */
export function dateOf(values: Record<string, unknown>, option: string): string | undefined {
  const value = values[option];
  if (value === undefined) return undefined;
  if (!IsoDate.safeParse(value).success)
    throw new UsageError('error.badDateOption', { option: `--${option}`, value: String(value) });
  return value as string;
}

export function textOf(values: Record<string, unknown>, option: string): string | undefined {
  const value = values[option];
  return typeof value === 'string' ? value : undefined;
}

/** The input as the app's channel would accept it (same schema), or `invalid_input`. */
export function checked<
  C extends
    | 'org.create'
    | 'runbooks.step'
    | 'runbooks.cancel'
    | 'incidents.create'
    | 'incidents.escalate'
    | 'incidents.decide'
    | 'incidents.close',
>(channel: C, input: ChannelInput<C>, locale: Locale): ChannelInput<C> {
  const parsed = contract[channel].input.safeParse(input);
  if (parsed.success) return parsed.data as ChannelInput<C>;
  // As the app says it: "summary: it contains the control character U+001B, …" in the CLI's language.
  const detail = parsed.error.issues
    .slice(0, 3)
    .map((issue) => describeIssue(locale, issue))
    .join('; ');
  throw new LedgerError('invalid_input', { detail });
}

/** A person (by id or exact name) or, when no one has that name, a position ("局长"). */
export function partyOf(db: Db, env: CommandEnv, text: string): { kind: 'person' | 'position'; ref: string } {
  const people = stmt(db, 'SELECT id, name FROM people WHERE id = ? OR name = ? ORDER BY id').all(text, text) as Array<{
    id: string;
    name: string;
  }>;
  const byId = people.find((p) => p.id === text);
  if (byId) return { kind: 'person', ref: byId.id };
  if (people.length === 1) return { kind: 'person', ref: people[0]!.id };
  if (people.length > 1)
    throw new CliFailure(
      env.t('error.manyPeople', { query: text, count: people.length, ids: people.map((p) => p.id).join(', ') }),
      2,
    );
  return { kind: 'position', ref: text };
}

/** --pdf FILE or --xlsx FILE, exactly one. */
export function reportTarget(env: CommandEnv, values: Record<string, unknown>): { format: ReportFormat; path: string } {
  const pdf = textOf(values, 'pdf');
  const xlsx = textOf(values, 'xlsx');
  if ((pdf === undefined) === (xlsx === undefined)) throw new UsageError('error.reportTarget');
  return pdf !== undefined
    ? { format: 'pdf', path: resolve(env.io.cwd, pdf) }
    : { format: 'xlsx', path: resolve(env.io.cwd, xlsx!) };
}

export const REPORT_OPTIONS = { pdf: { type: 'string' }, xlsx: { type: 'string' } } as const;

export function reportWritten(env: CommandEnv, file: ExportedFile): string {
  return env.t('paper.written', { path: file.path, bytes: file.bytes });
}
