import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { tableWidth } from '../../ui/tableWidth';
import type { PersonDetail } from '../../../../shared/contract';
import { GroupStatusTag, PlatformTag, RoleTag } from '../../ui/tags';
import { rowKeyboardProps } from '../../ui/useRowKeyboard';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { EligibilityTag } from '../groups';
import { CompactEmpty } from './CompactEmpty';

type Row = PersonDetail['memberships'][number];

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/**
 * A person's memberships (current or past), each row opening the group. Current rows show how the
 * person stands against the group's charter today; both show who added them and who asked.
 */
export function MembershipTable({ rows, past, emptyText }: { rows: Row[]; past: boolean; emptyText: string }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const columns: TableColumnsType<Row> = [
    {
      key: 'group',
      title: t('person.col.group'),
      dataIndex: 'groupName',
      width: 190,
      render: (name: string, m: Row) => (
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text strong ellipsis={{ tooltip: name }}>
            {name}
          </Typography.Text>
          <Flex gap={4} wrap>
            <PlatformTag platform={m.platform} />
            <RoleTag role={m.role} />
            {m.groupStatus !== 'active' && <GroupStatusTag status={m.groupStatus} />}
          </Flex>
        </Flex>
      ),
    },
    ...(past
      ? []
      : [
          {
            key: 'eligibility',
            title: t('directory.person.eligibility'),
            dataIndex: 'eligibility',
            width: 112,
            render: (e: Row['eligibility']) => (e ? <EligibilityTag eligibility={e} /> : dash),
          },
        ]),
    {
      key: 'joined',
      title: t('person.col.joined'),
      dataIndex: 'joinedOn',
      width: 108,
      render: (d: string) => <span data-testid="membership-joined">{formatDate(d)}</span>,
    },
    ...(past
      ? [
          {
            key: 'left',
            title: t('person.col.left'),
            dataIndex: 'leftOn',
            width: 140,
            render: (d: string | null, m: Row) => (
              <Flex vertical>
                <span data-testid="membership-left">{formatDate(d)}</span>
                {m.leftReason && (
                  <Typography.Text
                    type="secondary"
                    style={{ fontSize: 12 }}
                    ellipsis={{ tooltip: m.leftReason }}
                    data-testid="membership-reason"
                  >
                    {m.leftReason}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
        ]
      : []),
    {
      key: 'addedBy',
      title: t('directory.person.addedBy'),
      width: 120,
      render: (_: unknown, m: Row) => (
        <Flex vertical>
          <span data-testid="membership-added-by">{m.addedByName ?? '—'}</span>
          {m.requestedByName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('directory.person.requestedBy', { name: m.requestedByName })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'basis',
      title: t('person.col.basis'),
      dataIndex: 'basis',
      width: 130,
      render: (b: Row['basis'], m: Row) => (
        <Tooltip title={b === 'exception' ? undefined : (m.basisRef ?? undefined)}>
          <Tag color={b === 'exception' ? 'orange' : b === 'charter' || b === 'founding' ? 'blue' : 'default'}>
            {t(`basis.${b}`)}
          </Tag>
        </Tooltip>
      ),
    },
  ];
  // No table header over nothing: one quiet line says so.
  if (rows.length === 0) return <CompactEmpty text={emptyText} padded />;
  return (
    <Table<Row>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, hideOnSinglePage: true } : false}
      scroll={{ x: tableWidth(columns) }}
      onRow={(row) =>
        ({
          ...rowKeyboardProps(row, (r) => go({ page: 'group', id: r.groupId })),
          'data-testid': 'membership-row',
        }) as object
      }
      locale={{ emptyText: <CompactEmpty text={emptyText} /> }}
    />
  );
}
