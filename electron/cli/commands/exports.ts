/**
 * `diff A B`, `members GROUP --csv FILE|--xlsx FILE`, `export workbook FILE` and `export people
 * FILE`: what changed between two snapshots or days, and the registry in the formats people use.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { DiffReport, ExportedFile, TableFormat } from '../../../shared/contract';
import { IsoDate } from '../../../shared/domain';
import {
  diffDocument,
  diffOf,
  exportDiff,
  readSnapshotTables,
  type DiffSideSpec,
  type ResolvedSide,
} from '../../capabilities/diff';
import { existingInstallationKey, installationRoot } from '../../core/signingKey';
import { listUnits } from '../../capabilities/directory';
import { cellText, type ReportDocument } from '../../capabilities/documents';
import { planMembers, planPeople, planWorkbook } from '../../capabilities/exports';
import { today } from '../../kernel/context';
import { requireOrganisation } from '../../kernel/records';
import { noExtra, type CliCommand } from '../command';
import { CliFailure, UsageError, report, withDbAsync, type CommandEnv } from '../common';
import { formatTable } from '../table';
import { findGroup } from './views';
import { reportWritten, textOf } from './work';

/** A side on the command line: `now`, a day (YYYY-MM-DD) or a snapshot file. */
function sideOf(env: CommandEnv, arg: string): DiffSideSpec {
  if (arg === 'now') return { kind: 'now' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(arg)) {
    if (!IsoDate.safeParse(arg).success) throw new UsageError('error.diffSide', { value: arg });
    return { kind: 'date', date: arg };
  }
  const path = resolve(env.io.cwd, arg);
  if (!existsSync(path)) throw new UsageError('error.diffSide', { value: arg });
  return { kind: 'snapshot', fileName: basename(path), path };
}

/**
 * A snapshot side verified by the snapshots capability and its tables read (only the tables: a
 * diff does not compare the history). A file this installation signed is checked the fast way; its
 * key is read, never made here.
 */
async function resolveSide(env: CommandEnv, side: DiffSideSpec): Promise<ResolvedSide> {
  if (side.kind !== 'snapshot') return side;
  const own = existingInstallationKey(installationRoot(env.common.dataDir))?.publicKey ?? null;
  const tables = await readSnapshotTables(side, { now: env.clock.now().toISOString(), own });
  return { kind: 'snapshot', snapshot: tables, fileName: side.fileName };
}

/** A document's tables as terminal text: the summary fields, then each table that has rows. */
function documentText(doc: ReportDocument): string {
  const lines = [doc.title, ''];
  let empty = true;
  for (const section of doc.sections) {
    if (section.type === 'fields') {
      for (const [label, value] of section.rows) lines.push(`${label}: ${value}`);
      continue;
    }
    if (section.rows.length === 0) continue;
    empty = false;
    lines.push(
      '',
      `${section.heading} (${section.rows.length})`,
      formatTable(
        section.columns.map((c) => c.header),
        section.rows.map((row) => row.map((cell, i) => cellText(cell, section.columns[i]?.kind))),
        '  ',
      ),
    );
  }
  if (empty) lines.push('', doc.emptyText);
  return lines.join('\n');
}

