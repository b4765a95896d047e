import type { ReactNode } from 'react';
import { Card, Col, Flex, Row, Statistic, theme } from 'antd';
import { ApartmentOutlined, HistoryOutlined, TeamOutlined, UserOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../shared/contract';
import { PlainText } from '../../ui/plain';

function StatCard(props: {
  title: string;
  value: number;
  hint: string;
  icon: ReactNode;
  color: string;
  testId: string;
}) {
  const { token } = theme.useToken();
  return (
    <Card variant="borderless" style={{ height: '100%' }} data-testid={props.testId}>
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Statistic title={props.title} value={props.value} />
        <Flex
          align="center"
          justify="center"
          style={{
            width: 44,
            height: 44,
            borderRadius: 12,
            fontSize: 20,
            color: props.color,
            background: `color-mix(in srgb, ${props.color} 12%, transparent)`,
            flex: 'none',
          }}
        >
          {props.icon}
        </Flex>
      </Flex>
      <PlainText type="secondary" style={{ fontSize: 12, color: token.colorTextTertiary }}>
        {props.hint}
      </PlainText>
    </Card>
  );
}

/** The five headline numbers. */
export function StatCards({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const cards = [
    {
      testId: 'stat-people',
      title: t('dashboard.activePeople'),
      value: summary.people.active,
      hint: t('dashboard.peopleLeft', { count: summary.people.left }),
      icon: <UserOutlined />,
      color: token.colorPrimary,
    },
    {
      testId: 'stat-units',
      title: t('dashboard.units'),
      value: summary.units,
      hint: summary.organisation.name,
      icon: <ApartmentOutlined />,
      color: '#722ed1',
    },
    {
      testId: 'stat-groups',
      title: t('dashboard.activeGroups'),
      value: summary.groups.active,
      hint: t('dashboard.groupsTotal', { count: summary.groups.total }),
      icon: <TeamOutlined />,
      color: '#13a8a8',
    },
    {
      testId: 'stat-memberships',
      title: t('dashboard.openMemberships'),
      value: summary.memberships.open,
      hint: t('dashboard.membershipsHint'),
      icon: <UserSwitchOutlined />,
      color: '#fa8c16',
    },
    {
      testId: 'stat-events',
      title: t('dashboard.events'),
      value: summary.events,
      hint: t('dashboard.eventsHint'),
      icon: <HistoryOutlined />,
      color: '#52c41a',
    },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {cards.map((card) => (
        <Col key={card.testId} flex="1 1 200px">
          <StatCard {...card} />
        </Col>
      ))}
    </Row>
  );
}
