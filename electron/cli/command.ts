/** One command of the command line, as a capability declares it; run.ts parses and dispatches. */
import type { ParseArgsConfig } from 'node:util';
import { UsageError, type CommandEnv } from './common';

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface CliCommand {
  /** The first word: `members`, `import` … */
  name: string;
  /** For a word shared by capabilities (`import snapshot`, `import people`): the second word. */
  sub?: string;
  /**
   * Only reads the registry: runs beside an open app (opening the registry read-only when another
   * process holds the folder, or with --read-only). A command without it writes, and needs the folder.
   */
  readOnly?: true;
  /** Options besides --data, --json, --lang, --read-only and --help. */
  options: Options;
  /** Rewrites the arguments before parsing (an option whose value may be left out). */
  normalise?(args: string[]): string[];
  /** Runs with the parsed options and the words after the command (and after `sub`). */
  run(
    env: CommandEnv,
    values: Record<string, string | boolean | undefined>,
    positionals: string[],
  ): number | Promise<number>;
}

/** Refuses words left over after a command's own. */
export function noExtra(positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError('error.extraArg', { arg: positionals[0]! });
}