export const diffCommand: CliCommand = {
  name: 'diff',
  readOnly: true,
  options: { group: { type: 'string' }, unit: { type: 'string' }, xlsx: { type: 'string' }, pdf: { type: 'string' } },
  async run(env, values, positionals) {
    if (positionals.length < 2) throw new UsageError('error.missingArg', { what: positionals.length ? 'B' : 'A B' });
    noExtra(positionals.slice(2));
    const specA = sideOf(env, positionals[0]!);
    const specB = sideOf(env, positionals[1]!);
    const xlsx = textOf(values, 'xlsx');
    const pdf = textOf(values, 'pdf');
    if (xlsx !== undefined && pdf !== undefined) throw new UsageError('error.reportTarget');
    const group = textOf(values, 'group');
    const unit = textOf(values, 'unit');
    const a = await resolveSide(env, specA);
    const b = await resolveSide(env, specB);
    const write = async (result: DiffReport) => {
      const target = xlsx ?? pdf;
      if (target !== undefined) {
        const file = await exportDiff(
          result,
          env.common.locale,
          env.clock,
          xlsx ? 'xlsx' : 'pdf',
          resolve(env.io.cwd, target),
        );
        report(env, file, reportWritten(env, file));
      } else report(env, result, documentText(diffDocument(result, env.common.locale, today(env.clock))));
      return 0;
    };
    // Two snapshot files, no filter: compared without opening any registry.
    if (a.kind === 'snapshot' && b.kind === 'snapshot' && group === undefined && unit === undefined)
      return write(diffOf(null, env.clock, a, b));
    return withDbAsync(env.common, async (db) => {
      requireOrganisation(db);
      const groupId = group === undefined ? undefined : findGroup(db, group, env.t).id;
      let unitId: string | undefined;
      if (unit !== undefined) {
        const found = listUnits(db).find((u) => u.id === unit || u.name === unit);
        if (!found) throw new CliFailure(env.t('error.noUnit', { unit }));
        unitId = found.id;
      }
      return write(diffOf(db, env.clock, a, b, { groupId, unitId }));
    });
  },
};

/** `--csv FILE` or `--xlsx FILE`, one of them. */
export function tableTarget(env: CommandEnv, values: Record<string, unknown>): { format: TableFormat; path: string } {
  const csv = textOf(values, 'csv');
  const xlsx = textOf(values, 'xlsx');
  if ((csv === undefined) === (xlsx === undefined)) throw new UsageError('error.tableTarget');
  return csv !== undefined
    ? { format: 'csv', path: resolve(env.io.cwd, csv) }
    : { format: 'xlsx', path: resolve(env.io.cwd, xlsx!) };
}

function done(env: CommandEnv, file: ExportedFile): number {
  report(env, file, reportWritten(env, file));
  return 0;
}

/** `members GROUP [--as-of D] --csv FILE|--xlsx FILE`: the member list written to a file. */
export function writeMembers(
  env: CommandEnv,
  query: string,
  asOf: string | undefined,
  values: Record<string, unknown>,
) {
  const target = tableTarget(env, values);
  return withDbAsync(env.common, async (db) => {
    requireOrganisation(db);
    const group = findGroup(db, query, env.t);
    const plan = planMembers(db, env.clock, env.common.locale, { groupId: group.id, asOf, format: target.format });
    return done(env, await plan.write(target.path));
  });
}

function fileArg(positionals: string[]): string {
  if (!positionals[0]) throw new UsageError('error.missingArg', { what: 'FILE' });
  noExtra(positionals.slice(1));
  return positionals[0];
}

export const exportWorkbookCommand: CliCommand = {
  name: 'export',
  sub: 'workbook',
  readOnly: true,
  options: {},
  run(env, _values, positionals) {
    const path = resolve(env.io.cwd, fileArg(positionals));
    return withDbAsync(env.common, async (db) =>
      done(env, await planWorkbook(db, env.clock, env.common.locale).write(path)),
    );
  },
};

export const exportPeopleCommand: CliCommand = {
  name: 'export',
  sub: 'people',
  readOnly: true,
  options: {},
  run(env, _values, positionals) {
    const path = resolve(env.io.cwd, fileArg(positionals));
    const format: TableFormat | null = /\.csv$/i.test(path) ? 'csv' : /\.xlsx$/i.test(path) ? 'xlsx' : null;
    if (!format) throw new UsageError('error.tableFile', { value: path });
    return withDbAsync(env.common, async (db) =>
      done(env, await planPeople(db, env.clock, env.common.locale, { format }).write(path)),
    );
  },
};
