import { useEffect } from 'react';
import { Flex, Typography } from 'antd';
import { ApartmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../shared/contract';
import { AllClear } from '../../ui/AllClear';
import { LinkRow } from '../../ui/LinkRow';
import { ensureStructure, useStructure } from '../organisation';
import { useNav } from '../../platform/nav';
import { Panel } from './Panel';
import { tierWarningText } from './tierText';
import { PlainTag, PlainText } from '../../ui/plain';
import { Clamp } from '../../ui/Clamp';
import { useFirstRows } from '../../ui/useFirstRows';

/** Skip-level and tier-mixing groups (story 4), each explained and opening the group's members. */
export function TierWarningsPanel({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const tiers = useStructure((s) => s.data?.tiers) ?? [];
  useEffect(ensureStructure, []);
  const rows = summary.tierWarnings;
  const firstRows = useFirstRows(rows);
  return (
    <Panel
      testId="tier-warnings"
      anchor="dashboard-tiers"
      title={t('insights.tiers.panelTitle')}
      icon={<ApartmentOutlined style={{ color: '#722ed1' }} />}
      count={summary.tierWarningsTotal}
    >
      {rows.length === 0 ? (
        <AllClear text={t('insights.tiers.none')} />
      ) : (
        <>
          {summary.tierWarningsTotal > rows.length && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="tier-warnings-more">
              {t('insights.tiers.more', { shown: rows.length, total: summary.tierWarningsTotal })}
            </Typography.Paragraph>
          )}
          {firstRows.map((w) => (
            <LinkRow
              key={`${w.groupId}:${w.kind}`}
              testId="tier-warning"
              onOpen={() => go({ page: 'group', id: w.groupId, tab: 'members' })}
            >
              <Flex justify="space-between" align="center" gap={8}>
                <Clamp text={w.groupName} lines={1} strong style={{ minWidth: 0 }} />
                <PlainTag color={w.kind === 'skip_level' ? 'purple' : 'geekblue'} style={{ marginInlineEnd: 0 }}>
                  {t(`insights.tiers.${w.kind}`)}
                </PlainTag>
              </Flex>
              <PlainText type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {tierWarningText(t, w, tiers)}
              </PlainText>
            </LinkRow>
          ))}
        </>
      )}
    </Panel>
  );
}
