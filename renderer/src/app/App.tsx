import { lazy, Suspense, useEffect, useLayoutEffect } from 'react';
import { App as AntApp, ConfigProvider, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../platform/session';
import { useSettings } from '../platform/settings';
import { startHistory, useNav } from '../platform/nav';
import { FirstRun } from '../features/first-run/feature';
import { preloadDashboard, primeDashboard } from '../features/dashboard/feature';
import { RecoveryPage } from '../features/recovery/feature';
import { AdminLayout } from './AdminLayout';
import { ANTD_LOCALE, fontFamily, themeConfig, useReducedMotion } from './theme';
import { StartupNotices } from './StartupNotices';
import { PlainTagTokens } from '../ui/plain';

// Rarely shown: Ant Design's Result (with its pictures) is read only when the start failed.
const BootFailed = lazy(() => import('./BootFailed').then((m) => ({ default: m.BootFailed })));

/** The root: Ant Design's locale and theme follow the preferences; then welcome or console. */
export function App() {
  const locale = useSettings((s) => s.locale);
  const mode = useSettings((s) => s.theme);
  const reducedMotion = useReducedMotion();
  // The page's own text (outside Ant Design's components) in the same font stack as the components.
  useLayoutEffect(() => {
    document.documentElement.style.setProperty('--gl-font', fontFamily(locale));
  }, [locale]);
  useEffect(() => {
    startHistory();
    const onDashboard = useNav.getState().route.page === 'dashboard';
    // Once the registry is known to be usable and the console opens on the dashboard, its summary is
    // asked for right behind the settings: the registry computes it while the window builds its
    // shell from them, instead of after. The first page's code is read meanwhile, and the console
    // is shown once it is there (session.boot's `firstPage`).
    void useSession.getState().boot({
      whenUsable: () => {
        if (useNav.getState().route.page === 'dashboard') primeDashboard();
      },
      firstPage: onDashboard ? preloadDashboard() : undefined,
    });
  }, []);
  return (
    <ConfigProvider
      locale={ANTD_LOCALE[locale]}
      theme={themeConfig(mode, locale, reducedMotion)}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <PlainTagTokens />
        <Phase />
        <StartupNotices />
      </AntApp>
    </ConfigProvider>
  );
}

function Phase() {
  const phase = useSession((s) => s.phase);
  if (phase === 'booting') return <Booting />;
  if (phase === 'failed') {
    return (
      <Suspense fallback={<Booting />}>
        <BootFailed />
      </Suspense>
    );
  }
  // The welcome and the recovery page are read when needed (features' lazyPage).
  if (phase === 'first-run' || phase === 'recovery') {
    return <Suspense fallback={<Booting />}>{phase === 'first-run' ? <FirstRun /> : <RecoveryPage />}</Suspense>;
  }
  return <AdminLayout />;
}

/** The spinner while the app starts (before its language is read: then it has no label yet). */
function Booting() {
  const { t, i18n } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" aria-label={i18n.exists('common.loading') ? t('common.loading') : undefined} />
    </Flex>
  );
}
