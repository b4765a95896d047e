import { useMemo, useState } from 'react';
import { Alert, Card, Col, Flex, Row, Statistic, Switch, Table, Typography, theme } from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportMapping, ImportPreview, ImportRowResult } from '../../../../../shared/contract';
import { importFieldText, importRowErrorText } from '../../../../../shared/i18n/import';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../platform/settings';

/** Columns of the preview table, in this order, when the mapping fills them. */
const SHOWN: ImportField[] = ['name', 'unit', 'tier', 'position', 'phone', 'status', 'leftOn'];

/**
 * Step 3: every row as it will be imported, with its spreadsheet row number and its errors in the
 * UI language; the counts; the units and tiers the import will create. Nothing has been written.
 */
export function PreviewStep({ preview, mapping }: { preview: ImportPreview; mapping: ImportMapping }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = theme.useToken();
  const hasErrors = preview.counts.withErrors > 0;
  const [onlyErrors, setOnlyErrors] = useState(hasErrors);
  const rows = useMemo(
    () => (onlyErrors ? preview.rows.filter((r) => r.errors.length > 0) : preview.rows),
    [preview.rows, onlyErrors],
  );
  const handleFields = (Object.keys(mapping) as ImportField[]).filter((f) => f.startsWith('handle.'));
  const fields = [...SHOWN.filter((f) => mapping[f]), ...handleFields];
  const list = (items: string[]) => items.join(locale === 'zh-CN' ? '、' : ', ');

  const fieldColumn = (field: ImportField) => ({
    key: field,
    title: importFieldText(locale, field),
    width: field === 'name' ? 130 : 120,
    ellipsis: true,
    render: (_: unknown, r: ImportRowResult) => {
      const bad = r.errors.some((e) => e.field === field);
      const value = r.values[field];
      return (
        <Typography.Text type={bad ? 'danger' : undefined} strong={field === 'name'}>
          {value || '—'}
        </Typography.Text>
      );
    },
  });
  const errorsColumn = {
    key: 'errors',
    title: t('directory.import.problems'),
    width: 320,
    render: (_: unknown, r: ImportRowResult) =>
      r.errors.length === 0 ? (
        <Typography.Text type="secondary">{t('directory.import.rowOk')}</Typography.Text>
      ) : (
        <Flex vertical gap={2}>
          {r.errors.map((e, i) => (
            <Typography.Text type="danger" key={i} data-testid="import-row-error" data-code={e.code}>
              {e.field ? `${importFieldText(locale, e.field)}${locale === 'zh-CN' ? '：' : ': '}` : ''}
              {importRowErrorText(locale, e)}
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
        onRow={(r) => ({ style: r.errors.length ? { background: token.colorErrorBg } : undefined })}
        data-testid="import-preview"
      />
    </>
  );
}
