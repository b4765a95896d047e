/**
 * The one way a user-visible text is translated, whoever prints it: the renderer (i18next reads
 * these same tables), the command line and the error results of the main process. A table is
 * written in English first; the zh-CN and vi tables are type-checked against its shape, so a key
 * missing in one language fails the build. Placeholders are `{{name}}`, as i18next writes them.
 */
import type { Locale } from '../domain';

/** The shape of a table: the same keys as `T`, every leaf a string. */
export type TextsLike<T> = { [K in keyof T]: T[K] extends string ? string : TextsLike<T[K]> };

/** A table in every UI language, the others checked against English. */
export type Texts<T> = Record<Locale, TextsLike<T>>;

/** Declares a table: English defines the keys, zh-CN and vi must have every one of them. */
export function defineTexts<T>(en: T, zhCN: TextsLike<T>, vi: TextsLike<T>): Texts<T> {
  return { en: en as TextsLike<T>, 'zh-CN': zhCN, vi };
}

export type TextParams = Record<string, string | number | undefined>;

/** Fills `{{name}}` placeholders; a missing parameter leaves nothing. */
export function interpolate(template: string, params: TextParams = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => (params[key] === undefined ? '' : String(params[key])));
}

/** One text of a flat table in a language, filled. */
export function textOf<T extends Record<string, string>>(
  table: Texts<T>,
  locale: Locale,
  key: keyof T & string,
  params?: TextParams,
): string {
  const tableFor = table[locale] as Record<string, string>;
  return interpolate(tableFor[key] ?? (table.en as Record<string, string>)[key] ?? key, params);
}
