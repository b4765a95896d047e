import { Suspense, useDeferredValue, useRef, type ReactNode } from 'react';
import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Route } from '../platform/nav';
import { ROUTES } from './features';
import { isUnreadPage } from '../platform/lazyPage';

/**
 * The page for a route, from the features' routes (app/features.ts). Detail pages are keyed by id
 * so their local state starts fresh. A page's code is read the first time it is shown
 * (platform/lazyPage.ts).
 *
 * A page whose code is still to be read is rendered in the background (a deferred value): the page
 * on screen stays (the menu already marks the new section) until the next one can be shown whole.
 * Shown through the skeleton instead, a first visit took 350–510 ms even for a small page read in
 * 20 ms: once React has put a fallback on screen it keeps it there for at least 300 ms. A page
 * already read is shown in the click's own rendering, as before. The skeleton remains for the
 * console's first page (nothing is on screen to keep).
 */
export function Pages({ route }: { route: Route }) {
  const deferred = useDeferredValue(route);
  // One element per route: the page on screen is handed the same element again, and React leaves
  // it as it is instead of rendering it again.
  const elements = useRef(new WeakMap<Route, ReactNode>());
  const element = (r: Route) => {
    if (!elements.current.has(r)) elements.current.set(r, ROUTES.get(r.page)?.(r) ?? null);
    return elements.current.get(r);
  };
  const next = element(route);
  const unread = isUnreadPage(next);
  const kept = element(deferred);
  // In the background rendering, `deferred` is the new route too: it shows `kept`, which suspends
  // until the page's code is read while React keeps the page on screen.
  const page = unread ? kept : next;
  return (
    <>
      {unread && deferred !== route && <PagePending />}
      <Suspense fallback={<PageLoading />}>{page}</Suspense>
    </>
  );
}

/**
 * While the next page is read: a thin bar along the top edge of the window (after 200 ms, so a
 * quick read shows nothing), and the status for screen readers.
 */
function PagePending() {
  const { t } = useTranslation();
  return <div className="gl-page-pending" role="status" aria-label={t('common.loading')} data-testid="page-pending" />;
}

/**
 * A page's outline while its code is read: a heading and lines where the page will be, so the
 * layout around it does not move. Shown only if the read takes a moment (global.css), so a quick
 * one does not flash.
 */
function PageLoading() {
  const { t } = useTranslation();
  return (
    <div
      className="gl-page-loading"
      role="status"
      aria-busy="true"
      aria-label={t('common.loading')}
      data-testid="page-loading"
    >
      <Skeleton active title={{ width: 240 }} paragraph={{ rows: 1, width: 420 }} />
      <Skeleton active title={false} paragraph={{ rows: 8 }} style={{ marginTop: 24 }} />
    </div>
  );
}
