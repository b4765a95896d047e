/** Command-line arguments of the desktop app: validated, unknown ones ignored (Chromium adds its own). */
import { resolve } from 'node:path';
import { LedgerError } from '../../shared/errors';

export interface AppArgs {
  dataDir: string | null;
}

export function parseAppArgs(argv: readonly string[]): AppArgs {
  let dataDir: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg !== '--data' && !arg.startsWith('--data=')) continue;
    const value = arg === '--data' ? argv[i + 1] : arg.slice('--data='.length);
    if (!value || value.startsWith('--') || value.includes('\0')) {
      throw new LedgerError('bad_argument', { arg: '--data' });
    }
    dataDir = resolve(value);
    if (arg === '--data') i++;
  }
  return { dataDir };
}
