import type { ReactNode } from 'react';
import { Flex, theme } from 'antd';
import { RightOutlined } from '@ant-design/icons';

/** A list line that opens a place: focusable, Enter/Space or click, with a hover background. */
export function LinkRow({ onOpen, children, testId }: { onOpen: () => void; children: ReactNode; testId?: string }) {
  const { token } = theme.useToken();
  return (
    <Flex
      role="link"
      tabIndex={0}
      align="center"
      gap={10}
      data-testid={testId}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen();
        }
      }}
      style={{ padding: '8px 10px', margin: '0 -10px', borderRadius: token.borderRadius, cursor: 'pointer' }}
      onMouseEnter={(e) => (e.currentTarget.style.background = token.controlItemBgHover)}
      onMouseLeave={(e) => (e.currentTarget.style.background = '')}
    >
      <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
      <RightOutlined style={{ fontSize: 11, color: token.colorTextQuaternary }} />
    </Flex>
  );
}
