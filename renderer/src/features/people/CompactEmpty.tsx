import { Typography } from 'antd';

/** One quiet line for an empty table on a detail page, so empty sections do not push the rest down. */
export function CompactEmpty({ text }: { text: string }) {
  return (
    <Typography.Text type="secondary" style={{ display: 'block', padding: '6px 0' }}>
      {text}
    </Typography.Text>
  );
}
