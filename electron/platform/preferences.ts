/** Preferences inside Electron: electron-store in the app's user-data folder. */
import Store from 'electron-store';
import { PREFERENCES_FILE, preferencesOver, type Preferences } from '../core/preferences';

export function electronPreferences(dataDir: string): Preferences {
  const store = new Store<Record<string, unknown>>({ name: PREFERENCES_FILE, cwd: dataDir });
  return preferencesOver(store);
}
