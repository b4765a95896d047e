import { Flex, Typography } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { IncidentRow } from '../../../../shared/contract';
import { formatDate } from '../../i18n/format';
import { kindName, SeverityTag } from './labels';
import { shortSummary } from './paletteSource';

/** An incident as Ctrl+K lists it: the day it was noticed, its kind, its group, the start of the summary. */
export function IncidentHit({ row }: { row: IncidentRow }) {
  const { t } = useTranslation();
  return (
    <>
      <AlertOutlined style={{ color: 'var(--ant-color-text-secondary)' }} />
      <Flex vertical style={{ flex: 1, minWidth: 0 }}>
        <Flex gap={8} align="center">
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }} data-testid="palette-incident-date">
            {formatDate(row.noticedOn)}
          </Typography.Text>
          <Typography.Text strong ellipsis data-testid="palette-incident-kind">
            {kindName(t, row)}
          </Typography.Text>
          {row.groupName && (
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {row.groupName}
            </Typography.Text>
          )}
        </Flex>
        <Typography.Text ellipsis data-testid="palette-incident-summary">
          {shortSummary(row.summary)}
        </Typography.Text>
      </Flex>
      <SeverityTag severity={row.severity} />
    </>
  );
}
