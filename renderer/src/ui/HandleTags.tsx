import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Handles, Platform } from '../../../shared/domain';
import { PLATFORM_COLOR } from './tags';
import { PlainTag as Tag, PlainText } from './plain';
import { HoverTooltip } from './HoverTooltip';

/**
 * A person's chat handles (WeChat ID, Zalo phone…), one tag per platform. `compact` keeps table
 * rows one line high: the first handle, then "+N", with every handle in a tooltip. The tags are
 * antd's drawn as plain elements (ui/plain.tsx): a table draws one or two in every row.
 */
export function HandleTags({ handles, compact = false }: { handles: Handles; compact?: boolean }) {
  const { t } = useTranslation();
  const entries = Object.entries(handles) as Array<[Platform, string]>;
  if (entries.length === 0) return <PlainText type="secondary">—</PlainText>;
  const tag = ([platform, handle]: [Platform, string]) => (
    <Tag key={platform} color={PLATFORM_COLOR[platform]} style={{ marginInlineEnd: 0 }}>
      {t(`platform.${platform}`)}: {handle}
    </Tag>
  );
  if (compact) {
    // One line: the first handle (shortened with "…" when the column is narrow), "+N" for the
    // rest, and every handle in full on hover.
    const [first, ...rest] = entries;
    return (
      <HoverTooltip
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
        <div style={{ display: 'flex', gap: 4, minWidth: 0, cursor: 'help' }}>
          <Tag
            color={PLATFORM_COLOR[first![0]]}
            style={{
              marginInlineEnd: 0,
              minWidth: 0,
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              whiteSpace: 'nowrap',
            }}
          >
            {t(`platform.${first![0]}`)}: {first![1]}
          </Tag>
          {rest.length > 0 && <Tag style={{ marginInlineEnd: 0, flex: 'none' }}>+{rest.length}</Tag>}
        </div>
      </HoverTooltip>
    );
  }
  return (
    <Flex wrap gap={4}>
      {entries.map(tag)}
    </Flex>
  );
}
