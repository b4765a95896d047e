/**
 * A feature's page loaded with its own chunk the first time it is shown, not with the window: the
 * start-up script holds the shell (layout, menu, header, palette) and the pages come when asked.
 * app/Pages.tsx shows a skeleton in the content area while a page's chunk is read. `preload`
 * starts reading it early (the dashboard, the first page, is asked for while the app boots).
 */
import { createElement, lazy, useState, type ComponentType } from 'react';

export type LazyPage<P> = ComponentType<P> & {
  preload(): Promise<unknown>;
  /** Whether its code is read: shown now, it renders at once. */
  isLoaded(): boolean;
};

/** Whether an element is a page whose code is still to be read (showing it would suspend). */
export function isUnreadPage(element: unknown): boolean {
  const type = (element as { type?: Partial<LazyPage<object>> } | null)?.type;
  return typeof type?.isLoaded === 'function' && !type.isLoaded();
}

/**
 * Once its code is read (by `preload`, or a first showing), the page renders at once: React's
 * `lazy` alone suspends the first time a component is shown even when its code is already there
 * (it learns of the loaded module a tick later), which cost a skeleton and a second render on the
 * first visit of every page read ahead.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  let loaded: ComponentType<P> | null = null;
  const read = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return { default: component };
      },
      (error: unknown) => {
        // A failed read may succeed the next time the page is asked for.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(read);
  // Chosen once per showing: a page first shown through `lazy` keeps it (changing the element's
  // type would mount it anew and lose what was typed in it).
  const Page = (props: P) => {
    const [type] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(type, props);
  };
  return Object.assign(Page, { preload: read, isLoaded: () => loaded !== null });
}
