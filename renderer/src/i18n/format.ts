/**
 * Locale-aware formatting. Dates in the registry are calendar days (YYYY-MM-DD) and instants in
 * UTC; both are shown in the UI language's conventions via dayjs's localized formats.
 */
import dayjs from 'dayjs';
import type { Locale } from '../../../shared/domain';

/**
 * Vietnamese offices write dates as 14/09/2020 (dayjs's `ll` would give "14 Th09 2020"); Chinese
 * and English read best in the long form: 2020年9月14日, Sep 14, 2020.
 */
function numericDates(): boolean {
  return dayjs.locale() === 'vi';
}

/** A calendar day in the UI language's convention. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return dayjs(iso).format(numericDates() ? 'L' : 'll');
}

/** An instant in local time, with minutes. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return dayjs(iso).format(numericDates() ? 'L HH:mm' : 'lll');
}

/** The DatePicker's typed format: the locale's short date. */
export function datePickerFormat(): string {
  return 'L';
}

export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  const n = numberFormat(locale, i === 0 ? 0 : 1).format(value);
  return `${n} ${units[i]}`;
}

// One formatter per language and precision: making an Intl.NumberFormat costs far more than using
// one, and a table formats a number in every row.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, fractionDigits: number | null): Intl.NumberFormat {
  const key = `${locale}|${fractionDigits ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, fractionDigits === null ? {} : { maximumFractionDigits: fractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(n: number, locale: Locale): string {
  return numberFormat(locale, null).format(n);
}

/** Compare names the way the UI language sorts them (zh-CN: pinyin order; vi: Vietnamese). */
export { collator } from '../../../shared/collation';
