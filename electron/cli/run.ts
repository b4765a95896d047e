/**
 * The `group-ledger` command line: the same services as the app, headless. Exit codes: 0 done,
 * 1 failed (bad data, failed check), 2 bad usage. Bad input changes nothing.
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LedgerError } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n/errors';
import { defaultDataDir } from '../core/paths';
import { systemClock } from '../kernel/context';
import {
  CliFailure,
  UsageError,
  defaultLedgerFolder,
  resolveActor,
  resolveAdminName,
  type CliIo,
  type CommandEnv,
} from './common';
import { CLI_COMMANDS } from './commands';
import { cliLocale, cliText, type MessageKey } from './messages';
import { terminalIo } from './output';

export type { CliIo } from './common';

function commandName(command: { name: string; sub?: string }): string {
  return command.sub ? `${command.name} ${command.sub}` : command.name;
}

const COMMON = {
  data: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  actor: { type: 'string' },
  'read-only': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

/** Runs one command line; returns the exit code. Everything it prints goes through printable(). */
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  const io = terminalIo(rawIo);
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
  if (!CLI_COMMANDS.some((c) => c.name === command)) {
    io.err(t('error.usage', { detail: t('error.unknownCommand', { command }) }));
    io.err(t('error.seeHelp', { command: '' }).replace('  ', ' '));
    return 2;
  }
  try {
    const wantsHelp = rest.includes('--help') || rest.includes('-h');
    if (wantsHelp) {
      io.out(t(usageKey));
      return 0;
    }
    const candidates = CLI_COMMANDS.filter((c) => c.name === command);
    const subs = candidates.flatMap((c) => (c.sub ? [c.sub] : []));
    const first = rest.find((a) => !a.startsWith('-'));
    const chosen = subs.length ? candidates.find((c) => c.sub === first) : candidates[0];
    if (!chosen) throw new UsageError('error.missingArg', { what: subs.map((w) => `"${w}"`).join(' / ') });
    const args = chosen.normalise ? chosen.normalise(rest) : rest;
    const { values, positionals } = parseArgs({
      args,
      options: { ...COMMON, ...chosen.options },
      allowPositionals: true,
      strict: true,
    }) as { values: Record<string, string | boolean | undefined>; positionals: string[] };
    const words = chosen.sub ? positionals.slice(1) : positionals;
    const given = values.data as string | undefined;
    const dataDir = given === undefined ? defaultLedgerFolder(dataDefault) : resolve(io.cwd, given);
    const readOnlyFlag = (values['read-only'] as boolean | undefined) ?? false;
    if (readOnlyFlag && !chosen.readOnly)
      throw new UsageError('error.readOnlyWrites', { command: commandName(chosen) });
    const env: CommandEnv = {
      io,
      common: {
        dataDir,
        json: (values.json as boolean | undefined) ?? false,
        locale,
        actor: resolveActor(dataDir, values.actor as string | undefined),
        adminName: resolveAdminName(dataDir, values.actor as string | undefined),
        access: readOnlyFlag ? 'read-only' : chosen.readOnly ? 'read' : 'write',
      },
      clock: io.clock ?? systemClock,
      t,
    };
    return await chosen.run(env, values, words);
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
    if (error instanceof LedgerError && error.code === 'ledger_open_elsewhere') {
      // Said the command line's way: what to do at the terminal.
      io.err(t('error.prefix', { message: t('error.openElsewhere', error.params) }));
      if (argv.includes('--json'))
        io.out(JSON.stringify({ ok: false, error: { code: error.code, params: error.params } }));
      return 1;
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
}
