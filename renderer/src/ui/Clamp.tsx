import type { CSSProperties } from 'react';
import { Typography } from 'antd';
import './windowedTable.css';

/**
 * Text kept to at most `lines` lines, ending in "…" when longer, with the whole text on hover (the
 * title). Pure CSS: nothing is measured, so a long list's rows cost no layout work to draw and
 * keep one height (see WindowedTable).
 */
export function Clamp({
  text,
  lines = 2,
  strong = false,
  secondary = false,
  style,
}: {
  text: string | null | undefined;
  lines?: number;
  strong?: boolean;
  secondary?: boolean;
  style?: CSSProperties;
}) {
  if (!text) return null;
  return (
    <Typography.Text
      strong={strong}
      type={secondary ? 'secondary' : undefined}
      className="gl-clamp"
      style={{ ['--gl-lines' as string]: lines, ...style }}
      title={text}
    >
      {text}
    </Typography.Text>
  );
}
