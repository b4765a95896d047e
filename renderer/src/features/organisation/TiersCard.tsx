import { useMemo, useState } from 'react';
import { Alert, App, Avatar, Button, Card, Empty, Flex, Input, Skeleton, Tooltip, Typography, theme } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CheckOutlined,
  CloseOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
  OrderedListOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Tier } from '../../../../shared/contract';
import { useCommand } from '../../ui/useCommand';
import { deleteTier, reorderTiers, saveTier } from './store';

/**
 * Tiers, highest first (rank 1 is leadership). The order matters: charters name tiers, and the
 * skip-level check compares ranks — so moving a tier up or down is one `tiers.reorder` of the
 * whole list, and the buttons are real buttons (Tab, Enter) rather than drag and drop.
 */
export function TiersCard({
  tiers,
  loading,
}: {
  /** Each with how many active people it holds. */
  tiers: Array<Tier & { people: number }> | null;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { modal } = App.useApp();
  const { busy, error, setError, run } = useCommand();
  const [adding, setAdding] = useState('');
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);

  const list = useMemo(() => [...(tiers ?? [])].sort((a, b) => a.rank - b.rank), [tiers]);

  const add = () => {
    const name = adding.trim();
    if (!name) {
      setError(t('directory.tiers.nameRequired'));
      return;
    }
    void run(
      async () => {
        const tier = await saveTier({ name });
        return t('directory.tiers.added', { name: tier.name });
      },
      () => setAdding(''),
    );
  };

  const rename = () => {
    if (!editing) return;
    const name = editing.name.trim();
    if (!name) {
      setError(t('directory.tiers.nameRequired'));
      return;
    }
    void run(
      async () => {
        const tier = await saveTier({ id: editing.id, name });
        return t('directory.tiers.saved', { name: tier.name });
      },
      () => setEditing(null),
    );
  };

  const move = (index: number, delta: -1 | 1) => {
    const ids = list.map((tier) => tier.id);
    const target = index + delta;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    const name = list[index]!.name;
    void run(
      async () => {
        await reorderTiers({ ids });
        return t('directory.tiers.reordered', { name, rank: target + 1 });
      },
      () => {
        // Keep the keyboard where it was: on the same button of the tier that moved.
        requestAnimationFrame(() =>
          document
            .querySelector<HTMLElement>(`[data-testid="tier-${delta < 0 ? 'up' : 'down'}-${ids[target]}"]`)
            ?.focus(),
        );
      },
    );
  };

  const remove = (tier: Tier) => {
    setError(null);
    modal.confirm({
      title: t('directory.tiers.deleteTitle', { name: tier.name }),
      content: t('directory.tiers.deleteIntro'),
      okText: t('directory.delete'),
      okButtonProps: { danger: true, 'data-testid': 'tier-delete-confirm' },
      cancelText: t('common.cancel'),
      onOk: () =>
        run(
          async () => {
            await deleteTier({ id: tier.id });
            return t('directory.tiers.deleted', { name: tier.name });
          },
          () => undefined,
        ),
    });
  };

  return (
    <Card
      variant="borderless"
      data-testid="tiers-card"
      title={
        <Flex align="center" gap={8}>
          <OrderedListOutlined />
          <span>{t('directory.tiers.title')}</span>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('directory.tiers.hint')}
      </Typography.Paragraph>
      {error && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setError(null) }}
          title={error}
          style={{ marginBottom: 12 }}
          data-testid="tier-error"
        />
      )}
      {!tiers ? (
        loading && <Skeleton active paragraph={{ rows: 4 }} />
      ) : list.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('directory.tiers.empty')} />
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="tiers-list">
          {list.map((tier, index) => (
            <li
              key={tier.id}
              data-testid="tier-row"
              data-tier={tier.name}
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: 10,
                padding: '8px 0',
                borderBottom: index < list.length - 1 ? `1px solid ${token.colorBorderSecondary}` : undefined,
              }}
            >
              <Avatar size="small" style={{ background: token.colorPrimary, flex: 'none' }}>
                {index + 1}
              </Avatar>
              {editing?.id === tier.id ? (
                <Input
                  size="small"
                  autoFocus
                  value={editing.name}
                  maxLength={200}
                  onChange={(e) => setEditing({ id: tier.id, name: e.target.value })}
                  onPressEnter={rename}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') {
                      e.stopPropagation();
                      setEditing(null);
                    }
                  }}
                  aria-label={t('directory.tiers.name')}
                  data-testid="tier-name-input"
                  style={{ flex: 1 }}
                />
              ) : (
                <Flex vertical style={{ flex: 1, minWidth: 0 }}>
                  <Typography.Text strong ellipsis data-testid="tier-name">
                    {tier.name}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {index === 0
                      ? t('directory.tiers.highest')
                      : index === list.length - 1
                        ? t('directory.tiers.lowest')
                        : t('directory.tiers.rank', { rank: index + 1 })}
                    {' · '}
                    <span data-testid="tier-people">{t('directory.tiers.people', { count: tier.people })}</span>
                  </Typography.Text>
                </Flex>
              )}
              <Flex gap={2} style={{ flex: 'none' }}>
                {editing?.id === tier.id ? (
                  <>
                    <Tooltip title={t('common.save')}>
                      <Button
                        size="small"
                        type="primary"
                        icon={<CheckOutlined />}
                        loading={busy}
                        onClick={rename}
                        aria-label={t('common.save')}
                        data-testid="tier-rename-save"
                      />
                    </Tooltip>
                    <Tooltip title={t('common.cancel')}>
                      <Button
                        size="small"
                        icon={<CloseOutlined />}
                        onClick={() => setEditing(null)}
                        aria-label={t('common.cancel')}
                      />
                    </Tooltip>
                  </>
                ) : (
                  <>
                    <Tooltip title={t('directory.tiers.up')}>
                      <Button
                        size="small"
                        type="text"
                        icon={<ArrowUpOutlined />}
                        disabled={index === 0 || busy}
                        onClick={() => move(index, -1)}
                        aria-label={t('directory.tiers.upLabel', { name: tier.name })}
                        data-testid={`tier-up-${tier.id}`}
                      />
                    </Tooltip>
                    <Tooltip title={t('directory.tiers.down')}>
                      <Button
                        size="small"
                        type="text"
                        icon={<ArrowDownOutlined />}
                        disabled={index === list.length - 1 || busy}
                        onClick={() => move(index, 1)}
                        aria-label={t('directory.tiers.downLabel', { name: tier.name })}
                        data-testid={`tier-down-${tier.id}`}
                      />
                    </Tooltip>
                    <Tooltip title={t('directory.tiers.rename')}>
                      <Button
                        size="small"
                        type="text"
                        icon={<EditOutlined />}
                        onClick={() => {
                          setError(null);
                          setEditing({ id: tier.id, name: tier.name });
                        }}
                        aria-label={t('directory.tiers.renameLabel', { name: tier.name })}
                        data-testid="tier-rename"
                      />
                    </Tooltip>
                    <Tooltip title={t('directory.delete')}>
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(tier)}
                        aria-label={t('directory.tiers.deleteLabel', { name: tier.name })}
                        data-testid="tier-delete"
                      />
                    </Tooltip>
                  </>
                )}
              </Flex>
            </li>
          ))}
        </ol>
      )}
      <Flex gap={8} style={{ marginTop: 16 }}>
        <Input
          value={adding}
          maxLength={200}
          onChange={(e) => setAdding(e.target.value)}
          onPressEnter={add}
          placeholder={t('directory.tiers.addPlaceholder')}
          aria-label={t('directory.tiers.addPlaceholder')}
          data-testid="tier-add-name"
        />
        <Button icon={<PlusOutlined />} onClick={add} loading={busy && editing === null} data-testid="tier-add">
          {t('directory.tiers.add')}
        </Button>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 6 }}>
        {t('directory.tiers.addHelp')}
      </Typography.Text>
    </Card>
  );
}
