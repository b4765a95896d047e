import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Empty, Flex, Input, Modal, Spin, Typography, theme, type InputRef } from 'antd';
import { SearchOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { GroupRow, PersonRow } from '../../../../shared/contract';
import { call } from '../../api';
import { useDebounced } from '../../hooks/useDebounced';
import { useNav } from '../../stores/nav';
import { PlatformTag, PersonStatusTag } from '../../components/tags';

type Hit = { kind: 'person'; row: PersonRow } | { kind: 'group'; row: GroupRow };

const LIMIT = 8;

/** Ctrl+K: one box that finds people and groups (pinyin, initials, unaccented) and opens them. */
export function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const go = useNav((s) => s.go);
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 150);
  const [hits, setHits] = useState<Hit[]>([]);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<InputRef>(null);

  useEffect(() => {
    if (!open) return;
    setQuery('');
    setHits([]);
    setActive(0);
  }, [open]);

  useEffect(() => {
    if (!settled) {
      setHits([]);
      return;
    }
    let current = true;
    setLoading(true);
    Promise.all([call('people.list', { query: settled }), call('groups.list', { query: settled })])
      .then(([people, groups]) => {
        if (!current) return;
        setHits([
          ...groups.slice(0, LIMIT).map((row): Hit => ({ kind: 'group', row })),
          ...people.slice(0, LIMIT).map((row): Hit => ({ kind: 'person', row })),
        ]);
        setActive(0);
      })
      .catch(() => current && setHits([]))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [settled]);

  const openHit = (hit: Hit) => {
    onClose();
    go(hit.kind === 'group' ? { page: 'group', id: hit.row.id } : { page: 'person', id: hit.row.id });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(hits.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter' && hits[active]) {
      event.preventDefault();
      openHit(hits[active]);
    }
  };

  const groups = useMemo(() => hits.filter((h) => h.kind === 'group'), [hits]);
  const people = useMemo(() => hits.filter((h) => h.kind === 'person'), [hits]);

  const renderHit = (hit: Hit) => {
    const index = hits.indexOf(hit);
    const selected = index === active;
    return (
      <div
        key={`${hit.kind}:${hit.row.id}`}
        role="option"
        aria-selected={selected}
        className="gl-palette-item"
        data-testid="palette-hit"
        onMouseEnter={() => setActive(index)}
        onClick={() => openHit(hit)}
        style={{
          padding: '8px 12px',
          borderRadius: token.borderRadius,
          cursor: 'pointer',
          background: selected ? token.controlItemBgActive : undefined,
        }}
      >
        {hit.kind === 'group' ? (
          <Flex align="center" gap={10}>
            <TeamOutlined style={{ color: token.colorTextSecondary }} />
            <Typography.Text strong ellipsis style={{ flex: 1 }}>
              {hit.row.name}
            </Typography.Text>
            <Typography.Text type="secondary">{t('dashboard.members', { count: hit.row.memberCount })}</Typography.Text>
            <PlatformTag platform={hit.row.platform} />
          </Flex>
        ) : (
          <Flex align="center" gap={10}>
            <UserOutlined style={{ color: token.colorTextSecondary }} />
            <Typography.Text strong>{hit.row.name}</Typography.Text>
            <Typography.Text type="secondary" ellipsis style={{ flex: 1 }}>
              {[hit.row.unitName, hit.row.position].filter(Boolean).join(' · ')}
            </Typography.Text>
            {hit.row.status === 'left' && <PersonStatusTag status="left" />}
          </Flex>
        )}
      </div>
    );
  };

  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      closable={false}
      width={640}
      style={{ top: 80 }}
      afterOpenChange={(visible) => visible && input.current?.focus()}
      destroyOnHidden
      title={null}
      aria-label={t('palette.title')}
    >
      <Input
        ref={input}
        size="large"
        autoFocus
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        prefix={<SearchOutlined />}
        suffix={loading ? <Spin size="small" /> : null}
        placeholder={t('palette.placeholder')}
        aria-label={t('palette.title')}
        data-testid="palette-input"
        variant="borderless"
        style={{ fontSize: 16, paddingInline: 4 }}
      />
      <div
        role="listbox"
        style={{
          borderTop: `1px solid ${token.colorBorderSecondary}`,
          marginTop: 8,
          paddingTop: 8,
          maxHeight: 440,
          overflow: 'auto',
        }}
      >
        {!settled && (
          <Typography.Paragraph type="secondary" style={{ padding: '12px', margin: 0 }}>
            {t('palette.start')}
          </Typography.Paragraph>
        )}
        {settled && !loading && hits.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('palette.empty', { query: settled })} />
        )}
        {groups.length > 0 && <SectionLabel text={t('palette.groups')} />}
        {groups.map(renderHit)}
        {people.length > 0 && <SectionLabel text={t('palette.people')} />}
        {people.map(renderHit)}
      </div>
      <Flex gap={16} style={{ marginTop: 12, fontSize: 12, color: token.colorTextTertiary }}>
        <span>
          <kbd>↑</kbd> <kbd>↓</kbd> {t('palette.hintMove')}
        </span>
        <span>
          <kbd>Enter</kbd> {t('palette.hintOpen')}
        </span>
        <span>
          <kbd>Esc</kbd> {t('palette.hintClose')}
        </span>
      </Flex>
    </Modal>
  );
}

function SectionLabel({ text }: { text: string }) {
  return (
    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, padding: '6px 12px 2px' }}>
      {text}
    </Typography.Text>
  );
}
