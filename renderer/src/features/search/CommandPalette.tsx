import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Empty, Flex, Input, Modal, Spin, Typography, theme, type InputRef } from 'antd';
import { EnterOutlined, SearchOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { GroupRow, PersonRow } from '../../../../shared/contract';
import { useDebounced } from '../../ui/useDebounced';
import { useNav } from '../../platform/nav';
import { PlatformTag, PersonStatusTag } from '../../ui/tags';
import type { MenuEntry, PaletteAction, PaletteHit, PaletteSource } from '../../platform/feature';
import { paletteCommands, type PaletteCommand } from './commands';
import { matchCommands } from './match';
import { usePinyinReady, useSearchKey } from '../../platform/pinyin';
import { searchAll } from './store';

type Item =
  | { kind: 'group'; row: GroupRow }
  | { kind: 'person'; row: PersonRow }
  | { kind: 'hit'; source: string; hit: PaletteHit }
  | { kind: 'command'; command: PaletteCommand };

interface Found {
  query: string;
  people: PersonRow[];
  groups: GroupRow[];
  /** What each feature's source found (incidents …), in the order of the sources. */
  hits: Array<{ source: PaletteSource; hits: PaletteHit[] }>;
}

/** Records shown per kind; search.all answers up to 20 of each. */
const LIMIT = 8;

function itemKey(item: Item): string {
  if (item.kind === 'command') return `command:${item.command.id}`;
  if (item.kind === 'hit') return `${item.source}:${item.hit.key}`;
  return `${item.kind}:${item.row.id}`;
}

/**
 * Ctrl+K: one box that finds people and groups (`search.all`: name, pinyin in full or by initials,
 * Vietnamese without diacritics, phone or handle), the records other features search (incidents
 * by words of their summary) and the console's pages and actions, and opens them from the
 * keyboard (↑ ↓ Enter, Home/End, Esc).
 */
export function CommandPalette({
  open,
  onClose,
  actions: paletteActions,
  sources = [],
  sections,
}: {
  open: boolean;
  onClose: () => void;
  /** The features' actions, record sources and menu sections, assembled by the app. */
  actions: readonly PaletteAction[];
  sources?: readonly PaletteSource[];
  sections: readonly MenuEntry[];
}) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const go = useNav((s) => s.go);
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 150);
  const [records, setRecords] = useState<Found | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [enterQueued, setEnterQueued] = useState(false);
  const input = useRef<InputRef>(null);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    setQuery('');
    setRecords(null);
    setFailed(null);
    setActive(0);
    setEnterQueued(false);
    // The box takes the keyboard as soon as the dialog is in the page, not after its opening
    // animation (afterOpenChange): letters typed meanwhile would otherwise go to the dialog itself.
    const frame = requestAnimationFrame(() => input.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open]);

  // `open` is a dependency: the debounced query outlives a closed palette, so typing the same words
  // again within the debounce after reopening would otherwise leave the reset list empty.
  useEffect(() => {
    if (!open || !settled) {
      setRecords(null);
      setFailed(null);
      return;
    }
    let current = true;
    setLoading(true);
    Promise.all([searchAll({ query: settled }), ...sources.map((source) => source.search(settled))])
      .then(([found, ...hits]) => {
        if (!current) return;
        setRecords({
          query: settled,
          people: found.people,
          groups: found.groups,
          hits: sources.map((source, i) => ({ source, hits: hits[i] ?? [] })),
        });
        setFailed(null);
        setActive(0);
      })
      .catch((e: unknown) => {
        if (!current) return;
        setRecords(null);
        setFailed(e instanceof Error ? e.message : String(e));
      })
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [open, settled, sources]);

  // Rebuilt when the language changes, so labels and their pinyin follow the UI.
  const commands = useMemo(
    () => paletteCommands(t, (key) => i18n.t(key, { lng: 'en' }), paletteActions, sections),
    [t, i18n, i18n.language, paletteActions, sections],
  );
  // Pages and actions by their pinyin too, once pinyin-pro has loaded (opening the palette loads it).
  const searchKey = useSearchKey();
  const pinyinReady = usePinyinReady();
  const matched = useMemo(() => matchCommands(commands, query.trim(), searchKey), [commands, query, searchKey]);

  const groups: Item[] = (records?.groups ?? []).slice(0, LIMIT).map((row) => ({ kind: 'group', row }));
  const people: Item[] = (records?.people ?? []).slice(0, LIMIT).map((row) => ({ kind: 'person', row }));
  const found = (records?.hits ?? []).map(({ source, hits }) => ({
    source,
    items: hits.slice(0, LIMIT).map((hit): Item => ({ kind: 'hit', source: source.id, hit })),
  }));
  const actions: Item[] = matched.filter((c) => c.kind === 'action').map((command) => ({ kind: 'command', command }));
  const pages: Item[] = matched.filter((c) => c.kind === 'page').map((command) => ({ kind: 'command', command }));
  // People and groups first: Enter on a name opens that record, as before; then other records.
  const items = [...groups, ...people, ...found.flatMap((f) => f.items), ...actions, ...pages];
  const current = Math.min(active, Math.max(0, items.length - 1));
  /** The list answers what is in the box now (no debounce or search still under way). */
  const ready =
    pinyinReady &&
    settled === query.trim() &&
    !loading &&
    (settled === '' || records?.query === settled || failed !== null);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current, items.length]);

  const openItem = (item: Item) => {
    onClose();
    if (item.kind === 'command') item.command.run();
    else if (item.kind === 'hit') item.hit.run();
    else go(item.kind === 'group' ? { page: 'group', id: item.row.id } : { page: 'person', id: item.row.id });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const last = items.length - 1;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(current >= last ? 0 : current + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(current <= 0 ? last : current - 1);
    } else if (event.key === 'Home' && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      event.preventDefault();
      setActive(last);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // While the search for what was just typed is still running, Enter waits for its answer
      // rather than opening an older hit.
      if (ready) {
        if (items[current]) openItem(items[current]);
      } else setEnterQueued(true);
    }
  };

  useEffect(() => {
    if (!enterQueued || !ready) return;
    setEnterQueued(false);
    if (items[current]) openItem(items[current]);
  });

  const row = (item: Item, content: ReactNode, testId: string) => {
    const index = items.indexOf(item);
    const selected = index === current;
    return (
      <div
        key={itemKey(item)}
        id={`palette-item-${index}`}
        role="option"
        aria-selected={selected}
        className="gl-palette-item"
        data-testid={testId}
        data-command={item.kind === 'command' ? item.command.id : undefined}
        data-source={item.kind === 'hit' ? item.source : undefined}
        aria-label={item.kind === 'hit' ? item.hit.title : undefined}
        onMouseMove={() => index !== current && setActive(index)}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => openItem(item)}
        style={{
          padding: '8px 12px',
          borderRadius: token.borderRadius,
          cursor: 'pointer',
          background: selected ? token.controlItemBgActive : undefined,
        }}
      >
        <Flex align="center" gap={10}>
          {content}
          {selected && <EnterOutlined style={{ color: token.colorTextQuaternary }} />}
        </Flex>
      </div>
    );
  };

  const renderRecord = (item: Item) => {
    if (item.kind === 'group') {
      return row(
        item,
        <>
          <TeamOutlined style={{ color: token.colorTextSecondary }} />
          <Typography.Text strong ellipsis style={{ flex: 1 }}>
            {item.row.name}
          </Typography.Text>
          <Typography.Text type="secondary">{t('dashboard.members', { count: item.row.memberCount })}</Typography.Text>
          <PlatformTag platform={item.row.platform} />
        </>,
        'palette-hit',
      );
    }
    if (item.kind === 'hit') return row(item, item.hit.content, 'palette-hit');
    if (item.kind === 'person') {
      return row(
        item,
        <>
          <UserOutlined style={{ color: token.colorTextSecondary }} />
          <Typography.Text strong>{item.row.name}</Typography.Text>
          <Typography.Text type="secondary" ellipsis style={{ flex: 1 }}>
            {[item.row.unitName, item.row.position, item.row.phone].filter(Boolean).join(' · ')}
          </Typography.Text>
          {item.row.status === 'left' && <PersonStatusTag status="left" />}
        </>,
        'palette-hit',
      );
    }
    return row(
      item,
      <>
        <span style={{ color: token.colorPrimary }}>{item.command.icon}</span>
        <Typography.Text style={{ flex: 1 }} ellipsis>
          {item.command.kind === 'page' ? t('insights.palette.goTo', { page: item.command.label }) : item.command.label}
        </Typography.Text>
      </>,
      'palette-command',
    );
  };

  const searched = records !== null && records.query === settled;
  const nothing = settled && searched && !loading && items.length === 0;

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
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        prefix={<SearchOutlined />}
        suffix={loading ? <Spin size="small" /> : null}
        placeholder={t('palette.placeholder')}
        aria-label={t('palette.title')}
        role="combobox"
        aria-expanded
        aria-controls="palette-list"
        aria-activedescendant={items.length > 0 ? `palette-item-${current}` : undefined}
        data-testid="palette-input"
        variant="borderless"
        style={{ fontSize: 16, paddingInline: 4 }}
      />
      <div
        ref={list}
        id="palette-list"
        role="listbox"
        data-testid="palette-list"
        style={{
          borderTop: `1px solid ${token.colorBorderSecondary}`,
          marginTop: 8,
          paddingTop: 8,
          maxHeight: 440,
          overflow: 'auto',
        }}
      >
        {!settled && (
          <Typography.Paragraph type="secondary" style={{ padding: '4px 12px', margin: 0, fontSize: 12 }}>
            {t('insights.palette.startHint')}
          </Typography.Paragraph>
        )}
        {failed && (
          <Typography.Paragraph type="danger" style={{ padding: '4px 12px', margin: 0 }} data-testid="palette-error">
            {failed}
          </Typography.Paragraph>
        )}
        {nothing && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('palette.empty', { query: settled })} />}
        {groups.length > 0 && <SectionLabel text={t('palette.groups')} />}
        {groups.map(renderRecord)}
        {people.length > 0 && <SectionLabel text={t('palette.people')} />}
        {people.map(renderRecord)}
        {found
          .filter((f) => f.items.length > 0)
          .map((f) => (
            <div key={f.source.id} data-testid={`palette-section-${f.source.id}`}>
              <SectionLabel text={t(f.source.label)} />
              {f.items.map(renderRecord)}
            </div>
          ))}
        {actions.length > 0 && <SectionLabel text={t('insights.palette.actions')} />}
        {actions.map(renderRecord)}
        {pages.length > 0 && <SectionLabel text={t('insights.palette.pages')} />}
        {pages.map(renderRecord)}
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
