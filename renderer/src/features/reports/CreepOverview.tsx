import { Progress, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScopeCreepGroupSummary } from '../../../../shared/contract';
import { PlatformTag } from '../../ui/tags';
import { collator } from '../../i18n/format';
import { useLocale } from '../../platform/settings';
import { usePrinting } from '../../ui/usePrinting';

const PAGE = 50;

/**
 * Every crept group on one line (the page the director reads first): members, in the charter, by
 * exception, outside. A name opens that group's detailed section below.
 */
export function CreepOverview({
  groups,
  onOpen,
}: {
  groups: ScopeCreepGroupSummary[];
  onOpen: (groupId: string) => void;
}) {
  const printing = usePrinting();
  const { t } = useTranslation();
  const locale = useLocale();
  const number = (key: keyof ScopeCreepGroupSummary, color?: string) => ({
    dataIndex: key,
    width: 110,
    align: 'right' as const,
    sorter: (a: ScopeCreepGroupSummary, b: ScopeCreepGroupSummary) => (a[key] as number) - (b[key] as number),
    render: (n: number) => <Typography.Text style={{ color: n > 0 ? color : undefined }}>{n}</Typography.Text>,
  });
  const columns: TableColumnsType<ScopeCreepGroupSummary> = [
    {
      key: 'name',
      title: t('insights.report.col.group'),
      dataIndex: 'name',
      sorter: (a, b) => collator(locale).compare(a.name, b.name),
      render: (name: string, row) => (
        <Typography.Link strong onClick={() => onOpen(row.groupId)} data-testid="overview-group">
          {name}
        </Typography.Link>
      ),
    },
    {
      key: 'platform',
      title: t('insights.report.col.platform'),
      dataIndex: 'platform',
      width: 120,
      render: (p: ScopeCreepGroupSummary['platform']) => <PlatformTag platform={p} />,
    },
    { key: 'members', title: t('insights.report.members'), ...number('members') },
    { key: 'in', title: t('insights.report.inCharter'), ...number('inCharter', '#389e0d') },
    { key: 'exception', title: t('insights.report.byException'), ...number('byException', '#d48806') },
    { key: 'outside', title: t('insights.report.outside'), ...number('outside', '#cf1322') },
    {
      key: 'share',
      title: t('insights.report.col.share'),
      width: 160,
      render: (_: unknown, row) => (
        <Progress
          percent={Math.round((row.outside / Math.max(1, row.members)) * 100)}
          size="small"
          strokeColor="#ff4d4f"
          style={{ margin: 0 }}
        />
      ),
    },
  ];
  return (
    <Table<ScopeCreepGroupSummary>
      rowKey="groupId"
      size="small"
      columns={columns}
      dataSource={groups}
      pagination={!printing && groups.length > PAGE ? { pageSize: PAGE, showSizeChanger: false, size: 'small' } : false}
      data-testid="report-overview"
    />
  );
}
