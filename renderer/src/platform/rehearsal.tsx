/**
 * Rehearsals: a page's heaviest part rendered once out of sight while the console is idle, so the
 * first real visit finds its code compiled, its styles' variables registered and its data sorted,
 * as a second visit does. Features queue them from their `warm` (after their chunk and list are
 * read); the host renders one at a time for two frames, then drops it. What is rendered is hidden
 * from people and from assistive technology (`aria-hidden`, `inert`, off screen, not visible).
 * Its test ids are its own (useTestId): for two frames the page's would otherwise be in the
 * document twice, and a test looking for one then found two (the people page's title, in CI).
 */
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { create } from 'zustand';

const InRehearsal = createContext(false);

/** A test id as rendered here: `rehearsal-<id>` inside a rehearsal, so the page's own is never doubled. */
export function useTestId(id: string): string {
  return useContext(InRehearsal) ? `rehearsal-${id}` : id;
}

const useRehearsals = create<{ queue: Array<() => ReactNode> }>(() => ({ queue: [] }));

/** Queues a rehearsal. */
export function rehearse(build: () => ReactNode): void {
  useRehearsals.setState((s) => ({ queue: [...s.queue, build] }));
}

/** Queues a rehearsal once what it needs (the page's code, its list) is there; nothing if that fails. */
export function rehearseWhenRead<T>(needs: Promise<T>, build: (ready: T) => ReactNode): void {
  needs.then(
    (ready) => rehearse(() => build(ready)),
    () => undefined,
  );
}

const HIDDEN = {
  position: 'fixed',
  left: -10_000,
  top: 0,
  width: 1_200,
  height: 800,
  overflow: 'hidden',
  visibility: 'hidden',
  pointerEvents: 'none',
} as const;

/** Where the rehearsals are rendered (AdminLayout). */
export function RehearsalHost() {
  const next = useRehearsals((s) => s.queue[0]);
  useEffect(() => {
    if (!next) return;
    // Rendered, laid out and painted; then the next one.
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => useRehearsals.setState((s) => ({ queue: s.queue.slice(1) })));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [next]);
  if (!next) return null;
  return (
    <div aria-hidden inert style={HIDDEN} data-rehearsal>
      <InRehearsal.Provider value>{next()}</InRehearsal.Provider>
    </div>
  );
}
