import { Empty, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../shared/contract';
import { PlatformTag, RoleTag } from '../../components/tags';
import { rowKeyboardProps } from '../../hooks/useRowKeyboard';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../stores/nav';

type Row = PersonDetail['memberships'][number];

/** A person's memberships (current or past), each row opening the group. */
export function MembershipTable({ rows, past, emptyText }: { rows: Row[]; past: boolean; emptyText: string }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const columns: TableColumnsType<Row> = [
    {
      key: 'group',
      title: t('person.col.group'),
      dataIndex: 'groupName',
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      key: 'platform',
      title: t('person.col.platform'),
      dataIndex: 'platform',
      width: 130,
      render: (p: Row['platform']) => <PlatformTag platform={p} />,
    },
    {
      key: 'role',
      title: t('person.col.role'),
      dataIndex: 'role',
      width: 120,
      render: (r: Row['role']) => <RoleTag role={r} />,
    },
    {
      key: 'joined',
      title: t('person.col.joined'),
      dataIndex: 'joinedOn',
      width: 130,
      render: (d: string) => formatDate(d),
    },
    ...(past
      ? [
          {
            key: 'left',
            title: t('person.col.left'),
            dataIndex: 'leftOn',
            width: 130,
            render: (d: string | null) => formatDate(d),
          },
          {
            key: 'reason',
            title: t('person.col.reason'),
            dataIndex: 'leftReason',
            ellipsis: true,
            render: (r: string | null) => r ?? '—',
          },
        ]
      : [
          {
            key: 'basis',
            title: t('person.col.basis'),
            dataIndex: 'basis',
            width: 170,
            render: (b: Row['basis']) => <Tag color={b === 'exception' ? 'orange' : 'blue'}>{t(`basis.${b}`)}</Tag>,
          },
        ]),
  ];
  return (
    <Table<Row>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, hideOnSinglePage: true } : false}
      scroll={{ x: 720 }}
      onRow={(row) => rowKeyboardProps(row, (r) => go({ page: 'group', id: r.groupId }))}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
    />
  );
}
