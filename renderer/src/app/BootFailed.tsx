import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../platform/session';

/** The app could not start (settings or organisation unreadable): what went wrong, and Try again. */
export function BootFailed() {
  const error = useSession((s) => s.error);
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('common.loadFailed')}
      subTitle={error?.message}
      extra={<Button onClick={() => void useSession.getState().boot()}>{t('common.retry')}</Button>}
    />
  );
}
