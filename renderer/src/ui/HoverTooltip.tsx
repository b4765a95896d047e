import { cloneElement, useState, type ReactElement, type ReactNode } from 'react';
import { Tooltip } from 'antd';

/**
 * Ant Design's tooltip, put in place the first time the pointer or the focus comes to its element:
 * a table row draws only the element, so scrolling through thousands of rows does not build a
 * tooltip for each (they were a large part of a scroll frame's work).
 */
export function HoverTooltip({
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
