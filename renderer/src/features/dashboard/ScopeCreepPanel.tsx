import { Button, Flex, Tooltip, Typography, theme } from 'antd';
import { ClusterOutlined, FilterOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../shared/contract';
import { AllClear } from '../../ui/AllClear';
import { LinkRow } from '../../ui/LinkRow';
import { useNav } from '../../platform/nav';
import { goWith } from '../../platform/intent';
import { Panel } from './Panel';
import { PlainTag, PlainText } from '../../ui/plain';
import { Clamp } from '../../ui/Clamp';
import { useFirstRows } from '../../ui/useFirstRows';

/** In charter / by exception / outside, as one thin bar: how far the group has crept. */
export function CompositionBar(props: { members: number; byException: number; outside: number }) {
  const { token } = theme.useToken();
  const total = Math.max(1, props.members);
  const inCharter = Math.max(0, props.members - props.byException - props.outside);
  const parts = [
    { n: inCharter, color: token.colorSuccess },
    { n: props.byException, color: token.colorWarning },
    { n: props.outside, color: token.colorError },
  ];
  return (
    <Flex style={{ height: 6, borderRadius: 3, overflow: 'hidden', background: token.colorFillSecondary }} aria-hidden>
      {parts.map((p, i) =>
        p.n > 0 ? <div key={i} style={{ width: `${(p.n / total) * 100}%`, background: p.color }} /> : null,
      )}
    </Flex>
  );
}

/**
 * The groups holding most people outside their charter. A line opens the group's section of the
 * scope-creep report (how each got in); the filter button opens the group page showing only them.
 */
export function ScopeCreepPanel({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const rows = summary.scopeCreep;
  const firstRows = useFirstRows(rows);
  return (
    <Panel
      testId="scope-creep-panel"
      anchor="dashboard-scope-creep"
      title={t('insights.scopeCreep.panelTitle')}
      icon={<ClusterOutlined style={{ color: '#fa541c' }} />}
      count={rows.length}
      maxHeight={360}
      extra={
        <Button type="link" size="small" onClick={() => go({ page: 'reports' })} data-testid="open-report">
          {t('insights.scopeCreep.openReport')} <RightOutlined />
        </Button>
      }
    >
      {rows.length === 0 ? (
        <AllClear text={t('insights.scopeCreep.none')} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '0 0 4px' }}>
            {t('insights.scopeCreep.panelHint')}
          </Typography.Paragraph>
          {firstRows.map((g) => (
            <LinkRow
              key={g.groupId}
              testId="scope-creep-row"
              onOpen={() => goWith({ page: 'reports' }, { kind: 'report.group', groupId: g.groupId })}
            >
              <Flex align="center" gap={8} wrap={false}>
                <Clamp text={g.name} lines={1} strong style={{ flex: 1, minWidth: 0 }} />
                {g.outside > 0 && (
                  <PlainTag color="error" style={{ marginInlineEnd: 0 }} data-testid="scope-creep-outside">
                    {t('insights.scopeCreep.outside', { count: g.outside })}
                  </PlainTag>
                )}
                {g.byException > 0 && (
                  <PlainTag color="warning" style={{ marginInlineEnd: 0 }}>
                    {t('insights.scopeCreep.byException', { count: g.byException })}
                  </PlainTag>
                )}
                <PlainText type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  {t('insights.scopeCreep.ofMembers', { count: g.members })}
                </PlainText>
                <Tooltip title={t('insights.scopeCreep.openOutside')}>
                  <Button
                    size="small"
                    type="text"
                    icon={<FilterOutlined />}
                    aria-label={`${t('insights.scopeCreep.openOutside')}: ${g.name}`}
                    data-testid="scope-creep-open-group"
                    onClick={(e) => {
                      e.stopPropagation();
                      go({ page: 'group', id: g.groupId, tab: 'members', eligibility: 'outside' });
                    }}
                    onKeyDown={(e) => e.stopPropagation()}
                  />
                </Tooltip>
              </Flex>
              <div style={{ marginTop: 6 }}>
                <CompositionBar members={g.members} byException={g.byException} outside={g.outside} />
              </div>
            </LinkRow>
          ))}
        </>
      )}
    </Panel>
  );
}
