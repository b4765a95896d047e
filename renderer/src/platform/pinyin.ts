/**
 * Pinyin for the filters that run in the window (a group's members, the unit picker, the palette's
 * pages and actions). pinyin-pro's dictionary is a fifth of the code, so it is loaded the first
 * time a filter needs it, not with the window; until it is there a Chinese name is found by its
 * characters, and the component renders again once pinyin can find it too.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { PINYIN_OPTIONS, searchKeyWith, type PinyinOf } from '../../../shared/searchText';

let pinyinOf: PinyinOf | null = null;
/** Loaded, or failed to load (a filter then goes on without pinyin rather than waiting). */
let settled = false;
let loading: Promise<PinyinOf | null> | null = null;
const listeners = new Set<() => void>();

/** Starts loading pinyin-pro (once); resolves to null if its chunk cannot be read. */
export function loadPinyin(): Promise<PinyinOf | null> {
  loading ??= import('pinyin-pro').then(
    ({ pinyin }) => {
      pinyinOf = (text) => pinyin(text, PINYIN_OPTIONS);
      settled = true;
      for (const listener of listeners) listener();
      return pinyinOf;
    },
    () => {
      settled = true;
      for (const listener of listeners) listener();
      return null;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadPinyin();
  return () => listeners.delete(listener);
}

/** Whether pinyin has loaded (or could not): the palette's Enter waits for it. Starts loading it. */
export function usePinyinReady(): boolean {
  return useSyncExternalStore(subscribe, () => settled);
}

/** `searchKey` for the window: with pinyin once it has loaded (the caller renders again then). */
export function useSearchKey(): (...texts: Array<string | null | undefined>) => string {
  const current = useSyncExternalStore(subscribe, () => pinyinOf);
  return useCallback((...texts) => searchKeyWith(current, texts), [current]);
}
