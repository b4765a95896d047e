/** The application itself and the administrator's settings. */
import { z } from 'zod';
import { lineText } from '../text';
import { Locale } from '../domain';
import { NoInput, returns, type ChannelGroup } from './define';
import { WAIT_DAYS } from '../vocabulary';

export const THEMES = ['light', 'dark'] as const;

export { WAIT_DAYS } from '../vocabulary';

export const Settings = z.object({
  locale: Locale.nullable(),
  theme: z.enum(THEMES),
  adminName: lineText(100),
  firstRunDone: z.boolean(),
  escalationWaitDays: z
    .number()
    .int({ message: 'days.range' })
    .min(WAIT_DAYS.min, { message: 'days.range' })
    .max(WAIT_DAYS.max, { message: 'days.range' }),
});
export type Settings = z.infer<typeof Settings>;
export const SettingsPatch = Settings.partial().strict();

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser';
  /** The host opens snapshot files itself (the app's dialog); false: the page picks and sends them. */
  hostOpensFiles: boolean;
  dataDir: string;
  registryPath: string;
  revision: number;
  nodeVersion: string;
  sqliteVersion: string;
  /** The operating-system account: only a suggestion for the administrator's name, never a signature. */
  osUser: string;
}

/**
 * Something the window should tell the administrator once it opens: the preferences file could not
 * be used, so the app started with the default settings.
 */
export interface StartupNotice {
  kind: 'preferences_reset';
  /** The preferences file. */
  file: string;
  /** Where the unusable file was kept; null when it could not be moved (it was left untouched). */
  movedTo: string | null;
  /** Whether settings changed now are saved; false: they last until the app closes. */
  saved: boolean;
}

export const appChannels = {
  'app.info': { input: NoInput, output: returns<AppInfo>() },
  /** What happened at start that the administrator should know (usually nothing). */
  'app.notices': { input: NoInput, output: returns<StartupNotice[]>() },
  'settings.get': { input: NoInput, output: returns<Settings>() },
  'settings.update': { input: SettingsPatch, output: returns<Settings>() },
} as const satisfies ChannelGroup;
