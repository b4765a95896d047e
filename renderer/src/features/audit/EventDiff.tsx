import { Col, Row, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LedgerEvent } from '../../../../shared/domain';

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div>
      <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
        {label}
      </Typography.Text>
      <pre
        className="gl-json"
        style={{ background: token.colorFillQuaternary, padding: 12, borderRadius: token.borderRadius }}
      >
        {value === null || value === undefined ? t('audit.nothing') : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

/** An event's recorded state before and after, as written (the chain hash covers exactly this). */
export function EventDiff({ event }: { event: LedgerEvent }) {
  const { t } = useTranslation();
  return (
    <div data-testid="event-diff">
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <JsonBlock label={t('audit.before')} value={event.before} />
        </Col>
        <Col xs={24} lg={12}>
          <JsonBlock label={t('audit.after')} value={event.after} />
        </Col>
      </Row>
      <Typography.Text type="secondary" className="gl-mono" style={{ display: 'block', marginTop: 8 }}>
        {t('audit.hash')}: {event.hash}
      </Typography.Text>
    </div>
  );
}
