import { useMemo } from 'react';
import { Alert, Flex, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckCircleOutlined, HistoryOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField, type ImportMapping, type ImportParsed } from '../../../../../shared/contract';
import { importFieldText } from '../../../../../shared/i18n/import';
import { useLocale } from '../../../platform/settings';

/** How many sample values show beside each field. */
const SAMPLES = 3;

interface Row {
  id: ImportField;
  field: ImportField;
}

/**
 * Step 2: which column fills each field. The remembered mapping for these headers (or one guessed
 * from header names in Chinese, Vietnamese or English) is preselected; a column can fill only one
 * field, and each choice shows the file's first values so a wrong column is obvious.
 */
export function MappingStep({
  parsed,
  mapping,
  onChange,
}: {
  parsed: ImportParsed;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows: Row[] = IMPORT_FIELDS.map((field) => ({ id: field, field }));
  const usedBy = useMemo(() => {
    const map = new Map<string, ImportField>();
    for (const [field, header] of Object.entries(mapping) as Array<[ImportField, string]>)
      if (header) map.set(header, field);
    return map;
  }, [mapping]);
  const unused = parsed.headers.filter((h) => !usedBy.has(h));

  const set = (field: ImportField, header: string | undefined) => {
    const next: ImportMapping = { ...mapping };
    if (header) next[field] = header;
    else delete next[field];
    onChange(next);
  };

  const samples = (header: string | undefined): string[] => {
    if (!header) return [];
    const index = parsed.headers.indexOf(header);
    if (index < 0) return [];
    return parsed.sample
      .map((r) => (r[index] ?? '').trim())
      .filter(Boolean)
      .slice(0, SAMPLES);
  };

  const columns: TableColumnsType<Row> = [
    {
      key: 'field',
      title: t('directory.import.field'),
      width: 180,
      render: (_, row) => (
        <Typography.Text strong={row.field === 'name'}>
          {importFieldText(locale, row.field)}
          {row.field === 'name' && <Typography.Text type="danger"> *</Typography.Text>}
        </Typography.Text>
      ),
    },
    {
      key: 'column',
      title: t('directory.import.column'),
      width: 260,
      render: (_, row) => (
        <Select<string>
          allowClear
          value={mapping[row.field]}
          onChange={(v) => set(row.field, v)}
          placeholder={t('directory.import.notInFile')}
          style={{ width: '100%' }}
          status={row.field === 'name' && !mapping.name ? 'error' : undefined}
          aria-label={importFieldText(locale, row.field)}
          data-testid={`import-map-${row.field}`}
          options={parsed.headers.map((header) => {
            const owner = usedBy.get(header);
            return {
              value: header,
              label: header,
              disabled: owner !== undefined && owner !== row.field,
              title:
                owner && owner !== row.field
                  ? t('directory.import.usedFor', { field: importFieldText(locale, owner) })
                  : header,
            };
          })}
        />
      ),
    },
    {
      key: 'sample',
      title: t('directory.import.sample'),
      render: (_, row) => {
        const values = samples(mapping[row.field]);
        return values.length ? (
          <Flex gap={4} wrap>
            {values.map((v, i) => (
              <Tag key={i} variant="filled" style={{ maxWidth: 180, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                {v}
              </Tag>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        );
      },
    },
  ];

  return (
    <>
      <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        {parsed.remembered ? (
          <Tag icon={<HistoryOutlined />} color="blue" data-testid="import-remembered">
            {t('directory.import.remembered')}
          </Tag>
        ) : (
          <Tag icon={<CheckCircleOutlined />} data-testid="import-guessed">
            {t('directory.import.guessed')}
          </Tag>
        )}
        <Typography.Text type="secondary">{t('directory.import.mappingIntro')}</Typography.Text>
      </Flex>
      {!mapping.name && (
        <Alert
          type="error"
          showIcon
          title={t('errors:import_no_name_column')}
          style={{ marginBottom: 12 }}
          data-testid="import-mapping-error"
        />
      )}
      <Table<Row>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        data-testid="import-mapping"
      />
      {unused.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('directory.import.unused', { columns: unused.join(locale === 'zh-CN' ? '、' : ', ') })}
        </Typography.Paragraph>
      )}
    </>
  );
}
