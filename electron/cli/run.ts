/**
 * The `group-ledger` command line: the same services as the app, headless. Exit codes: 0 done,
 * 1 failed (bad data, failed check), 2 bad usage. Bad input changes nothing.
 */
import { basename, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEMO_KINDS, contract, type DemoKind } from '../../shared/contract';
import { IsoDate, LOCALES, type Locale } from '../../shared/domain';
import { LedgerError } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n/errors';
import { doctorText } from '../../shared/i18n/doctor';
import { defaultDataDir } from '../core/paths';
import { systemClock, type Clock } from '../kernel/context';
import { loadDemo } from '../seeds/demo';
import { SCALE_PRESETS, generateScaleFixture } from '../seeds/fixtures/scale';
import { runDoctor } from '../capabilities/history';
import { createOrganisation, renameOrganisation } from '../capabilities/organisation';
import { countsOf, exportSnapshot, importSnapshot, readSnapshotFile, registryCounts } from '../capabilities/snapshots';
import { CliFailure, UsageError, cliContext, withDb, type CliIo, type Common, type CommandEnv } from './common';
import { importPeopleCommand } from './importPeople';
import { cliLocale, cliText, type MessageKey } from './messages';
import { membersCommand, scopeCreepCommand, searchCommand } from './views';
import { requireOrganisation } from '../kernel/records';

export type { CliIo } from './common';

