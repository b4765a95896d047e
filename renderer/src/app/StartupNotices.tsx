/**
 * What main had to tell at start, once the window is up: the preferences file could not be used,
 * so the app runs on the defaults (and where the file was kept). A notification that stays until
 * closed; its text follows the UI language, which without preferences is the organisation's or
 * the system's.
 */
import { useEffect } from 'react';
import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StartupNotice } from '../../../shared/contract';
import { useSession } from '../platform/session';

export function StartupNotices() {
  const notices = useSession((s) => s.notices);
  const { notification } = App.useApp();
  useEffect(() => {
    for (const notice of notices) {
      notification.warning({
        key: `startup-${notice.kind}`,
        title: <NoticeTitle />,
        description: <PreferencesReset notice={notice} />,
        duration: 0,
        placement: 'topRight',
      });
    }
  }, [notices, notification]);
  return null;
}

function NoticeTitle() {
  const { t } = useTranslation();
  return <span data-testid="startup-notice-title">{t('startup.preferencesTitle')}</span>;
}

function PreferencesReset({ notice }: { notice: StartupNotice }) {
  const { t } = useTranslation();
  const path = notice.movedTo ?? notice.file;
  return (
    <div data-testid="startup-notice">
      <Typography.Paragraph style={{ marginBottom: 8 }}>{t('startup.preferencesDefaults')}</Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: notice.saved ? 0 : 8 }}>
        {notice.movedTo ? t('startup.preferencesKept') : t('startup.preferencesLeft')}{' '}
        <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
          {path}
        </Typography.Text>
      </Typography.Paragraph>
      {!notice.saved && (
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('startup.preferencesUnsaved')}</Typography.Paragraph>
      )}
    </div>
  );
}
