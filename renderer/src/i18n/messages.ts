/**
 * The shape of translation tables. Each feature's `i18n/en.ts` writes its English table as plain
 * data, and `i18n/zh-CN.ts` and `i18n/vi.ts` beside it type theirs as `Messages<typeof en>`: the
 * same keys all the way down, every leaf a string. One language's tables are gathered in
 * `i18n/locales/<language>.ts` (a chunk of its own); `mergeMessages` joins them into the one
 * `translation` namespace i18next reads; two tables writing the same key is a mistake caught when
 * the language loads.
 */

export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** One UI language's strings: the app's and features' tables, and the tables shared with main. */
export interface LocaleTables {
  translation: readonly object[];
  errors: object;
  doctor: object;
  import: object;
}

type Tree = { [key: string]: string | Tree };

function mergeInto(target: Tree, source: Tree, path: string): void {
  for (const [key, value] of Object.entries(source)) {
    const at = path ? `${path}.${key}` : key;
    const existing = target[key];
    if (existing === undefined) {
      target[key] = typeof value === 'string' ? value : structuredClone(value);
    } else if (typeof existing === 'object' && typeof value === 'object') {
      mergeInto(existing, value, at);
    } else {
      throw new Error(`Two translation tables write ${at}`);
    }
  }
}

export function mergeMessages(tables: readonly object[]): Tree {
  const merged: Tree = {};
  for (const table of tables) mergeInto(merged, table as Tree, '');
  return merged;
}
