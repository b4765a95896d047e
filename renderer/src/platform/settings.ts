/**
 * Preferences: language, theme and the administrator's name. Language and theme apply at once
 * (the whole UI re-renders) and are then persisted through `settings.update`; a failed save is
 * reported but does not undo what the admin sees.
 */
import { create } from 'zustand';
import type { Settings } from '../../../shared/contract';
import type { Locale } from '../../../shared/domain';
import { call } from './api';
import { applyLocale, guessLocale } from '../i18n/core';
import { formatNumber } from '../i18n/format';

export type Theme = Settings['theme'];

interface SettingsState {
  settings: Settings | null;
  locale: Locale;
  theme: Theme;
  /**
   * Adopts settings read at start; `fallback` is the organisation's language when none is set.
   * Resolves once the language's strings are read and the UI is in it.
   */
  adopt(settings: Settings, fallback: Locale | null): Promise<void>;
  /** Reads the language's strings first, then switches the whole UI to it, then saves the choice. */
  setLocale(locale: Locale): Promise<void>;
  setTheme(theme: Theme): Promise<void>;
  update(patch: Partial<Settings>): Promise<Settings>;
}

// The language to start in is read while the app asks for its settings; adopt() switches to the
// settings' language when it is another.
const initialLocale = guessLocale();
void applyLocale(initialLocale).catch(() => undefined);

export const useSettings = create<SettingsState>()((set, get) => ({
  settings: null,
  locale: initialLocale,
  theme: 'light',
  async adopt(settings, fallback) {
    const locale = settings.locale ?? fallback ?? get().locale;
    // A language chosen meanwhile (a click while this one was read) wins.
    if (await applyLocale(locale)) set({ locale });
    // The language's number formatter made while nothing happens: the first one of a page reads
    // ICU's data (about 6 ms), which was otherwise paid in the frame that opens a snapshot's preview.
    requestIdleCallback(() => formatNumber(0, get().locale), { timeout: 5000 });
    set({ settings, theme: settings.theme });
  },
  async setLocale(locale) {
    // Another language chosen while this one was read wins; this choice is then not saved.
    if (!(await applyLocale(locale))) return;
    set({ locale });
    await get().update({ locale });
  },
  async setTheme(theme) {
    set({ theme });
    await get().update({ theme });
  },
  async update(patch) {
    const settings = await call('settings.update', patch);
    set({ settings });
    return settings;
  },
}));

export const useLocale = () => useSettings((s) => s.locale);
