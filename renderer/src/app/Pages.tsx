import { Suspense } from 'react';
import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Route } from '../platform/nav';
import { ROUTES } from './features';

/**
 * The page for a route, from the features' routes (app/features.ts). Detail pages are keyed by id
 * so their local state starts fresh. A page's code is read the first time it is shown
 * (platform/lazyPage.ts): meanwhile its place in the content area holds a skeleton.
 */
export function Pages({ route }: { route: Route }) {
  return <Suspense fallback={<PageLoading />}>{ROUTES.get(route.page)?.(route) ?? null}</Suspense>;
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
