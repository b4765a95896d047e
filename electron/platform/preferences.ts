/** Preferences inside Electron: electron-store in the app's user-data folder, opened safely (see openPreferences). */
import Store from 'electron-store';
import { PREFERENCES_FILE, openPreferences, type Preferences } from '../core/preferences';

export function electronPreferences(dataDir: string): Preferences {
  return openPreferences(dataDir, () => new Store<Record<string, unknown>>({ name: PREFERENCES_FILE, cwd: dataDir }));
}
