/**
 * Where GroupLedger keeps its data when no folder is named: the same user-data folder Electron
 * uses for an app named "GroupLedger", computed here so the command line finds it without Electron.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'GroupLedger';
export const REGISTRY_FILE = 'registry.sqlite';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.GROUP_LEDGER_DATA) return env.GROUP_LEDGER_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export function registryPath(dataDir: string): string {
  return join(dataDir, REGISTRY_FILE);
}
