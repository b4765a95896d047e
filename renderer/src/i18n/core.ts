/**
 * The i18next instance and language switching, without any table of UI strings: app-wide stores
 * (settings) switch the language through here without importing the tables. Each UI language is a
 * chunk of its own (i18n/locales/<language>.ts), read the first time the window needs it: the
 * start-up script carries none of them, and the window reads only the language it shows.
 * `applyLocale` reads the language before switching to it, so the UI changes language at once and
 * never shows a key. The `errors` namespace is the same table main uses to translate errors, so a
 * message built here and one that crossed the process boundary read the same.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import relativeTime from 'dayjs/plugin/relativeTime';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/vi';
import type { Locale } from '../../../shared/domain';
import { LOCALES } from '../../../shared/vocabulary';
import { mergeMessages, type LocaleTables } from './messages';

dayjs.extend(localizedFormat);
dayjs.extend(relativeTime);

const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', vi: 'vi', en: 'en' };

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  // Filled one language at a time (loadLocale).
  resources: {},
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  ns: ['translation', 'errors', 'doctor', 'import'],
  defaultNS: 'translation',
  // React escapes text itself; escaping here would show &amp; in names.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const LOADERS: Record<Locale, () => Promise<{ tables: LocaleTables }>> = {
  en: () => import('./locales/en'),
  'zh-CN': () => import('./locales/zh-CN'),
  vi: () => import('./locales/vi'),
};

/** Gives i18next one language's tables (the `translation` namespace merged from all of them). */
export function registerLocale(locale: Locale, tables: LocaleTables): void {
  i18n.addResourceBundle(locale, 'translation', mergeMessages(tables.translation));
  i18n.addResourceBundle(locale, 'errors', tables.errors);
  i18n.addResourceBundle(locale, 'doctor', tables.doctor);
  i18n.addResourceBundle(locale, 'import', tables.import);
}

const loading = new Map<Locale, Promise<void>>();

/** Reads a UI language's strings, once; resolves when i18next has them. A failed read is tried again next time. */
export function loadLocale(locale: Locale): Promise<void> {
  let load = loading.get(locale);
  if (!load) {
    load = i18n.hasResourceBundle(locale, 'translation')
      ? Promise.resolve()
      : LOADERS[locale]().then(({ tables }) => registerLocale(locale, tables));
    load.catch(() => loading.delete(locale));
    loading.set(locale, load);
  }
  return load;
}

/** The language last asked for: a slower read of an earlier choice does not switch back to it. */
let wanted: Locale | null = null;

/**
 * Switches i18next, dayjs and the document language together, once the language's strings are
 * read. Resolves true when the UI reads in it, false when a later call asked for another language
 * meanwhile (that call switches).
 */
export async function applyLocale(locale: Locale): Promise<boolean> {
  wanted = locale;
  await loadLocale(locale);
  if (wanted !== locale) return false;
  dayjs.locale(DAYJS_LOCALE[locale]);
  document.documentElement.lang = locale;
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
  return true;
}

/** The language to start in before settings are known: the browser's, if we have it. */
export function guessLocale(): Locale {
  const lang = (navigator.language || 'en').toLowerCase();
  if (lang.startsWith('zh')) return 'zh-CN';
  if (lang.startsWith('vi')) return 'vi';
  return 'en';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
