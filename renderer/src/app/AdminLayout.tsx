import { Suspense, useEffect, useState } from 'react';
import { Layout, Menu, Typography, theme } from 'antd';
import { BookOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { sectionOf, useNav, type SectionPage } from '../platform/nav';
import { CommandPalette } from '../features/search/feature';
import { dashboardShown } from '../features/dashboard/feature';
import { HeaderBar } from './HeaderBar';
import { Pages } from './Pages';
import { RehearsalHost } from '../platform/rehearsal';
import { PALETTE_ACTIONS, PALETTE_SOURCES, SECTIONS, WARMERS } from './features';

/** The console: section menu on the left, organisation/search/language on top, the page below. */
export function AdminLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const route = useNav((s) => s.route);
  const go = useNav((s) => s.go);
  const [collapsed, setCollapsed] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  // The palette is mounted from its first opening on (it keeps its state between openings).
  const [paletteUsed, setPaletteUsed] = useState(false);
  const openPalette = () => {
    setPaletteUsed(true);
    setPaletteOpen(true);
  };

  // The window title names the section, so the taskbar and screen readers say where the admin is.
  const section = t(`nav.${sectionOf(route)}`);
  useEffect(() => {
    document.title = `${section} · GroupLedger`;
  }, [section]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setPaletteUsed(true);
        setPaletteOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    // The palette's code is read once the console is up and the palette is then kept mounted
    // (closed), so Ctrl+K opens it at once and the first letters typed land in its search box
    // (mounted only on the first Ctrl+K, it took the letters typed while it appeared for nothing).
    // The largest lists (people, groups) and their pages are read then too, so a first visit shows
    // them at once instead of waiting for 10,000 rows (features' `warm`). On the dashboard, that
    // waits until it shows its summary (at most 5 s): at 10,000 people the lists otherwise came
    // while the summary was computed and rendered, and the dashboard's own panels waited behind them.
    const readAhead = () => {
      void CommandPalette.preload().then(
        () => setPaletteUsed(true),
        () => undefined,
      );
      for (const warm of WARMERS) warm();
    };
    let idle = 0;
    let left = false;
    const onDashboard = useNav.getState().route.page === 'dashboard';
    const firstPage = onDashboard
      ? Promise.race([dashboardShown(), new Promise((resolve) => window.setTimeout(resolve, 5000))])
      : Promise.resolve();
    void firstPage.then(() => {
      if (!left) idle = window.setTimeout(readAhead, onDashboard ? 500 : 1000);
    });
    return () => {
      left = true;
      window.removeEventListener('keydown', onKey);
      window.clearTimeout(idle);
    };
  }, []);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={224}>
        {/* The Sider stretches with the page; its content stays in view while the page scrolls. */}
        <div style={{ position: 'sticky', top: 0, maxHeight: '100vh', overflowY: 'auto', overflowX: 'hidden' }}>
          <div
            style={{
              height: 64,
              display: 'flex',
              alignItems: 'center',
              gap: 10,
              padding: collapsed ? '0 28px' : '0 20px',
              color: '#fff',
              whiteSpace: 'nowrap',
              overflow: 'hidden',
            }}
          >
            <BookOutlined style={{ fontSize: 22, color: token.colorPrimary }} />
            {!collapsed && (
              <div style={{ lineHeight: 1.2 }}>
                <Typography.Text strong style={{ color: '#fff', fontSize: 16, display: 'block' }}>
                  GroupLedger
                </Typography.Text>
                <Typography.Text style={{ color: 'rgba(255,255,255,0.55)', fontSize: 12 }}>
                  {t('app.tagline')}
                </Typography.Text>
              </div>
            )}
          </div>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[sectionOf(route)]}
            onClick={({ key }) => go({ page: key as SectionPage })}
            items={SECTIONS.map((s) => ({ key: s.key, icon: s.icon, label: t(`nav.${s.key}`) }))}
            data-testid="main-menu"
          />
        </div>
      </Layout.Sider>
      <Layout>
        <HeaderBar onSearch={openPalette} />
        <Layout.Content style={{ padding: '24px 28px 32px', minWidth: 0 }}>
          <Pages route={route} />
        </Layout.Content>
      </Layout>
      {paletteUsed && (
        <Suspense fallback={null}>
          <CommandPalette
            open={paletteOpen}
            onClose={() => setPaletteOpen(false)}
            actions={PALETTE_ACTIONS}
            sources={PALETTE_SOURCES}
            sections={SECTIONS}
          />
        </Suspense>
      )}
      <RehearsalHost />
    </Layout>
  );
}
