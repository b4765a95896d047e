import { Card, Empty, Flex, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../shared/contract';
import type { Platform } from '../../../../shared/domain';
import { PLATFORMS } from '../../../../shared/vocabulary';
import { PlatformTag } from '../../ui/tags';
import { LinkRow } from '../../ui/LinkRow';
import { useNav } from '../../platform/nav';
import { PlainText } from '../../ui/plain';
import { Clamp } from '../../ui/Clamp';

const BAR_COLOR: Record<Platform, string> = {
  wechat: '#52c41a',
  wecom: '#13c2c2',
  zalo: '#1677ff',
  dingtalk: '#2f54eb',
  teams: '#722ed1',
  telegram: '#eb2f96',
  other: '#8c8c8c',
};

/** Active groups per platform, as bars relative to the whole. */
export function PlatformBreakdown({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const rows = PLATFORMS.map((p) => ({ platform: p, n: summary.groups.byPlatform[p] ?? 0 })).filter((r) => r.n > 0);
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  return (
    <Card variant="borderless" title={t('dashboard.byPlatform')} style={{ height: '100%' }} data-testid="by-platform">
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noGroups')} />
      ) : (
        <Flex vertical gap={14}>
          {rows.map((r) => (
            <Flex key={r.platform} align="center" gap={12}>
              <div style={{ width: 110, flex: 'none' }}>
                <PlatformTag platform={r.platform} />
              </div>
              <Progress
                percent={Math.round((r.n / total) * 100)}
                strokeColor={BAR_COLOR[r.platform]}
                showInfo={false}
                style={{ flex: 1, margin: 0 }}
              />
              <PlainText strong style={{ width: 32, textAlign: 'right' }}>
                {r.n}
              </PlainText>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** The five largest active groups, each opening its page. */
export function LargestGroups({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const max = Math.max(1, ...summary.largestGroups.map((g) => g.members));
  return (
    <Card
      variant="borderless"
      title={t('dashboard.largestGroups')}
      style={{ height: '100%' }}
      data-testid="largest-groups"
    >
      {summary.largestGroups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noGroups')} />
      ) : (
        summary.largestGroups.map((g) => (
          <LinkRow key={g.id} onOpen={() => go({ page: 'group', id: g.id })} testId="largest-group">
            <Flex align="center" gap={12}>
              <Clamp text={g.name} lines={1} strong style={{ width: 200, flex: 'none' }} />
              <PlatformTag platform={g.platform} />
              <Progress
                percent={(g.members / max) * 100}
                showInfo={false}
                size="small"
                style={{ flex: 1, margin: 0 }}
              />
              <PlainText type="secondary" style={{ whiteSpace: 'nowrap', minWidth: 72, textAlign: 'right' }}>
                {t('dashboard.members', { count: g.members })}
              </PlainText>
            </Flex>
          </LinkRow>
        ))
      )}
    </Card>
  );
}
