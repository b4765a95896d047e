import { Button, Card, Col, Flex, Row, Skeleton, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { GroupDetail, ScopeCreepEntry, ScopeCreepGroupSummary, Tier, Unit } from '../../../../shared/contract';
import type { Locale } from '../../../../shared/domain';
import { PlatformTag } from '../../ui/tags';
import { collator, formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { useLocale } from '../../platform/settings';
import { EligibilityTag, mismatchText } from '../groups';
import { CharterSummary } from './CharterSummary';
import { exceptionFor } from './exceptionFor';
import { useGroupDetail } from './useGroupDetail';
import { usePrinting } from '../../ui/usePrinting';
import { tableWidth } from '../../ui/tableWidth';

function ExceptionCell(props: { entry: ScopeCreepEntry; detail: GroupDetail | null; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const { entry, detail } = props;
  const ex = detail ? exceptionFor(entry, detail.exceptions) : null;
  if (!ex) {
    if (entry.exceptionId !== null) {
      return (
        <Typography.Link onClick={() => props.onOpen(entry.exceptionId!)}>
          {t('insights.report.exceptionApproved', { id: entry.exceptionId })}
        </Typography.Link>
      );
    }
    return <Typography.Text type="secondary">{t('insights.report.noException')}</Typography.Text>;
  }
  const text =
    ex.status === 'approved'
      ? t('insights.report.exceptionApproved', { id: ex.id })
      : ex.status === 'pending'
        ? t('insights.report.exceptionPending', { id: ex.id })
        : t('insights.report.exceptionRejected', { id: ex.id });
  const color = ex.status === 'approved' ? 'warning' : ex.status === 'pending' ? 'processing' : 'default';
  return (
    <Flex vertical gap={2}>
      <Tag
        color={color}
        role="link"
        tabIndex={0}
        style={{ cursor: 'pointer', marginInlineEnd: 0, width: 'fit-content' }}
        onClick={() => props.onOpen(ex.id)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            props.onOpen(ex.id);
          }
        }}
        data-testid="report-exception"
        data-status={ex.status}
      >
        {text}
      </Tag>
      {ex.decidedOn && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[ex.decidedByName, formatDate(ex.decidedOn), ex.documentRef].filter(Boolean).join(' · ')}
        </Typography.Text>
      )}
    </Flex>
  );
}

function columns(
  t: TFunction,
  locale: Locale,
  detail: GroupDetail | null,
  openPerson: (id: string) => void,
  openExceptions: (exceptionId: number) => void,
): TableColumnsType<ScopeCreepEntry> {
  const unknown = <Typography.Text type="secondary">{t('insights.report.unknown')}</Typography.Text>;
  return [
    {
      key: 'name',
      title: t('insights.report.col.name'),
      dataIndex: 'name',
      width: 90,
      sorter: (a, b) => collator(locale).compare(a.name, b.name),
      render: (name: string, row) => (
        <Typography.Link strong onClick={() => openPerson(row.personId)} data-testid="report-person">
          {name}
        </Typography.Link>
      ),
    },
    {
      key: 'place',
      title: t('insights.report.col.place'),
      width: 142,
      render: (_: unknown, row) => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[row.unitName, row.tierName, row.position].filter(Boolean).join(' · ') || t('insights.report.unknown')}
        </Typography.Text>
      ),
    },
    {
      key: 'standing',
      title: t('insights.report.col.standing'),
      width: 112,
      filters: [
        { text: t('insights.report.eligibility.outside'), value: 'outside' },
        { text: t('insights.report.eligibility.exception'), value: 'exception' },
      ],
      onFilter: (value, row) => row.eligibility === value,
      render: (_: unknown, row) => <EligibilityTag eligibility={row.eligibility} mismatches={row.mismatches} />,
    },
    {
      key: 'basis',
      title: t('insights.report.col.basis'),
      width: 130,
      render: (_: unknown, row) => (
        <Flex vertical gap={0}>
          <span data-testid="report-basis" data-basis={row.basis}>
            {t(`basis.${row.basis}`)}
          </span>
          {/* An exception's own id is no business of the reader: the exception column says who approved it. */}
          {row.basisRef && row.basis !== 'exception' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.basisRef}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'requestedBy',
      title: t('insights.report.col.requestedBy'),
      dataIndex: 'requestedByName',
      width: 84,
      render: (name: string | null) => name ?? unknown,
    },
    {
      key: 'addedBy',
      title: t('insights.report.col.addedBy'),
      dataIndex: 'addedByName',
      width: 84,
      render: (name: string | null) => name ?? unknown,
    },
    {
      key: 'joinedOn',
      title: t('insights.report.col.joinedOn'),
      dataIndex: 'joinedOn',
      width: 106,
      defaultSortOrder: 'ascend',
      sorter: (a, b) => a.joinedOn.localeCompare(b.joinedOn) || collator(locale).compare(a.name, b.name),
      render: (d: string) => formatDate(d),
    },
    {
      key: 'fails',
      title: t('insights.report.col.fails'),
      width: 120,
      render: (_: unknown, row) => (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {mismatchText(t, row.mismatches)}
        </Typography.Text>
      ),
    },
    {
      key: 'exception',
      title: t('insights.report.col.exception'),
      width: 130,
      render: (_: unknown, row) => <ExceptionCell entry={row} detail={detail} onOpen={openExceptions} />,
    },
  ];
}

