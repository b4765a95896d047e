import { useLayoutEffect, type CSSProperties, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import { theme } from 'antd';

/**
 * Ant Design's Tag and Typography.Text as plain elements: the same markup and class names, so they
 * look the same (the app takes antd's styles from its stylesheet, theme.ts: zeroRuntime, so a class
 * is all an element needs), without the components' hooks. A table row draws several of these and a
 * scroll through 10,000 rows draws tens of thousands: measured at 10,000 people, the people table's
 * median scroll frame went from 47–53 ms to 30–32 ms with the cells' tags and texts plain, on the
 * same machine in the same hour. `tests/unit/plain-tags.test.ts` checks the markup against antd's.
 *
 * Only what the app uses: the filled variant, preset and status colours, an icon, no close button.
 *
 * One thing is not a class: antd's Tag sets its own variables (the default tag's background and
 * text colour) on each tag, from the theme. `PlainTagTokens`, once under the theme, sets the same
 * values on the page's root element, from where the plain tags inherit them.
 */

/** antd's preset colours and status colours: a class each (`ant-tag-green`, `ant-tag-success`…). */
const TAG_COLORS = new Set([
  'blue',
  'purple',
  'cyan',
  'green',
  'magenta',
  'pink',
  'red',
  'orange',
  'yellow',
  'volcano',
  'geekblue',
  'lime',
  'gold',
  'success',
  'processing',
  'error',
  'default',
  'warning',
]);

export type PlainTagProps = Omit<HTMLAttributes<HTMLSpanElement>, 'color'> & {
  color?: string;
  icon?: ReactNode;
  /** For a tooltip around the tag. */
  ref?: Ref<HTMLSpanElement>;
};

export function PlainTag({ color, icon, children, style, ...rest }: PlainTagProps) {
  const className =
    color && TAG_COLORS.has(color) ? `ant-tag ant-tag-filled ant-tag-${color}` : 'ant-tag ant-tag-filled';
  return (
    <span {...rest} className={className} style={style}>
      {icon ? (
        <>
          {icon}
          {children !== undefined && children !== null && children !== false && <span>{children}</span>}
        </>
      ) : (
        children
      )}
    </span>
  );
}

export function PlainText({
  type,
  strong = false,
  style,
  children,
}: {
  type?: 'secondary' | 'success' | 'warning' | 'danger';
  strong?: boolean;
  style?: CSSProperties;
  children: ReactNode;
}) {
  return (
    <span className={type ? `ant-typography ant-typography-${type}` : 'ant-typography'} style={style}>
      {strong ? <strong>{children}</strong> : children}
    </span>
  );
}

/** A colour's red, green, blue (0–255) and alpha (0–1), from `#rgb`, `#rrggbb(aa)` or `rgb(a)(…)`. */
function rgba(color: string): [number, number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color.trim());
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
  }
  const parts = /^rgba?\(([^)]*)\)$/i
    .exec(color.trim())?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  if (parts && parts.length >= 3 && parts.every((p) => Number.isFinite(p))) {
    return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
  }
  return [0, 0, 0, 0];
}

/** `top` laid over the opaque `bottom`, as `#rrggbb` (as antd works out a default tag's background). */
export function over(top: string, bottom: string): string {
  const [r1, g1, b1, a] = rgba(top);
  const [r2, g2, b2] = rgba(bottom);
  const mix = (x: number, y: number) =>
    Math.round(x * a + y * (1 - a))
      .toString(16)
      .padStart(2, '0');
  return `#${mix(r1, r2)}${mix(g1, g2)}${mix(b1, b2)}`;
}

/** Sets antd's tag variables on the page's root for the plain tags (see above): once, under the theme. */
export function PlainTagTokens() {
  const { token } = theme.useToken();
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--ant-tag-default-bg', over(token.colorFillTertiary, token.colorBgContainer));
    root.setProperty('--ant-tag-default-color', token.colorText);
  }, [token.colorFillTertiary, token.colorBgContainer, token.colorText]);
  return null;
}
