import { Typography } from 'antd';

/** One quiet line for an empty table on a detail page, so empty sections do not push the rest down. */
export function CompactEmpty({ text, padded = false }: { text: string; padded?: boolean }) {
  return (
    <Typography.Text type="secondary" style={{ display: 'block', padding: padded ? '16px 24px' : '6px 0' }}>
      {text}
    </Typography.Text>
  );
}
