/**
 * One-shot requests that a page open something when it arrives: "New person" in the command
 * palette goes to the People page and asks it to open its form. An intent is not part of the
 * route, so going back to that page later does not open the form again; it is dropped as soon as
 * the admin goes anywhere else, so a page that never takes it cannot surprise anyone later.
 */
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import { useNav, type Route } from './nav';

export type Intent =
  | { kind: 'person.new' }
  | { kind: 'people.import' }
  /** The Snapshots page's "Open or restore a ledger…": choose a snapshot file. */
  | { kind: 'ledger.open' }
  /** The scope-creep report, scrolled to one group's section. */
  | { kind: 'report.group'; groupId: string }
  /** The groups list filtered to the ad-hoc groups past their end date, or ending soon. */
  | { kind: 'groups.life'; filter: 'expired' | 'ending' };

export type IntentKind = Intent['kind'];

interface Pending {
  intent: Intent;
  route: Route;
}

const useIntentStore = create<{ pending: Pending | null }>()(() => ({ pending: null }));

function samePlace(a: Route, b: Route): boolean {
  return a.page === b.page && ('id' in a ? a.id : null) === ('id' in b ? b.id : null);
}

useNav.subscribe((state, prev) => {
  const pending = useIntentStore.getState().pending;
  if (pending && state.route !== prev.route && !samePlace(pending.route, state.route)) {
    useIntentStore.setState({ pending: null });
  }
});

/** Goes to `route` and leaves `intent` for the page there to take. */
export function goWith(route: Route, intent: Intent): void {
  useIntentStore.setState({ pending: { intent, route } });
  useNav.getState().go(route);
}

/**
 * Runs `handler` once when an intent of this kind is waiting for the current page, and clears it.
 * Call it in the page that can act on it: `useIntent('group.new', () => setCreating(true))`.
 */
export function useIntent<K extends IntentKind>(kind: K, handler: (intent: Extract<Intent, { kind: K }>) => void) {
  const pending = useIntentStore((s) => s.pending);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!pending || pending.intent.kind !== kind) return;
    useIntentStore.setState({ pending: null });
    latest.current(pending.intent as Extract<Intent, { kind: K }>);
  }, [pending, kind]);
}

/** For tests and the palette: the intent waiting, if any. */
export function pendingIntent(): Intent | null {
  return useIntentStore.getState().pending?.intent ?? null;
}
