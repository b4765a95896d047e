import { Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunbookStepView } from '../../../../shared/contract';
import { RoleTag } from '../../ui/tags';
import { formatDateTime } from '../../i18n/format';
import { OUTCOME_COLOR } from './format';

export function OutcomeTag({ outcome }: { outcome: RunbookStepView['outcome'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={outcome ? OUTCOME_COLOR[outcome] : 'default'} data-outcome={outcome ?? 'pending'}>
      {t(`operations.outcome.${outcome ?? 'pending'}`)}
    </Tag>
  );
}

interface Props {
  steps: RunbookStepView[];
  /** The step the walk is on, marked. */
  current?: number | null;
  /** Show the group column (offboard touches several groups). */
  showGroup: boolean;
  /** On paper every row shows; on screen the table scrolls. */
  scrollY?: number;
  testId?: string;
}

/** Every step with who, what, and its outcome so far. */
export function StepsTable({ steps, current, showGroup, scrollY, testId }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<RunbookStepView> = [
    { key: 'ord', title: '#', width: 56, render: (_, s) => s.ord },
    {
      key: 'name',
      title: t('operations.report.person'),
      render: (_, s) => (
        <>
          <Typography.Text strong>{s.name}</Typography.Text>
          {s.position && (
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {s.position}
            </Typography.Text>
          )}
        </>
      ),
    },
    { key: 'unit', title: t('operations.report.unit'), ellipsis: true, render: (_, s) => s.unitName ?? '—' },
    ...(showGroup
      ? [
          {
            key: 'group',
            title: t('operations.report.group'),
            ellipsis: true,
            render: (_: unknown, s: RunbookStepView) => s.groupName,
          },
        ]
      : []),
    {
      key: 'action',
      title: t('operations.report.action'),
      width: 150,
      render: (_, s) => (
        <>
          {t(`operations.action.${s.action}`)} {s.role && s.role !== 'member' && <RoleTag role={s.role} />}
        </>
      ),
    },
    {
      key: 'outcome',
      title: t('operations.report.outcome'),
      width: 100,
      render: (_, s) => <OutcomeTag outcome={s.outcome} />,
    },
    { key: 'at', title: t('operations.report.time'), width: 190, render: (_, s) => (s.at ? formatDateTime(s.at) : '') },
    {
      key: 'note',
      title: t('operations.report.note'),
      render: (_, s) => [s.note, s.drift ? t(`operations.drift.${s.drift}`) : null].filter(Boolean).join(' · ') || null,
    },
  ];
  return (
    <Table<RunbookStepView>
      rowKey="ord"
      size="small"
      columns={columns}
      dataSource={steps}
      pagination={false}
      scroll={scrollY ? { y: scrollY } : undefined}
      rowClassName={(s) => (s.ord === current ? 'gl-step-current' : '')}
      data-testid={testId}
    />
  );
}
