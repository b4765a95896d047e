import type { ReactNode } from 'react';
import { Badge, Card, Flex } from 'antd';

/**
 * A dashboard list card: title with an icon and a count badge (orange when something needs doing),
 * a scrolling body so one long list does not push the rest of the page down.
 */
export function Panel(props: {
  title: string;
  icon: ReactNode;
  count: number;
  children: ReactNode;
  testId: string;
  extra?: ReactNode;
  maxHeight?: number;
  /** Anchor for the counts at the top of the dashboard. */
  anchor?: string;
}) {
  return (
    <Card
      id={props.anchor}
      variant="borderless"
      style={{ height: '100%', scrollMarginTop: 80 }}
      data-testid={props.testId}
      title={
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          {props.icon}
          {/* A long (Vietnamese) title wraps inside the card head rather than losing its end. */}
          <span style={{ whiteSpace: 'normal', lineHeight: 1.35 }}>{props.title}</span>
          {props.count > 0 && <Badge count={props.count} color="orange" overflowCount={999} />}
        </Flex>
      }
      extra={props.extra}
      styles={{ body: { paddingTop: 8, paddingBottom: 12, maxHeight: props.maxHeight ?? 300, overflow: 'auto' } }}
    >
      {props.children}
    </Card>
  );
}