const COMMON = {
  data: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** Runs one command line; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const langIndex = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langFlag =
    langIndex < 0 ? undefined : argv[langIndex]!.includes('=') ? argv[langIndex]!.split('=')[1] : argv[langIndex + 1];
  const locale = cliLocale(langFlag, io.env);
  const t = (key: MessageKey, params?: Record<string, string | number>) => cliText(locale, key, params);
  const dataDefault = defaultDataDir(io.env);

  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(t('usage.main', { dataDir: dataDefault }));
    return command ? 0 : 2;
  }
  const usageKey = `usage.${command}` as MessageKey;
  const known = ['init', 'doctor', 'export', 'import', 'verify', 'members', 'report', 'search'];
  if (!known.includes(command)) {
    io.err(t('error.usage', { detail: t('error.unknownCommand', { command }) }));
    io.err(t('error.seeHelp', { command: '' }).replace('  ', ' '));
    return 2;
  }
  try {
    const parse = <O extends ParseArgsConfig['options']>(options: O) =>
      parseArgs({ args: rest, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
    const commonOf = (values: { data?: string; json?: boolean }): Common => ({
      dataDir: resolve(io.cwd, values.data ?? dataDefault),
      json: values.json ?? false,
      locale,
    });
    const wantsHelp = rest.includes('--help') || rest.includes('-h');
    if (wantsHelp) {
      io.out(t(usageKey));
      return 0;
    }
    const clock = io.clock ?? systemClock;
    const envOf = (values: { data?: string; json?: boolean }): CommandEnv => ({
      io,
      common: commonOf(values),
      clock,
      t,
    });
    switch (command) {
      case 'init': {
        const { values, positionals } = parseArgs({
          args: normaliseOptionalDemo(rest),
          options: {
            ...COMMON,
            org: { type: 'string' },
            locale: { type: 'string' },
            demo: { type: 'string' },
            fixture: { type: 'string' },
          },
          allowPositionals: true,
          strict: true,
        });
        noExtra(positionals);
        return init(commonOf(values), values, clock, io);
      }
      case 'doctor': {
        const { values, positionals } = parse({});
        noExtra(positionals);
        return doctor(commonOf(values), io);
      }
      case 'export': {
        const { values, positionals } = parse({});
        const file = snapshotFileArg(positionals);
        return exportCommand(commonOf(values), resolve(io.cwd, file), clock, io);
      }
      case 'import': {
        const { values, positionals } = parse({
          'dry-run': { type: 'boolean' },
          map: { type: 'string' },
          'accept-same-name': { type: 'boolean' },
        });
        if (positionals[0] === 'people') {
          if (!positionals[1]) throw new UsageError('error.missingArg', { what: 'FILE' });
          noExtra(positionals.slice(2));
          return importPeopleCommand(envOf(values), resolve(io.cwd, positionals[1]), {
            dryRun: values['dry-run'] ?? false,
            map: values.map,
            acceptSameName: values['accept-same-name'] ?? false,
          });
        }
        if (positionals[0] !== 'snapshot') throw new UsageError('error.missingArg', { what: '"snapshot" / "people"' });
        if (values.map !== undefined) throw new UsageError('error.mapOnlyPeople');
        if (values['accept-same-name']) throw new UsageError('error.acceptOnlyPeople');
        const file = snapshotFileArg(positionals);
        return importCommand(commonOf(values), resolve(io.cwd, file), values['dry-run'] ?? false, clock, io);
      }
      case 'verify': {
        const { values, positionals } = parse({});
        if (positionals.length === 0) throw new UsageError('error.missingArg', { what: 'FILE' });
        noExtra(positionals.slice(1));
        return verify(commonOf(values), resolve(io.cwd, positionals[0]!), io);
      }
      case 'members': {
        const { values, positionals } = parse({ 'as-of': { type: 'string' } });
        if (positionals.length === 0) throw new UsageError('error.missingArg', { what: 'GROUP' });
        noExtra(positionals.slice(1));
        const asOf = values['as-of'];
        if (asOf !== undefined && !IsoDate.safeParse(asOf).success)
          throw new UsageError('error.badDate', { value: asOf });
        return membersCommand(envOf(values), positionals[0]!, asOf);
      }
      case 'report': {
        const { values, positionals } = parse({});
        if (positionals.length === 0) throw new UsageError('error.missingArg', { what: '"scope-creep"' });
        if (positionals[0] !== 'scope-creep') throw new UsageError('error.badReport', { value: positionals[0]! });
        noExtra(positionals.slice(1));
        return scopeCreepCommand(envOf(values));
      }
      case 'search': {
        const { values, positionals } = parse({});
        // Unquoted words are one query: `search nguyen trong nhan`.
        const query = contract['search.all'].input.safeParse({ query: positionals.join(' ') });
        if (!query.success)
          throw new UsageError(positionals.length === 0 ? 'error.missingArg' : 'error.badSearch', { what: 'TEXT' });
        return searchCommand(envOf(values), query.data.query);
      }
    }
    return 2;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(t('error.usage', { detail: t(error.key, error.params) }));
      io.err(t('error.seeHelp', { command }));
      return 2;
    }
    if (error instanceof CliFailure) {
      io.err(t('error.prefix', { message: error.message }));
      if (argv.includes('--json')) io.out(JSON.stringify({ ok: false, ...error.json }));
      return error.exitCode;
    }
    if (error instanceof LedgerError) {
      io.err(t('error.prefix', { message: errorMessage(locale, error.code, error.params) }));
      if (argv.includes('--json'))
        io.out(JSON.stringify({ ok: false, error: { code: error.code, params: error.params } }));
      return 1;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(t('error.usage', { detail: error.message }));
      io.err(t('error.seeHelp', { command }));
      return 2;
    }
    io.err(t('error.prefix', { message: errorMessage(locale, 'internal') }));
    io.err(String((error as Error)?.stack ?? error));
    return 1;
  }

  function noExtra(positionals: string[]): void {
    if (positionals.length > 0) throw new UsageError('error.extraArg', { arg: positionals[0]! });
  }

  function snapshotFileArg(positionals: string[]): string {
    if (positionals[0] !== 'snapshot') throw new UsageError('error.missingArg', { what: '"snapshot"' });
    if (!positionals[1]) throw new UsageError('error.missingArg', { what: 'FILE' });
    noExtra(positionals.slice(2));
    return positionals[1];
  }

  function init(
    common: Common,
    values: { org?: string; locale?: string; demo?: string; fixture?: string },
    clock: Clock,
    out: CliIo,
  ): number {
    const orgLocale = values.locale ?? 'en';
    if (!(LOCALES as readonly string[]).includes(orgLocale))
      throw new UsageError('error.badLocale', { value: orgLocale });
    const demo = values.demo;
    if (demo !== undefined && !(DEMO_KINDS as readonly string[]).includes(demo)) {
      throw new UsageError('error.badDemo', { value: demo });
    }
    const fixture = values.fixture;
    if (fixture !== undefined && !Object.hasOwn(SCALE_PRESETS, fixture)) {
      throw new UsageError('error.badFixture', { value: fixture });
    }
    if (fixture !== undefined && demo !== undefined) throw new UsageError('error.demoOrFixture');
    if (demo === undefined && fixture === undefined && !values.org?.trim()) {
      throw new UsageError('error.missingArg', { what: '--org NAME' });
    }
    return withDb(
      common,
      (db) => {
        const ctx = cliContext(db, clock);
        if (fixture !== undefined) {
          generateScaleFixture(db, { ...SCALE_PRESETS[fixture as keyof typeof SCALE_PRESETS] });
          if (values.org?.trim()) renameOrganisation(ctx, values.org.trim());
          const org = requireOrganisation(db);
          const counts = registryCounts(db);
          report(out, common, { organisation: org, counts }, t('init.fixture', { name: org.name, ...counts }));
        } else if (demo !== undefined) {
          const org = loadDemo(ctx, demo as DemoKind, orgLocale as Locale);
          const name = values.org?.trim() || org.name;
          if (name !== org.name) renameOrganisation(ctx, name);
          const counts = registryCounts(db);
          report(out, common, { organisation: { ...org, name }, counts }, t('init.demo', { name, ...counts }));
        } else {
          const org = createOrganisation(ctx, { name: values.org!.trim(), locale: orgLocale as Locale });
          report(
            out,
            common,
            { organisation: org },
            t('init.done', { name: org.name, locale: org.locale, dataDir: common.dataDir }),
          );
        }
        return 0;
      },
      true,
    );
  }

  function doctor(common: Common, out: CliIo): number {
    return withDb(common, (db) => {
      const result = runDoctor(db);
      const lines = result.checks.map(
        (c) =>
          `${c.ok ? '✔' : '✘'} ${c.ok ? t('check.ok') : t('check.failed')}  ${doctorText(locale, c.finding, c.params)}`,
      );
      lines.push(result.ok ? t('doctor.ok') : t('doctor.failed'));
      report(out, common, result, lines.join('\n'));
      return result.ok ? 0 : 1;
    });
  }

  function exportCommand(common: Common, file: string, clock: Clock, out: CliIo): number {
    return withDb(common, (db) => {
      requireOrganisation(db);
      const result = exportSnapshot(db, clock, file);
      report(
        out,
        common,
        result,
        t('export.done', { ...result.counts, path: result.path, bytes: result.bytes, checksum: result.checksum }),
      );
      return 0;
    });
  }

  function verify(common: Common, file: string, out: CliIo): number {
    const snapshot = readSnapshotFile(file);
    const counts = countsOf(snapshot.content);
    const summary = {
      organisation: snapshot.content.organisation.name,
      exportedAt: snapshot.exportedAt,
      checksum: snapshot.checksum,
      counts,
    };
    report(
      out,
      common,
      { ok: true, ...summary },
      t('verify.ok', {
        ...counts,
        organisation: summary.organisation,
        exportedAt: summary.exportedAt,
        checksum: summary.checksum,
      }),
    );
    return 0;
  }

  function importCommand(common: Common, file: string, dryRun: boolean, clock: Clock, out: CliIo): number {
    const snapshot = readSnapshotFile(file);
    if (dryRun) {
      // A dry run only verifies: the target folder is not even opened.
      const counts = countsOf(snapshot.content);
      report(out, common, { dryRun: true, counts }, t('import.dryRun', { ...counts }));
      return 0;
    }
    return withDb(
      common,
      (db) => {
        const counts = importSnapshot(db, snapshot, {
          actor: cliContext(db, clock).actor,
          fileName: basename(file),
          at: clock.now().toISOString(),
        });
        report(out, common, { dryRun: false, counts }, t('import.done', { ...counts, dataDir: common.dataDir }));
        return 0;
      },
      true,
    );
  }
}

function report(io: CliIo, common: Common, data: unknown, text: string): void {
  io.out(common.json ? JSON.stringify(data, null, 2) : text);
}

/** `--demo` may stand alone (the county bureau) or name a demo; parseArgs needs a value. */
function normaliseOptionalDemo(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    out.push(args[i]!);
    if (args[i] === '--demo' && (args[i + 1] === undefined || args[i + 1]!.startsWith('--'))) out.push('county-bureau');
  }
  return out;
}
