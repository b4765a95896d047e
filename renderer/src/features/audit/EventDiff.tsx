import { Button, Col, Row, Table, Typography, theme } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerEvent } from '../../../../shared/domain';
import { useDirectory, type Directory } from '../../platform/directory';
import { changedFields, type FieldChange } from './changedFields';
import { ensureStructure, useStructure } from '../organisation';

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

/** A recorded value as a person reads it: names instead of ids, lists joined, nothing as a dash. */
type Names = Directory & { other: Map<string, string> };

function readable(value: unknown, directory: Names | null, t: (key: string) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') {
    return directory?.people.get(value) ?? directory?.groups.get(value) ?? directory?.other.get(value) ?? value;
  }
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  if (Array.isArray(value)) {
    return value.length ? value.map((v) => readable(v, directory, t)).join('、') : '—';
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== '');
    return entries.length ? entries.map(([k, v]) => `${k}: ${readable(v, directory, t)}`).join('; ') : '—';
  }
  return String(value);
}

/**
 * An event's recorded state before and after, as the fields that changed (names, not ids); the
 * raw JSON the chain hash covers is one click away.
 */
export function EventDiff({ event }: { event: LedgerEvent }) {
  const { t } = useTranslation();
  const people = useDirectory();
  const structure = useStructure((s) => s.data);
  const [raw, setRaw] = useState(false);
  useEffect(() => {
    ensureStructure();
  }, []);
  const directory: Names | null = people
    ? {
        ...people,
        other: new Map([
          ...(structure?.units ?? []).map((u) => [u.id, u.name] as const),
          ...(structure?.tiers ?? []).map((x) => [x.id, x.name] as const),
        ]),
      }
    : null;
  const rows = changedFields(event.before, event.after);
  const label = (field: string) => t(`audit.fields.${field}`, { defaultValue: field });
  return (
    <div data-testid="event-diff">
      {rows.length > 0 && (
        <Table<FieldChange>
          size="small"
          pagination={false}
          rowKey="field"
          dataSource={rows}
          data-testid="event-changes"
          columns={[
            { key: 'field', title: t('audit.field'), width: 180, render: (_: unknown, r) => label(r.field) },
            {
              key: 'before',
              title: t('audit.before'),
              render: (_: unknown, r) => readable(r.before, directory, t),
            },
            {
              key: 'after',
              title: t('audit.after'),
              render: (_: unknown, r) => readable(r.after, directory, t),
            },
          ]}
        />
      )}
      <Button type="link" size="small" style={{ paddingInline: 0, marginTop: 8 }} onClick={() => setRaw((v) => !v)}>
        {raw ? t('audit.hideRaw') : t('audit.showRaw')}
      </Button>
      {raw && (
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <JsonBlock label={t('audit.before')} value={event.before} />
          </Col>
          <Col xs={24} lg={12}>
            <JsonBlock label={t('audit.after')} value={event.after} />
          </Col>
        </Row>
      )}
      <Typography.Text type="secondary" className="gl-mono" style={{ display: 'block', marginTop: 8 }}>
        {t('audit.hash')}: {event.hash}
      </Typography.Text>
    </div>
  );
}
