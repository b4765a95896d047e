import type { ReactNode } from 'react';
import { Card, Col, Flex, Result, Row, Tag, Typography, theme } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';

interface Props {
  icon: ReactNode;
  title: string;
  body: string;
  points: string[];
  badge: string;
  testId: string;
}

/** A section whose capability arrives in a later version: say plainly what will live here. */
export function FutureFeature({ icon, title, body, points, badge, testId }: Props) {
  const { token } = theme.useToken();
  return (
    <Card variant="borderless" data-testid={testId}>
      <Result
        icon={<span style={{ fontSize: 64, color: token.colorPrimary }}>{icon}</span>}
        title={title}
        subTitle={
          <Typography.Paragraph type="secondary" style={{ maxWidth: 760, margin: '8px auto 0', fontSize: 14 }}>
            {body}
          </Typography.Paragraph>
        }
        extra={<Tag color="processing">{badge}</Tag>}
      />
      <Row gutter={[16, 16]} style={{ maxWidth: 960, margin: '0 auto 16px' }}>
        {points.map((point) => (
          <Col key={point} xs={24} md={8}>
            <Flex
              gap={10}
              align="flex-start"
              style={{
                padding: 16,
                height: '100%',
                borderRadius: token.borderRadiusLG,
                background: token.colorFillQuaternary,
              }}
            >
              <CheckCircleOutlined style={{ color: token.colorPrimary, marginTop: 4 }} />
              <Typography.Text>{point}</Typography.Text>
            </Flex>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
