import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Handles, Platform } from '../../../shared/domain';
import { PLATFORM_COLOR } from './tags';

/**
 * A person's chat handles (WeChat ID, Zalo phone…), one tag per platform. `compact` keeps table
 * rows one line high: the first handle, then "+N" with the rest in a tooltip.
 */
export function HandleTags({ handles, compact = false }: { handles: Handles; compact?: boolean }) {
  const { t } = useTranslation();
  const entries = Object.entries(handles) as Array<[Platform, string]>;
  if (entries.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const tag = ([platform, handle]: [Platform, string]) => (
    <Tag key={platform} color={PLATFORM_COLOR[platform]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {t(`platform.${platform}`)}: {handle}
    </Tag>
  );
  if (compact && entries.length > 1) {
    const [first, ...rest] = entries;
    return (
      <Flex gap={4} wrap={false} style={{ overflow: 'hidden' }}>
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{tag(first!)}</span>
        <Tooltip
          title={
            <Flex vertical gap={2}>
              {entries.map(([p, h]) => (
                <span key={p}>
                  {t(`platform.${p}`)}: {h}
                </span>
              ))}
            </Flex>
          }
        >
          <Tag bordered={false} style={{ marginInlineEnd: 0, cursor: 'help' }}>
            +{rest.length}
          </Tag>
        </Tooltip>
      </Flex>
    );
  }
  return (
    <Flex wrap gap={4}>
      {entries.map(tag)}
    </Flex>
  );
}
