import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A failed load or action. Errors from the registry arrive with their message already in the
 * UI language; anything else (a network hiccup in the harness) shows its own text.
 */
export function ErrorAlert({ error, title, onRetry }: { error: Error; title?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={title ?? t('common.loadFailed')}
      description={error.message}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
      style={{ marginBottom: 16 }}
      data-testid="error-alert"
    />
  );
}
