import { cloneElement, useState, type ReactElement, type ReactNode } from 'react';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Handles, Platform } from '../../../shared/domain';
import { PLATFORM_COLOR } from './tags';

/**
 * A person's chat handles (WeChat ID, Zalo phone…), one tag per platform. `compact` keeps table
 * rows one line high: the first handle, then "+N", with every handle in a tooltip.
 */
export function HandleTags({ handles, compact = false }: { handles: Handles; compact?: boolean }) {
  const { t } = useTranslation();
  const entries = Object.entries(handles) as Array<[Platform, string]>;
  if (entries.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const tag = ([platform, handle]: [Platform, string]) => (
    <Tag key={platform} color={PLATFORM_COLOR[platform]} variant="filled" style={{ marginInlineEnd: 0 }}>
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
        <Flex gap={4} wrap={false} style={{ minWidth: 0, cursor: 'help' }}>
          <Tag
            color={PLATFORM_COLOR[first![0]]}
            variant="filled"
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
          {rest.length > 0 && (
            <Tag variant="filled" style={{ marginInlineEnd: 0, flex: 'none' }}>
              +{rest.length}
            </Tag>
          )}
        </Flex>
      </HoverTooltip>
    );
  }
  return (
    <Flex wrap gap={4}>
      {entries.map(tag)}
    </Flex>
  );
}

/**
 * Ant Design's tooltip, put in place the first time the pointer or the focus comes to its element:
 * a table row draws only the element, so scrolling through thousands of rows does not build a
 * tooltip for each (they were a large part of a scroll frame's work).
 */
function HoverTooltip({
  title,
  children,
}: {
  title: ReactNode;
  children: ReactElement<{ onMouseEnter?: () => void; onFocus?: () => void }>;
}) {
  const [armed, setArmed] = useState(false);
  if (armed) {
    return (
      <Tooltip title={title} defaultOpen>
        {children}
      </Tooltip>
    );
  }
  const arm = () => setArmed(true);
  return cloneElement(children, { onMouseEnter: arm, onFocus: arm });
}
