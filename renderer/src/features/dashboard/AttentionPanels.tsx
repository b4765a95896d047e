import { Col, Flex, Row } from 'antd';
import { UserDeleteOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../shared/contract';
import { AllClear } from '../../ui/AllClear';
import { LinkRow } from '../../ui/LinkRow';
import { useNav } from '../../platform/nav';
import { Panel } from './Panel';
import { TierWarningsPanel } from './TierWarningsPanel';
import { PlainText } from '../../ui/plain';
import { Clamp } from '../../ui/Clamp';
import { useFirstRows } from '../../ui/useFirstRows';

/**
 * Tier warnings, ownerless groups, leavers still in groups: each line opens the place to act (the
 * group, or the leaver's page where their groups are listed). Ad-hoc groups at their end have
 * their own panel (LifecyclePanels).
 */
export function AttentionPanels({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const ownerless = useFirstRows(summary.ownerlessGroups);
  const leavers = useFirstRows(summary.leaversStillInGroups);
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} lg={12} xxl={8}>
        <TierWarningsPanel summary={summary} />
      </Col>
      <Col xs={24} lg={12} xxl={8}>
        <Panel
          testId="ownerless"
          anchor="dashboard-ownerless"
          title={t('dashboard.ownerless')}
          icon={<WarningOutlined style={{ color: '#faad14' }} />}
          count={summary.ownerlessGroups.length}
        >
          {summary.ownerlessGroups.length === 0 ? (
            <AllClear text={t('dashboard.ownerlessNone')} />
          ) : (
            ownerless.map((g) => (
              <LinkRow key={g.id} onOpen={() => go({ page: 'group', id: g.id })} testId="ownerless-group">
                <Clamp text={g.name} lines={1} strong />
                <PlainText type="secondary" style={{ fontSize: 12 }}>
                  {g.reason === 'missing' ? t('dashboard.ownerlessMissing') : t('dashboard.ownerlessLeft')}
                </PlainText>
              </LinkRow>
            ))
          )}
        </Panel>
      </Col>
      <Col xs={24} lg={12} xxl={8}>
        <Panel
          testId="leavers"
          title={t('dashboard.leavers')}
          icon={<UserDeleteOutlined style={{ color: '#ff4d4f' }} />}
          count={summary.leaversStillInGroups.length}
        >
          {summary.leaversStillInGroups.length === 0 ? (
            <AllClear text={t('dashboard.leaversNone')} />
          ) : (
            leavers.map((p) => (
              <LinkRow key={p.personId} onOpen={() => go({ page: 'person', id: p.personId })} testId="leaver">
                <Flex justify="space-between" gap={8}>
                  <PlainText strong>{p.name}</PlainText>
                  <PlainText type="secondary">{t('dashboard.leaverGroups', { count: p.groups })}</PlainText>
                </Flex>
              </LinkRow>
            ))
          )}
        </Panel>
      </Col>
    </Row>
  );
}
