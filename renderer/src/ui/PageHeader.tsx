import type { ReactNode } from 'react';
import { Button, Flex, Tooltip, Typography, theme } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useTestId } from '../platform/rehearsal';

interface Props {
  title: ReactNode;
  description?: ReactNode;
  /** Actions on the right. */
  extra?: ReactNode;
  /** Tags or badges after the title. */
  tags?: ReactNode;
  onBack?: () => void;
  backLabel?: string;
  /** A testable id for the page (the e2e tests find the page title by it). */
  testId?: string;
}

/** The title block every page starts with (Ant Design Pro style: title, short description, actions). */
export function PageHeader({ title, description, extra, tags, onBack, backLabel, testId }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const titleId = useTestId('page-title');
  return (
    <Flex
      justify="space-between"
      align="flex-start"
      gap={16}
      wrap
      style={{ marginBottom: token.marginLG }}
      data-testid={testId}
    >
      <Flex gap={12} align="flex-start" style={{ minWidth: 0, flex: 1 }}>
        {onBack && (
          <Tooltip title={backLabel ?? t('common.back')}>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              onClick={onBack}
              aria-label={backLabel ?? t('common.back')}
              style={{ marginTop: 2 }}
            />
          </Tooltip>
        )}
        <div style={{ minWidth: 0 }}>
          <Flex align="center" gap={10} wrap>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid={titleId}>
              {title}
            </Typography.Title>
            {tags}
          </Flex>
          {description && (
            <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0', maxWidth: 860 }}>
              {description}
            </Typography.Paragraph>
          )}
        </div>
      </Flex>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
