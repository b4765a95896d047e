import { useMemo, useState } from 'react';
import { Alert, Card, Checkbox, Col, Flex, Row, Statistic, Switch, Table, Typography, theme } from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type {
  ImportField,
  ImportMapping,
  ImportPreview,
  ImportRowResult,
  ImportSameNameSide,
} from '../../../../../shared/contract';
import { importFieldText, importRowErrorText, importRowWarningText } from '../../../../../shared/i18n/import';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../platform/settings';

/** Columns of the preview table, in this order, when the mapping fills them. */
const SHOWN: ImportField[] = ['name', 'unit', 'tier', 'position', 'phone', 'status', 'leftOn'];

/**
 * Step 3: every row as it will be imported, with its spreadsheet row number and its errors in the
 * UI language; the counts; the units and tiers the import will create; and the pairs of people
 * with the same name in the same unit, each with a checkbox to confirm they are two people (the
 * import stays disabled until every pair is confirmed). Nothing has been written.
 */
export function PreviewStep({
  preview,
  mapping,
  accepted,
  onAccept,
}: {
  preview: ImportPreview;
  mapping: ImportMapping;
  /** Keys of the same-name pairs confirmed as two people. */
  accepted: ReadonlySet<string>;
  onAccept: (keys: string[], yes: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = theme.useToken();
  const hasErrors = preview.counts.withErrors > 0;
  const [onlyErrors, setOnlyErrors] = useState(hasErrors);
  const rows = useMemo(
    () => (onlyErrors ? preview.rows.filter((r) => r.errors.length > 0 || r.warnings) : preview.rows),
    [preview.rows, onlyErrors],
  );
  const handleFields = (Object.keys(mapping) as ImportField[]).filter((f) => f.startsWith('handle.'));
  const fields = [...SHOWN.filter((f) => mapping[f]), ...handleFields];
  const list = (items: string[]) => items.join(locale === 'zh-CN' ? '、' : ', ');
  const pairs = preview.sameName;
  const pending = pairs.filter((p) => !accepted.has(p.key)).length;
  const side = (s: ImportSameNameSide) => {
    const details = [s.position, s.phone].filter(Boolean).join(' · ') || t('directory.import.pairNoDetails');
    const where = s.row === null ? t('directory.import.pairRegistry') : t('directory.import.pairRow', { row: s.row });
    return `${where}${locale === 'zh-CN' ? '：' : ': '}${details}`;
  };

  const fieldColumn = (field: ImportField) => ({
    key: field,
    title: importFieldText(locale, field),
    width: field === 'name' ? 130 : 120,
    ellipsis: true,
    render: (_: unknown, r: ImportRowResult) => {
      const bad = r.errors.some((e) => e.field === field);
      const value = r.values[field];
      return (
        <>
          <Typography.Text type={bad ? 'danger' : undefined} strong={field === 'name'}>
            {value || '—'}
          </Typography.Text>
          {field === 'unit' && r.otherUnits && (
            <Typography.Text
              type="secondary"
              style={{ display: 'block', fontSize: 12 }}
              data-testid="import-other-units"
            >
              {t('directory.import.otherUnits', { names: list(r.otherUnits) })}
            </Typography.Text>
          )}
        </>
      );
    },
  });
  const errorsColumn = {
    key: 'errors',
    title: t('directory.import.problems'),
    width: 320,
    render: (_: unknown, r: ImportRowResult) =>
      r.errors.length === 0 && !r.warnings ? (
        <Typography.Text type="secondary">{t('directory.import.rowOk')}</Typography.Text>
      ) : (
        <Flex vertical gap={2}>
          {r.errors.map((e, i) => (
            <Typography.Text type="danger" key={i} data-testid="import-row-error" data-code={e.code}>
              {e.field ? `${importFieldText(locale, e.field)}${locale === 'zh-CN' ? '：' : ': '}` : ''}
              {importRowErrorText(locale, e)}
            </Typography.Text>
          ))}
          {r.warnings?.map((w, i) => (
            <Typography.Text type="warning" key={`w${i}`} data-testid="import-row-warning" data-code={w.code}>
              {importRowWarningText(locale, w)}
            </Typography.Text>
          ))}
        </Flex>
      ),
  };

  const columns: TableColumnsType<ImportRowResult> = [
    {
      key: 'row',
      title: t('directory.import.rowCol'),
      dataIndex: 'row',
      width: 70,
      fixed: 'left',
      render: (row: number, r) => (
        <Flex align="center" gap={4}>
          {r.errors.length > 0 ? (
            <CloseCircleOutlined style={{ color: token.colorError }} />
          ) : (
            <CheckCircleOutlined style={{ color: token.colorSuccess }} />
          )}
          <span data-testid="import-row-number">{row}</span>
        </Flex>
      ),
    },
    ...fields.slice(0, 1).map(fieldColumn),
    errorsColumn,
    ...fields.slice(1).map(fieldColumn),
  ];

  return (
    <>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        {(
          [
            ['total', preview.counts.total, undefined],
            ['valid', preview.counts.valid, token.colorSuccess],
            ['withErrors', preview.counts.withErrors, hasErrors ? token.colorError : undefined],
          ] as const
        ).map(([key, value, color]) => (
          <Col span={8} key={key}>
            <Card
              size="small"
              variant="borderless"
              style={{ background: token.colorFillQuaternary }}
              styles={{ body: { padding: '8px 14px' } }}
            >
              <Statistic
                title={t(`directory.import.${key}`)}
                value={formatNumber(value, locale)}
                styles={{ content: { color, fontSize: 22 } }}
                data-testid={`import-count-${key}`}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {hasErrors ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('directory.import.blockedTitle', { count: preview.counts.withErrors })}
          description={t('directory.import.blockedBody')}
          data-testid="import-blocked"
        />
      ) : (
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          style={{ marginBottom: 12 }}
          title={t('directory.import.readyTitle', { count: preview.counts.total })}
          description={t('directory.import.readyBody')}
          data-testid="import-ready"
        />
      )}
      {(preview.newUnits.length > 0 || preview.newTiers.length > 0) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('directory.import.createsTitle')}
          description={
            <Flex vertical gap={4}>
              {preview.newUnits.length > 0 && (
                <span data-testid="import-new-units">
                  {t('directory.import.newUnits', { count: preview.newUnits.length, names: list(preview.newUnits) })}
                </span>
              )}
              {preview.newTiers.length > 0 && (
                <span data-testid="import-new-tiers">
                  {t('directory.import.newTiers', { count: preview.newTiers.length, names: list(preview.newTiers) })}
                </span>
              )}
            </Flex>
          }
        />
      )}
      {pairs.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('directory.import.sameNameTitle', { count: pairs.length })}
          data-testid="import-same-name"
          description={
            <Flex vertical gap={6}>
              <Typography.Text>{t('directory.import.sameNameBody')}</Typography.Text>
              {pairs.length > 1 && (
                <Checkbox
                  checked={pending === 0}
                  indeterminate={pending > 0 && pending < pairs.length}
                  onChange={(e) =>
                    onAccept(
                      pairs.map((p) => p.key),
                      e.target.checked,
                    )
                  }
                  data-testid="import-same-name-all"
                >
                  {t('directory.import.sameNameAll')}
                </Checkbox>
              )}
              <div style={{ maxHeight: 240, overflowY: 'auto' }}>
                {pairs.map((p) => (
                  <div key={p.key} data-testid="import-same-name-pair">
                    <Checkbox
                      checked={accepted.has(p.key)}
                      onChange={(e) => onAccept([p.key], e.target.checked)}
                      data-testid="import-same-name-accept"
                    >
                      <Typography.Text strong>{p.name}</Typography.Text>
                      {p.unit ? ` · ${p.unit}` : ''}
                      <Typography.Text type="secondary">
                        {' — '}
                        {side(p.first)}
                        {locale === 'zh-CN' ? '；' : '; '}
                        {side(p.second)}
                      </Typography.Text>
                    </Checkbox>
                  </div>
                ))}
              </div>
              {pending > 0 && !hasErrors && (
                <Typography.Text type="warning" data-testid="import-same-name-pending">
                  {t('directory.import.sameNamePending', { count: pending })}
                </Typography.Text>
              )}
            </Flex>
          }
        />
      )}
      {hasErrors && (
        <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
          <Switch size="small" checked={onlyErrors} onChange={setOnlyErrors} data-testid="import-only-errors" />
          <Typography.Text>{t('directory.import.onlyErrors')}</Typography.Text>
        </Flex>
      )}
      <Table<ImportRowResult>
        rowKey="row"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 70 + fields.length * 125 + 320 }}
        rowClassName={(r) => (r.errors.length ? 'import-row-bad' : '')}
        onRow={(r) => ({
          style: r.errors.length
            ? { background: token.colorErrorBg }
            : r.warnings
              ? { background: token.colorWarningBg }
              : undefined,
        })}
        data-testid="import-preview"
      />
    </>
  );
}