const PAGE = 50;

/** One group of the scope-creep report: its charter, its counts, and everyone outside it. */
export function ScopeCreepSection(props: {
  group: ScopeCreepGroupSummary;
  /** Everyone outside the charter; undefined while they are read. */
  entries: ScopeCreepEntry[] | undefined;
  /** When the report was made: the section reads its group again for each new report. */
  stamp: string;
  tiers: readonly Tier[];
  units: readonly Unit[];
  highlighted: boolean;
}) {
  const printing = usePrinting();
  const { t } = useTranslation();
  const locale = useLocale();
  const go = useNav((s) => s.go);
  const { group, entries } = props;
  const detail = useGroupDetail(group.groupId, props.stamp);
  const openGroup = () => go({ page: 'group', id: group.groupId, tab: 'members', eligibility: 'outside' });
  const openExceptions = (exceptionId: number) =>
    go({ page: 'group', id: group.groupId, tab: 'exceptions', exceptionId });
  const counts = [
    { key: 'members', label: t('insights.report.members'), value: group.members },
    { key: 'in', label: t('insights.report.inCharter'), value: group.inCharter, color: '#52c41a' },
    { key: 'exception', label: t('insights.report.byException'), value: group.byException, color: '#faad14' },
    { key: 'outside', label: t('insights.report.outside'), value: group.outside, color: '#ff4d4f' },
  ];
  const entryColumns = columns(t, locale, detail ?? null, (id) => go({ page: 'person', id }), openExceptions);
  return (
    <Card
      id={`report-group-${group.groupId}`}
      className={`gl-report-section${props.highlighted ? ' gl-report-highlight' : ''}`}
      variant="borderless"
      data-testid="report-group"
      data-group-id={group.groupId}
      style={{ marginBottom: 16, scrollMarginTop: 80 }}
      title={
        <Flex align="center" gap={10} wrap style={{ padding: '8px 0' }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="report-group-name">
            {group.name}
          </Typography.Title>
          <PlatformTag platform={group.platform} />
        </Flex>
      }
      extra={
        <Button type="link" onClick={openGroup} className="gl-no-print" data-testid="report-open-group">
          {t('insights.report.openGroup')} <RightOutlined />
        </Button>
      }
    >
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {counts.map((c) => (
          <Col key={c.key} xs={12} md={6}>
            <Statistic
              title={c.label}
              value={c.value}
              styles={{ content: c.color ? { color: c.color } : undefined }}
              data-testid={`report-count-${c.key}`}
            />
          </Col>
        ))}
      </Row>
      {detail === undefined && <Skeleton active title={false} paragraph={{ rows: 3 }} />}
      {detail && (
        <div style={{ marginBottom: 16 }}>
          <CharterSummary detail={detail} tiers={props.tiers} units={props.units} />
        </div>
      )}
      {entries === undefined ? (
        <Skeleton active title={false} paragraph={{ rows: 4 }} data-loading="true" />
      ) : (
        <Table<ScopeCreepEntry>
          rowKey="personId"
          size="small"
          // A group that has crept by hundreds shows them a page at a time on screen.
          pagination={
            !printing && entries.length > PAGE ? { pageSize: PAGE, showSizeChanger: false, size: 'small' } : false
          }
          columns={entryColumns}
          dataSource={entries}
          scroll={{ x: tableWidth(entryColumns) }}
          locale={{ emptyText: t('insights.report.tableEmpty') }}
          data-testid="report-entries"
        />
      )}
    </Card>
  );
}
