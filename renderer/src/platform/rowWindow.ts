/**
 * A long list read from the registry a page at a time, for a table that draws only the rows in view
 * (ui/WindowedTable's `source`): the main process searches, filters and sorts, and this store holds
 * the pages the table asked for. Changing the arrangement (a search, a sort, a filter) reads its
 * first page; the rows shown meanwhile stay until it is there, so typing never blanks the table. A
 * change to the registry reads the pages in view again and drops the others.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { refreshWhileWatched } from './registry';

/** What the main process answers for one page. */
export interface WindowPage<T> {
  total: number;
  offset: number;
  rows: T[];
}

export interface RowWindowState<P, T, A extends WindowPage<T>> {
  /** The arrangement shown (its rows are in `pages`), or null before the first answer. */
  params: P | null;
  /** The arrangement asked for and not answered yet, if any. */
  pending: P | null;
  total: number | null;
  /** Pages of rows by page number; a page not held is being read or not asked for. */
  pages: ReadonlyMap<number, T[]>;
  /** The latest answer's other fields (the filters' choices), or null. */
  answer: Omit<A, 'rows' | 'offset'> | null;
  error: Error | null;
  /** Shows `params`: reads its first page unless it is what is shown or asked for already. */
  show(params: P): Promise<void>;
  /** Reads `params`' first page ahead, unless the table already shows or asks for anything. */
  readAhead(params: P): Promise<void>;
  /** The table draws rows `start` … `end`: reads the pages it lacks. */
  need(start: number, end: number): void;
  /** Reads the pages in view again (after a change to the registry). */
  refresh(): Promise<void>;
}

export interface RowWindowStore<P, T, A extends WindowPage<T>> extends StoreApi<RowWindowState<P, T, A>> {
  <S>(selector: (state: RowWindowState<P, T, A>) => S): S;
  /** Row `index` of what is shown, or undefined while its page is read. */
  rowAt(index: number): T | undefined;
  pageSize: number;
}

const same = (a: unknown, b: unknown) => a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/**
 * The most pages held at once: scrolled through 10,000 people, the window holds 3,000 of them at
 * most, the pages farthest from the rows in view dropped first (read again if scrolled back to).
 */
export const MAX_PAGES = 30;

/**
 * `pages` less those farthest from page `near`, down to `max`. The first page stays: the table
 * opens at its top (after a scroll to the end of 10,000 people and away, the next visit waited a
 * round trip for it: 53 → 70 ms in the benchmark).
 */
export function dropFarPages<T>(pages: Map<number, T>, near: number, max = MAX_PAGES): Map<number, T> {
  if (pages.size <= max) return pages;
  const far = [...pages.keys()].filter((n) => n !== 0).sort((a, b) => Math.abs(b - near) - Math.abs(a - near));
  for (const n of far.slice(0, pages.size - max)) pages.delete(n);
  return pages;
}

export function createRowWindow<P, T, A extends WindowPage<T>>(
  read: (params: P, offset: number, limit: number) => Promise<A>,
  pageSize = 100,
): RowWindowStore<P, T, A> {
  /** Bumped by every new arrangement and every refresh: an answer for an older one is dropped. */
  let generation = 0;
  const reading = new Set<number>();
  /** The rows the table last drew, so a refresh reads those pages again. */
  let inView: [number, number] = [0, 0];

  const api = createStore<RowWindowState<P, T, A>>()((set, get) => {
    const readPages = async (params: P, numbers: number[], mine: number) => {
      const answers = await Promise.all(numbers.map((n) => read(params, n * pageSize, pageSize)));
      return { answers, current: mine === generation };
    };
    const settle = (params: P, numbers: number[], answers: A[]) => {
      const pages = new Map<number, T[]>();
      numbers.forEach((n, i) => pages.set(n, answers[i]!.rows));
      const last = answers[answers.length - 1]!;
      const { rows: _rows, offset: _offset, ...rest } = last;
      set({ params, pending: null, total: last.total, pages, answer: rest, error: null });
      // The rows the table drew meanwhile (scrolled, or a window taller than a page) are read too.
      get().need(inView[0], inView[1]);
    };
    return {
      params: null,
      pending: null,
      total: null,
      pages: new Map(),
      answer: null,
      error: null,
      async show(params) {
        const { params: shown, pending, error } = get();
        if (!error && (same(pending, params) || (pending === null && same(shown, params)))) return;
        const mine = ++generation;
        reading.clear();
        set({ pending: params });
        try {
          const { answers, current } = await readPages(params, [0], mine);
          if (current) settle(params, [0], answers);
        } catch (e) {
          if (mine === generation) set({ pending: null, error: asError(e) });
        }
      },
      readAhead(params) {
        const { params: shown, pending } = get();
        return shown !== null || pending !== null ? Promise.resolve() : get().show(params);
      },
      need(start, end) {
        inView = [start, end];
        const { params, pending, total, pages } = get();
        if (params === null || pending !== null || total === null) return;
        const mine = generation;
        const lastPage = Math.max(0, Math.ceil(total / pageSize) - 1);
        const from = Math.max(0, Math.floor(start / pageSize));
        const to = Math.min(lastPage, Math.floor(Math.max(start, end) / pageSize));
        for (let n = from; n <= to; n++) {
          if (pages.has(n) || reading.has(n)) continue;
          reading.add(n);
          read(params, n * pageSize, pageSize).then(
            (answer) => {
              reading.delete(n);
              if (mine !== generation) return;
              const next = new Map(get().pages);
              next.set(n, answer.rows);
              const near = Math.floor((inView[0] + inView[1]) / 2 / pageSize);
              set({ pages: dropFarPages(next, near), total: answer.total });
            },
            (e: unknown) => {
              reading.delete(n);
              if (mine === generation) set({ error: asError(e) });
            },
          );
        }
      },
      async refresh() {
        const params = get().pending ?? get().params;
        if (params === null) return;
        const mine = ++generation;
        reading.clear();
        const [start, end] = inView;
        const numbers: number[] = [];
        for (let n = Math.floor(start / pageSize); n <= Math.floor(Math.max(start, end) / pageSize); n++)
          numbers.push(n);
        try {
          const { answers, current } = await readPages(params, numbers, mine);
          if (current) settle(params, numbers, answers);
        } catch (e) {
          if (mine === generation) set({ error: asError(e) });
        }
      },
    };
  });
  refreshWhileWatched(api, () => api.getState().refresh());
  const hook = <S>(selector: (state: RowWindowState<P, T, A>) => S) => useStore(api, selector);
  const rowAt = (index: number) => api.getState().pages.get(Math.floor(index / pageSize))?.[index % pageSize];
  return Object.assign(hook, api, { rowAt, pageSize }) as RowWindowStore<P, T, A>;
}

/**
 * What a windowed table reads its rows through (ui/WindowedTable's `source`): the rows shown, each
 * when its page is held, the pages it draws read on demand, and its body told when pages arrive —
 * only its body: the table and its header are drawn again only when the count changes.
 */
export function windowSource<P, T, A extends WindowPage<T>>(store: RowWindowStore<P, T, A>, count: number) {
  return {
    count,
    at: store.rowAt,
    need: (start: number, end: number) => store.getState().need(start, end),
    subscribe: (onChange: () => void) =>
      store.subscribe((state, before) => {
        if (state.pages !== before.pages) onChange();
      }),
    version: () => store.getState().pages,
  };
}
