/**
 * A feature's page loaded with its own chunk the first time it is shown, not with the window: the
 * start-up script holds the shell (layout, menu, header, palette) and the pages come when asked.
 * app/Pages.tsx shows a skeleton in the content area while a page's chunk is read. `preload`
 * starts reading it early (the dashboard, the first page, is asked for while the app boots).
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type LazyPage<P> = LazyExoticComponent<ComponentType<P>> & { preload(): Promise<unknown> };

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const read = () => {
    loading ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        // A failed read may succeed the next time the page is asked for.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  return Object.assign(lazy(read), { preload: read });
}
