import { Flex, Typography, theme } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';

/** The empty state of a "needs attention" list: nothing to do is good news, say so. */
export function AllClear({ text }: { text: string }) {
  const { token } = theme.useToken();
  return (
    <Flex align="center" gap={8} style={{ padding: '12px 0' }}>
      <CheckCircleFilled style={{ color: token.colorSuccess }} />
      <Typography.Text type="secondary">{text}</Typography.Text>
    </Flex>
  );
}
