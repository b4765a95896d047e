import { useLayoutEffect, type CSSProperties, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import { theme } from 'antd';
import { isPresetColor, isPresetStatusColor } from 'antd/es/_util/colors';
import { FastColor } from '@ant-design/fast-color';

/**
 * Ant Design's Tag and Typography.Text as plain elements: the same markup and class names, so they
 * look the same (the app takes antd's styles from its stylesheet, theme.ts: zeroRuntime, so a class
 * is all an element needs), without the components' hooks. A table row draws several of these and a
 * scroll through 10,000 rows draws tens of thousands: measured at 10,000 people, the people table's
 * median scroll frame went from 47–53 ms to 34–36 ms with the cells' tags and texts plain, and the
 * groups table's from 61 to 42–43 ms, on the same machine in the same hour.
 * `tests/unit/plain-tags.test.ts` checks the markup against antd's.
 *
 * Only what the app uses: the filled variant, preset and status colours, an icon, no close button.
 *
 * One thing is not a class: antd's Tag sets its own variables (the default tag's background and
 * text colour) on each tag, from the theme. `PlainTagTokens`, once under the theme, sets the same
 * values on the page's root element, from where the plain tags inherit them.
 */

export type PlainTagProps = Omit<HTMLAttributes<HTMLSpanElement>, 'color'> & {
  color?: string;
  icon?: ReactNode;
  /** For a tooltip around the tag. */
  ref?: Ref<HTMLSpanElement>;
};

export function PlainTag({ color, icon, children, style, ...rest }: PlainTagProps) {
  // A class for each of antd's preset and status colours (`ant-tag-green`, `ant-tag-success`…), as
  // antd's Tag decides it (inverse colours, which antd draws solid, are not used here).
  const preset = color && (isPresetColor(color, false) || isPresetStatusColor(color));
  const className = preset ? `ant-tag ant-tag-filled ant-tag-${color}` : 'ant-tag ant-tag-filled';
  return (
    // The style after the class, as antd writes them (the unit test compares the markup).
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

/** `top` laid over the opaque `bottom`, as `#rrggbb`: as antd works out a default tag's background. */
export function over(top: string, bottom: string): string {
  return new FastColor(top).onBackground(bottom).toHexString();
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
