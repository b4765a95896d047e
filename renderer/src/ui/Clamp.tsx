import type { CSSProperties } from 'react';
import './windowedTable.css';

/**
 * Text kept to at most `lines` lines, ending in "…" when longer, with the whole text on hover (the
 * title). Pure CSS: nothing is measured, so a long list's rows cost no layout work to draw and
 * keep one height (see WindowedTable). A plain element, not Ant Design's Typography: a scroll
 * through 10,000 rows draws thousands of these, and Typography's style and ellipsis hooks were a
 * large part of each frame; the colours are the theme's (its CSS variables).
 */
export function Clamp({
  text,
  lines = 2,
  strong = false,
  secondary = false,
  style,
  testId,
}: {
  text: string | null | undefined;
  lines?: number;
  strong?: boolean;
  secondary?: boolean;
  style?: CSSProperties;
  testId?: string;
}) {
  if (!text) return null;
  return (
    <span
      className={secondary ? 'gl-clamp gl-clamp-secondary' : 'gl-clamp'}
      style={{ ['--gl-lines' as string]: lines, ...style }}
      title={text}
      data-testid={testId}
    >
      {strong ? <strong>{text}</strong> : text}
    </span>
  );
}
