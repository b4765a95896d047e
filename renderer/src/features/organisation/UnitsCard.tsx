import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex, Skeleton, Tag, Tooltip, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import {
  ApartmentOutlined,
  DeleteOutlined,
  DragOutlined,
  EditOutlined,
  PlusOutlined,
  SubnodeOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LinkRow } from '../../ui/LinkRow';
import { PersonStatusTag } from '../../ui/tags';
import { useCommand } from '../../ui/useCommand';
import { collator } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { useLocale } from '../../platform/settings';
import { UnitModal, type UnitAction } from './UnitModal';
import { buildUnitTree, flattenTree, unitPath, type UnitNode, type UnitWithPeople } from './unitTree';
import { LISTED, deleteUnit, useUnitPeople } from './store';

/**
 * The units as a tree with people counts (own and with sub-units). Select a unit to add a
 * sub-unit under it, rename, move or delete it; the panel beside the tree lists its people.
 */
export function UnitsCard({ units, loading }: { units: UnitWithPeople[] | null; loading: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const locale = useLocale();
  const go = useNav((s) => s.go);
  const [selected, setSelected] = useState<string | null>(null);
  const [action, setAction] = useState<UnitAction | null>(null);
  // Units the admin folded; everything else (new units too) shows open.
  const [collapsed, setCollapsed] = useState<Set<string>>(() => new Set());
  const { error, setError, run } = useCommand();

  const list = useMemo(() => units ?? [], [units]);
  const tree = useMemo(() => buildUnitTree(list, collator(locale).compare), [list, locale]);
  const nodes = useMemo(() => new Map(flattenTree(tree).map((n) => [n.unit.id, n])), [tree]);
  const current = selected ? (nodes.get(selected) ?? null) : null;
  const expandedKeys = useMemo(() => [...nodes.keys()].filter((id) => !collapsed.has(id)), [nodes, collapsed]);

  /** Selects a unit and unfolds the units above it, so a unit just added or moved is in view. */
  const reveal = (id: string) => {
    setSelected(id);
    const above = new Set<string>();
    let parent = list.find((u) => u.id === id)?.parentId ?? null;
    while (parent !== null && !above.has(parent)) {
      above.add(parent);
      parent = list.find((u) => u.id === parent)?.parentId ?? null;
    }
    setCollapsed((prev) => new Set([...prev].filter((c) => !above.has(c))));
  };

  const treeData = useMemo(() => {
    const toData = (node: UnitNode): TreeDataNode => ({
      key: node.unit.id,
      title: (
        <Flex align="center" gap={8} data-testid="unit-node" data-unit={node.unit.name}>
          <span>{node.unit.name}</span>
          <Tooltip
            title={
              node.children.length > 0
                ? t('directory.units.countWithSub', { own: node.unit.people, total: node.total })
                : t('directory.units.countOwn', { count: node.unit.people })
            }
          >
            <Tag variant="filled" style={{ marginInlineEnd: 0 }} data-testid="unit-count">
              {node.children.length > 0 && node.total !== node.unit.people
                ? `${node.unit.people} / ${node.total}`
                : node.total}
            </Tag>
          </Tooltip>
        </Flex>
      ),
      children: node.children.map(toData),
    });
    return tree.map(toData);
  }, [tree, t]);

  // The selected unit's first people, read when it is selected (and kept fresh while shown).
  const currentId = current?.unit.id ?? null;
  useEffect(() => {
    if (currentId) void useUnitPeople.getState().ensure({ unitId: currentId, locale });
  }, [currentId, locale]);
  useEffect(() => () => useUnitPeople.getState().clear(), []);
  const held = useUnitPeople((s) => (s.params?.unitId === currentId ? s.data : null));
  const unreadable = useUnitPeople((s) => s.error);
  const unitPeople = held?.rows ?? [];
  const inUnit = held?.total ?? 0;

  const remove = (node: UnitNode) => {
    setError(null);
    modal.confirm({
      title: t('directory.units.deleteTitle', { name: node.unit.name }),
      content: t('directory.units.deleteIntro'),
      okText: t('directory.delete'),
      okButtonProps: { danger: true, 'data-testid': 'unit-delete-confirm' },
      cancelText: t('common.cancel'),
      onOk: () =>
        run(
          async () => {
            await deleteUnit({ id: node.unit.id });
            return t('directory.units.deleted', { name: node.unit.name });
          },
          () => setSelected(node.unit.parentId),
        ),
    });
  };

  return (
    <Card
      variant="borderless"
      data-testid="units-card"
      title={
        <Flex align="center" gap={8}>
          <ApartmentOutlined />
          <span>{t('directory.units.title')}</span>
          {units && (
            <Typography.Text type="secondary">{t('directory.units.count', { count: list.length })}</Typography.Text>
          )}
        </Flex>
      }
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setAction({ kind: 'add', parentId: null })}
          data-testid="unit-add-top"
        >
          {t('directory.units.addTop')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('directory.units.hint')}
      </Typography.Paragraph>
      {error && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setError(null) }}
          title={error}
          style={{ marginBottom: 12 }}
          data-testid="unit-action-error"
        />
      )}
      {!units ? (
        loading && <Skeleton active paragraph={{ rows: 8 }} />
      ) : list.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('directory.units.empty')}>
          <Button icon={<PlusOutlined />} onClick={() => setAction({ kind: 'add', parentId: null })}>
            {t('directory.units.addFirst')}
          </Button>
        </Empty>
      ) : (
        <Flex gap={24} wrap align="flex-start">
          <div style={{ flex: '1 1 300px', minWidth: 260 }}>
            <Tree
              blockNode
              showLine
              expandedKeys={expandedKeys}
              onExpand={(keys) => {
                const open = new Set(keys.map(String));
                setCollapsed(new Set([...nodes.keys()].filter((id) => !open.has(id))));
              }}
              treeData={treeData}
              selectedKeys={selected ? [selected] : []}
              // A second click (or Space) on the selected unit keeps it selected: the panel stays.
              onSelect={(keys) => keys.length > 0 && setSelected(String(keys[0]))}
              style={{ maxHeight: 560, overflow: 'auto' }}
              aria-label={t('directory.units.title')}
              data-testid="units-tree"
            />
          </div>
          <div style={{ flex: '1 1 280px', minWidth: 260 }} data-testid="unit-panel">
            {current ? (
              <>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="unit-path">
                  {unitPath(list, current.unit.id).slice(0, -1).join(' / ') || t('directory.units.topLevel')}
                </Typography.Text>
                <Typography.Title level={5} style={{ margin: '2px 0 8px' }} data-testid="unit-selected">
                  {current.unit.name}
                </Typography.Title>
                <Flex gap={8} wrap style={{ marginBottom: 12 }}>
                  <Button
                    size="small"
                    icon={<SubnodeOutlined />}
                    onClick={() => setAction({ kind: 'add', parentId: current.unit.id })}
                    data-testid="unit-add-child"
                  >
                    {t('directory.units.addChild')}
                  </Button>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => setAction({ kind: 'rename', unit: current.unit })}
                    data-testid="unit-rename"
                  >
                    {t('directory.units.rename')}
                  </Button>
                  <Button
                    size="small"
                    icon={<DragOutlined />}
                    onClick={() => setAction({ kind: 'move', unit: current.unit })}
                    data-testid="unit-move"
                  >
                    {t('directory.units.move')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(current)}
                    data-testid="unit-delete"
                  >
                    {t('directory.delete')}
                  </Button>
                </Flex>
                <Typography.Text strong>
                  {t('directory.units.peopleHere', { count: current.unit.people })}
                </Typography.Text>
                {current.children.length > 0 && (
                  <Typography.Text type="secondary">
                    {' · '}
                    {t('directory.units.subUnits', { count: current.children.length, total: current.total })}
                  </Typography.Text>
                )}
                <div style={{ marginTop: 8, maxHeight: 420, overflow: 'auto' }}>
                  {unreadable && held === null ? (
                    <Typography.Text type="danger">{unreadable.message}</Typography.Text>
                  ) : held === null ? (
                    // The unit's people being read: a line or two, not "nobody here".
                    <Skeleton active title={false} paragraph={{ rows: 2 }} />
                  ) : unitPeople.length === 0 ? (
                    <Typography.Text type="secondary">{t('directory.units.noPeople')}</Typography.Text>
                  ) : (
                    unitPeople.map((p) => (
                      <LinkRow key={p.id} onOpen={() => go({ page: 'person', id: p.id })} testId="unit-person">
                        <Flex justify="space-between" gap={8}>
                          <span>
                            <Typography.Text>{p.name}</Typography.Text>
                            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                              {[p.position, p.tierName].filter(Boolean).join(' · ')}
                            </Typography.Text>
                          </span>
                          {p.status === 'left' && <PersonStatusTag status="left" />}
                        </Flex>
                      </LinkRow>
                    ))
                  )}
                  {inUnit > LISTED && (
                    <Typography.Text type="secondary" data-testid="unit-more">
                      {t('directory.units.more', { count: inUnit - LISTED })}
                    </Typography.Text>
                  )}
                </div>
              </>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('directory.units.selectHint')} />
            )}
          </div>
        </Flex>
      )}
      <UnitModal action={action} units={list} onClose={() => setAction(null)} onSaved={reveal} />
    </Card>
  );
}
