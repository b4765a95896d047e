/**
 * The i18next instance and language switching, without any table of UI strings: app-wide stores
 * (settings) switch the language through here without importing the features' tables, which
 * i18n/index.ts adds. Every UI language is bundled (the app is offline and the tables are small),
 * so switching language is synchronous and re-renders the whole UI at once. The `errors`
 * namespace is the same table main uses to translate errors, so a message built here and one
 * that crossed the process boundary read the same.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import relativeTime from 'dayjs/plugin/relativeTime';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/vi';
import { LOCALES, type Locale } from '../../../shared/domain';
import { ERROR_MESSAGES } from '../../../shared/i18n/errors';
import { DOCTOR_TEXT } from '../../../shared/i18n/doctor';
import { IMPORT_TEXT } from '../../../shared/i18n/import';

dayjs.extend(localizedFormat);
dayjs.extend(relativeTime);

const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', vi: 'vi', en: 'en' };

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    en: { errors: ERROR_MESSAGES.en, doctor: DOCTOR_TEXT.en, import: IMPORT_TEXT.en },
    'zh-CN': { errors: ERROR_MESSAGES['zh-CN'], doctor: DOCTOR_TEXT['zh-CN'], import: IMPORT_TEXT['zh-CN'] },
    vi: { errors: ERROR_MESSAGES.vi, doctor: DOCTOR_TEXT.vi, import: IMPORT_TEXT.vi },
  },
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

/** Switches i18next, dayjs and the document language together. */
export function applyLocale(locale: Locale): void {
  dayjs.locale(DAYJS_LOCALE[locale]);
  document.documentElement.lang = locale;
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
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
