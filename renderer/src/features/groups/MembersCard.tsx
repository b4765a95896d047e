import { useMemo, useState } from 'react';
import { Alert, Button, Card, DatePicker, Empty, Flex, Input, Segmented, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CalendarOutlined, SearchOutlined, UserDeleteOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ELIGIBILITIES, type Eligibility, type GroupDetail, type MemberRow } from '../../../../shared/contract';
import { matchesKey } from '../../../../shared/searchText';
import { useSearchKey } from '../../platform/pinyin';
import { PersonStatusTag, RoleTag } from '../../ui/tags';
import { rowKeyboardProps } from '../../ui/useRowKeyboard';
import { tableWidth } from '../../ui/tableWidth';
import { collator, formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { useLocale } from '../../platform/settings';
import { EligibilityTag } from './eligibility';
import { exportMembers } from './store';
import { TableExportMenu } from '../../ui/TableExportMenu';

interface Props {
  detail: GroupDetail;
  loading: boolean;
  asOf: string | null;
  onAsOf: (date: string | null) => void;
  editable: boolean;
  onRemove: (member: MemberRow) => void;
  /** Shows the exception that let a member in. */
  onOpenException: (id: number) => void;
  /** The eligibility filter to start with (a dashboard link to "members outside the charter"). */
  initialEligibility?: Eligibility;
}

/** Column filter choices: the values present in the rows, translated; none when all rows agree. */
function present<T extends string | null>(values: T[], label: (v: T) => string) {
  const unique = [...new Set(values)];
  return unique.length > 1 ? unique.map((v) => ({ text: label(v), value: v ?? '' })) : undefined;
}

/** Above this many rows the member table renders only what is on screen. */
const VIRTUAL_FROM = 40;

/** The member list now or on a chosen day, with filtering and removal. */
export function MembersCard(props: Props) {
  const { detail, loading, asOf, onAsOf, editable, onRemove, onOpenException } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const go = useNav((s) => s.go);
  const [filter, setFilter] = useState('');
  const [eligibility, setEligibility] = useState<Eligibility | 'all'>(props.initialEligibility ?? 'all');
  const members = detail.members;
  const checked = detail.charterDefined;
  const counts = useMemo(() => {
    const c: Record<Eligibility, number> = { in_charter: 0, exception: 0, outside: 0 };
    for (const m of members) c[m.eligibility]++;
    return c;
  }, [members]);
  const searchKey = useSearchKey();
  const keys = useMemo(
    () => new Map(members.map((m) => [m.membershipId, searchKey(m.name, m.unitName, m.position)])),
    [members, searchKey],
  );
  const shown = useMemo(() => {
    const byEligibility =
      checked && eligibility !== 'all' ? members.filter((m) => m.eligibility === eligibility) : members;
    return filter.trim()
      ? byEligibility.filter((m) => matchesKey(keys.get(m.membershipId) ?? '', filter))
      : byEligibility;
  }, [members, keys, filter, eligibility, checked]);
  const historical = detail.asOf !== null;

  // Sized for a 1366-pixel screen (about 1,000 pixels of table): unit and tier sit under the
  // position and end in "…" with the whole text on hover; names, "added by / asked by" and tags
  // wrap. Narrower windows scroll, with the name and the actions fixed.
  const columns: TableColumnsType<MemberRow> = [
    {
      key: 'name',
      title: t('group.col.name'),
      dataIndex: 'name',
      width: 116,
      fixed: 'left',
      sorter: (a, b) => collator(locale).compare(a.name, b.name),
      // A long Vietnamese name wraps at its spaces rather than hiding its given name.
      render: (name: string, m) => (
        <Flex align="center" gap={6} wrap style={{ minWidth: 0 }}>
          <Typography.Text strong>{name}</Typography.Text>
          {m.personStatus === 'left' && (
            <Tooltip title={t('group.personLeft')}>
              <span>
                <PersonStatusTag status="left" />
              </span>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    ...(checked
      ? [
          {
            key: 'eligibility',
            title: t('membership.col.eligibility'),
            dataIndex: 'eligibility',
            width: 126,
            render: (e: Eligibility, m: MemberRow) => (
              <EligibilityTag
                eligibility={e}
                mismatches={m.mismatches}
                onOpenException={m.exceptionId !== null ? () => onOpenException(m.exceptionId!) : undefined}
              />
            ),
          },
        ]
      : []),
    {
      key: 'position',
      title: t('group.col.positionUnit'),
      dataIndex: 'position',
      width: 170,
      // The tier is the charter's measure of seniority: sorting and filtering by it stay here.
      sorter: (a, b) =>
        (a.tierRank ?? 99) - (b.tierRank ?? 99) || collator(locale).compare(a.unitName ?? '', b.unitName ?? ''),
      filters: present(
        members.map((m) => m.tierName),
        (v) => v ?? t('membership.noTier'),
      ),
      onFilter: (value, m) => (m.tierName ?? '') === value,
      render: (position: string | null, m) => {
        const place = [m.unitName, m.tierName].filter(Boolean).join(' · ');
        return (
          <Flex vertical style={{ minWidth: 0 }}>
            <Typography.Text ellipsis={{ tooltip: position }}>{position || '—'}</Typography.Text>
            {place && (
              <Typography.Text type="secondary" ellipsis={{ tooltip: place }} style={{ fontSize: 12 }}>
                {place}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      key: 'role',
      title: t('group.col.role'),
      dataIndex: 'role',
      width: 124,
      filters: present(
        members.map((m) => m.role),
        (r) => t(`role.${r}`),
      ),
      onFilter: (value, m) => m.role === value,
      render: (role: MemberRow['role']) => <RoleTag role={role} />,
    },
    {
      key: 'joined',
      title: t('group.col.joined'),
      dataIndex: 'joinedOn',
      width: 100,
      sorter: (a, b) => a.joinedOn.localeCompare(b.joinedOn),
      render: (d: string) => (
        <span data-testid="member-joined" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(d)}
        </span>
      ),
    },
    ...(historical
      ? [
          {
            key: 'left',
            title: t('group.col.left'),
            dataIndex: 'leftOn',
            width: 112,
            render: (d: string | null) => (d ? formatDate(d) : '—'),
          },
        ]
      : []),
    {
      key: 'addedBy',
      title: t('membership.col.addedRequested'),
      dataIndex: 'addedByName',
      width: 122,
      render: (name: string | null, m: MemberRow) => (
        <Flex vertical>
          <Typography.Text data-testid="member-added-by">{name ?? '—'}</Typography.Text>
          {m.requestedByName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="member-requested-by">
              {t('membership.requestedByShort', { name: m.requestedByName })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'basis',
      title: t('group.col.basis'),
      dataIndex: 'basis',
      width: 132,
      filters: present(
        members.map((m) => m.basis),
        (b) => t(`basis.${b}`),
      ),
      onFilter: (value, m) => m.basis === value,
      render: (basis: MemberRow['basis'], m) => {
        const tag = (
          <Tag color={basis === 'exception' ? 'orange' : basis === 'manual' ? 'default' : 'blue'}>
            {t(`basis.${basis}`)}
          </Tag>
        );
        if (m.exceptionId !== null) {
          return (
            <Tooltip title={t('membership.openException')}>
              <Typography.Link onClick={() => onOpenException(m.exceptionId!)} data-testid="member-exception-link">
                {tag}
              </Typography.Link>
            </Tooltip>
          );
        }
        // A document reference helps the reader; an exception's internal id does not.
        return m.basisRef && m.basis !== 'exception' ? <Tooltip title={m.basisRef}>{tag}</Tooltip> : tag;
      },
    },
    ...(editable
      ? [
          {
            key: 'actions',
            title: t('group.col.actions'),
            width: 88,
            fixed: 'right' as const,
            render: (_: unknown, m: MemberRow) => {
              const button = (
                <Button
                  size="small"
                  danger
                  type="text"
                  icon={<UserDeleteOutlined />}
                  disabled={m.role === 'owner'}
                  onClick={() => onRemove(m)}
                  data-testid="remove-member"
                >
                  {t('group.remove')}
                </Button>
              );
              // The owner stays until ownership is transferred: the disabled button says why.
              return m.role === 'owner' ? (
                <Tooltip title={t('remove.ownerBlocked', { name: m.name })}>
                  <span
                    data-testid="remove-member-why"
                    style={{ display: 'inline-block', cursor: 'not-allowed' }}
                    // A click on the disabled button does not open the owner's page either.
                    onClick={(e) => e.stopPropagation()}
                  >
                    {button}
                  </span>
                </Tooltip>
              ) : (
                button
              );
            },
          },
        ]
      : []),
  ];

  const presets = [
    { label: t('group.asOfCreated'), value: dayjs(detail.group.createdOn) },
    { label: t('group.asOfToday'), value: dayjs() },
  ];

  return (
    <Card
      variant="borderless"
      // Inside the group page's tabs: no second frame around the table.
      styles={{ header: { paddingInline: 0 }, body: { paddingInline: 0, paddingBottom: 0 } }}
      data-testid="group-members"
      title={
        <Flex align="center" gap={10}>
          {t('group.membersTitle')}
          <Tag color="blue" data-testid="member-count" data-count={members.length} style={{ fontWeight: 400 }}>
            {t('group.memberCount', { count: members.length })}
          </Tag>
        </Flex>
      }
      extra={
        <Flex gap={8} align="center" wrap>
          <Input
            allowClear
            size="middle"
            prefix={<SearchOutlined />}
            placeholder={t('group.filterMembers')}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            style={{ width: 200 }}
            aria-label={t('group.filterMembers')}
          />
          <Typography.Text type="secondary">
            <CalendarOutlined /> {t('group.asOf')}
          </Typography.Text>
          <DatePicker
            value={asOf ? dayjs(asOf) : null}
            onChange={(d: Dayjs | null) => onAsOf(d ? d.format('YYYY-MM-DD') : null)}
            presets={presets}
            // Shown in the UI language's form; a typed ISO date (2019-03-04) is understood in every one.
            format={['L', 'YYYY-MM-DD', 'YYYY/M/D']}
            // The calendar opens on the month the group was created, where the history starts.
            defaultPickerValue={dayjs(detail.group.createdOn)}
            placeholder={t('group.asOfPlaceholder')}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            aria-label={t('group.asOf')}
            data-testid="as-of-picker"
          />
          <TableExportMenu
            testId="members-export"
            exportAs={(format) =>
              exportMembers({ groupId: detail.group.id, ...(detail.asOf ? { asOf: detail.asOf } : {}), format })
            }
          />
        </Flex>
      }
    >
      {historical && (
        <Alert
          type="info"
          showIcon
          icon={<CalendarOutlined />}
          style={{ marginBottom: 16 }}
          data-testid="as-of-banner"
          title={t('group.asOfBanner', { date: formatDate(detail.asOf) })}
          description={t('group.asOfBannerDetail', { count: members.length })}
          action={
            <Button onClick={() => onAsOf(null)} data-testid="as-of-reset">
              {t('group.asOfReset')}
            </Button>
          }
        />
      )}
      {checked ? (
        <Segmented<Eligibility | 'all'>
          value={eligibility}
          onChange={setEligibility}
          style={{ marginBottom: 12 }}
          data-testid="eligibility-filter"
          options={[
            { value: 'all', label: `${t('common.all')} · ${members.length}` },
            ...ELIGIBILITIES.map((e) => ({ value: e, label: `${t(`membership.eligibility.${e}`)} · ${counts[e]}` })),
          ]}
        />
      ) : (
        !historical && (
          <Typography.Paragraph type="secondary" data-testid="no-charter-hint">
            {t('membership.noCharterHint')}
          </Typography.Paragraph>
        )
      )}
      <Table<MemberRow>
        rowKey="membershipId"
        size="middle"
        virtual={shown.length > VIRTUAL_FROM}
        scroll={shown.length > VIRTUAL_FROM ? { x: tableWidth(columns), y: 560 } : { x: tableWidth(columns) }}
        columns={columns}
        dataSource={shown}
        loading={loading}
        pagination={false}
        onRow={(m) => rowKeyboardProps(m, (row) => go({ page: 'person', id: row.personId }))}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                members.length > 0
                  ? t('membership.noMatch')
                  : historical
                    ? t('group.noMembersOn')
                    : t('group.noMembers')
              }
            />
          ),
        }}
        data-testid="members-table"
      />
    </Card>
  );
}
