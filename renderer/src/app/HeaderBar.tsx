import { Button, Divider, Flex, Layout, Tag, Tooltip, Typography, theme } from 'antd';
import { BankOutlined, SearchOutlined, SafetyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../platform/session';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';

/** Organisation name, the global search trigger (Ctrl+K) and the language switcher. */
export function HeaderBar({ onSearch }: { onSearch: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const organisation = useSession((s) => s.organisation);
  return (
    <Layout.Header
      style={{
        padding: '0 24px',
        display: 'flex',
        alignItems: 'center',
        gap: 16,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        position: 'sticky',
        top: 0,
        zIndex: 10,
        background: token.colorBgContainer,
      }}
    >
      {/* The organisation's whole name: it keeps its width and the search box gives way; a name
          longer than half the bar wraps onto a second line, and only beyond that ends in "…"
          with the whole name on hover. */}
      <Flex align="center" gap={10} style={{ minWidth: 0, flex: '0 0 auto', maxWidth: '48%' }}>
        <BankOutlined style={{ fontSize: 18, color: token.colorPrimary }} />
        <Typography.Paragraph
          strong
          ellipsis={{ rows: 2, tooltip: organisation?.name }}
          style={{ fontSize: 16, lineHeight: 1.25, minWidth: 0, margin: 0 }}
          data-testid="org-name"
        >
          {organisation?.name}
        </Typography.Paragraph>
      </Flex>
      <Button
        onClick={onSearch}
        style={{ flex: '0 1 380px', minWidth: 160, justifyContent: 'space-between', color: token.colorTextTertiary }}
        data-testid="global-search"
        aria-keyshortcuts="Control+K"
      >
        <Flex align="center" gap={8} style={{ overflow: 'hidden' }}>
          <SearchOutlined />
          {/* A long organisation name leaves the box narrow: the whole hint shows on hover. */}
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }} title={t('header.searchPlaceholder')}>
            {t('header.searchPlaceholder')}
          </span>
        </Flex>
        <span>
          <kbd>Ctrl</kbd> <kbd>K</kbd>
        </span>
      </Button>
      <div style={{ flex: 1 }} />
      <Tooltip title={t('header.offline')}>
        <Tag icon={<SafetyOutlined />} color="green" variant="filled" style={{ marginInlineEnd: 0 }}>
          {t('header.offline').split('·')[0]?.trim()}
        </Tag>
      </Tooltip>
      <Divider orientation="vertical" />
      <LanguageSwitcher />
    </Layout.Header>
  );
}
