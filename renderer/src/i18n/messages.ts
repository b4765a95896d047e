/**
 * The shape of translation tables. Each feature's `i18n.ts` writes its English table as plain
 * data and types the other languages as `Messages<typeof en>`: the same keys all the way down,
 * every leaf a string. `mergeMessages` joins the features' tables into the one `translation`
 * namespace i18next reads; two tables writing the same key is a mistake caught at start.
 */
import type { Locale } from '../../../shared/domain';

export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** One feature's strings in every UI language. */
export type Translations = { [L in Locale]: object };

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
