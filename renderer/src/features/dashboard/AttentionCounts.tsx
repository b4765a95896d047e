import type { ReactNode } from 'react';
import { Card, Col, Flex, Row, Typography, theme } from 'antd';
import {
  AuditOutlined,
  ClockCircleOutlined,
  CheckCircleFilled,
  ClusterOutlined,
  UserAddOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../shared/contract';
import { PlainText } from '../../ui/plain';

/** How many crept groups dashboard.summary lists (contract: top 10). */
const SCOPE_CREEP_TOP = 10;

export type AttentionTarget = 'report' | 'pending' | 'due' | 'tiers' | 'ownerless';

function CountTile(props: {
  label: string;
  value: number;
  hint: string;
  icon: ReactNode;
  color: string;
  testId: string;
  onOpen: () => void;
}) {
  const { token } = theme.useToken();
  const clear = props.value === 0;
  return (
    <Card
      hoverable
      variant="borderless"
      size="small"
      role="button"
      tabIndex={0}
      aria-label={`${props.label}: ${props.value}`}
      data-testid={props.testId}
      data-count={props.value}
      onClick={props.onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          props.onOpen();
        }
      }}
      style={{ height: '100%', borderInlineStart: `3px solid ${clear ? token.colorSuccess : props.color}` }}
    >
      <Flex align="center" gap={12} style={{ minWidth: 0 }}>
        <span style={{ fontSize: 20, color: clear ? token.colorSuccess : props.color }}>
          {clear ? <CheckCircleFilled /> : props.icon}
        </span>
        <div style={{ minWidth: 0 }}>
          <div style={{ lineHeight: 1.3 }}>
            <PlainText strong style={{ fontSize: 22, marginInlineEnd: 8 }}>
              {props.value}
            </PlainText>
            <PlainText>{props.label}</PlainText>
          </div>
          {/* The hint wraps: a tile in a narrow column (Vietnamese at 1366 pixels) shows all of it. */}
          <PlainText type="secondary" style={{ fontSize: 12, display: 'block', lineHeight: 1.4 }}>
            {props.hint}
          </PlainText>
        </div>
      </Flex>
    </Card>
  );
}

/** What needs doing, counted: each tile jumps to its list (or to the report). */
export function AttentionCounts({
  summary,
  onOpen,
}: {
  summary: DashboardSummary;
  onOpen: (target: AttentionTarget) => void;
}) {
  const { t } = useTranslation();
  const outside = summary.scopeCreep.reduce((sum, g) => sum + g.outside, 0);
  // "In N groups" counts the groups with members outside the charter, not those with only exceptions.
  const crept = summary.scopeCreep.filter((g) => g.outside > 0).length;
  const tiles = [
    {
      testId: 'count-outside',
      label: t('insights.attention.outside'),
      value: outside,
      // The summary lists the 10 groups most affected; beyond that the total is in the report.
      hint:
        summary.scopeCreep.length >= SCOPE_CREEP_TOP
          ? t('insights.attention.outsideHintTop', { count: crept })
          : t('insights.attention.outsideHint', { count: crept }),
      icon: <ClusterOutlined />,
      color: '#fa541c',
      target: 'report' as const,
    },
    {
      testId: 'count-pending',
      label: t('insights.attention.pending'),
      value: summary.pendingExceptions.length,
      hint: t('insights.attention.pendingHint'),
      icon: <UserAddOutlined />,
      color: '#fa8c16',
      target: 'pending' as const,
    },
    {
      testId: 'count-due',
      label: t('insights.attention.due'),
      value: summary.exceptionsDue.length,
      hint: t('insights.attention.dueHint'),
      icon: <ClockCircleOutlined />,
      color: '#1677ff',
      target: 'due' as const,
    },
    {
      testId: 'count-tiers',
      label: t('insights.attention.tiers'),
      value: summary.tierWarningsTotal,
      hint: t('insights.attention.tiersHint'),
      icon: <AuditOutlined />,
      color: '#722ed1',
      target: 'tiers' as const,
    },
    {
      testId: 'count-ownerless',
      label: t('insights.attention.ownerless'),
      value: summary.ownerlessGroups.length,
      hint: t('insights.attention.ownerlessHint'),
      icon: <WarningOutlined />,
      color: '#faad14',
      target: 'ownerless' as const,
    },
  ];
  return (
    <section aria-label={t('insights.attention.title')} data-testid="attention-counts">
      <Typography.Title level={5} style={{ margin: '0 0 10px' }}>
        {t('insights.attention.title')}
      </Typography.Title>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {tiles.map(({ target, ...tile }) => (
          <Col key={tile.testId} flex="1 1 190px" style={{ minWidth: 0 }}>
            <CountTile {...tile} onOpen={() => onOpen(target)} />
          </Col>
        ))}
      </Row>
    </section>
  );
}
