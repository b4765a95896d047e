import { Flex, Segmented } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { DashboardSummary, ExceptionRow } from '../../../../shared/contract';
import { AllClear } from '../../ui/AllClear';
import { LinkRow } from '../../ui/LinkRow';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { Panel } from './Panel';
import { PlainTag, PlainText } from '../../ui/plain';
import { Clamp } from '../../ui/Clamp';

export type ExceptionsTab = 'pending' | 'due';

/** "Person → group", the line both lists start with. */
function Who({ row }: { row: ExceptionRow }) {
  const { t } = useTranslation();
  return (
    <Flex gap={6} align="baseline" style={{ minWidth: 0 }}>
      <PlainText strong style={{ whiteSpace: 'nowrap' }}>
        {row.personName}
      </PlainText>
      <PlainText type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {t('insights.exceptions.into')}
      </PlainText>
      <Clamp text={row.groupName} lines={1} style={{ minWidth: 0 }} />
    </Flex>
  );
}

/**
 * Exception requests waiting for the approver, and approved exceptions whose review date is near
 * or past. Every line opens the group's exceptions, where the decision or review is recorded.
 */
export function ExceptionsPanel({
  summary,
  tab,
  onTab,
}: {
  summary: DashboardSummary;
  tab: ExceptionsTab;
  onTab: (tab: ExceptionsTab) => void;
}) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const today = dayjs().format('YYYY-MM-DD');
  const open = (row: ExceptionRow) => go({ page: 'group', id: row.groupId, tab: 'exceptions', exceptionId: row.id });
  const pending = summary.pendingExceptions;
  const due = summary.exceptionsDue;

  const pendingList =
    pending.length === 0 ? (
      <AllClear text={t('insights.exceptions.pendingNone')} />
    ) : (
      pending.map((row) => (
        <LinkRow key={row.id} onOpen={() => open(row)} testId="pending-exception">
          <Who row={row} />
          {/* Who asked and who decides, on as many lines as it takes: nothing of it is cut. */}
          <PlainText type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {t('insights.exceptions.requested', {
              name: row.requestedByName ?? t('insights.report.unknown'),
              date: formatDate(row.requestedOn),
            })}
            {' · '}
            {t('insights.exceptions.approver', { name: row.approverLabel })}
          </PlainText>
          <Clamp text={`“${row.reason}”`} lines={1} style={{ fontSize: 12 }} />
        </LinkRow>
      ))
    );

  const dueList =
    due.length === 0 ? (
      <AllClear text={t('insights.exceptions.dueNone')} />
    ) : (
      due.map((row) => {
        const overdue = row.reviewOn !== null && row.reviewOn < today;
        return (
          <LinkRow key={row.id} onOpen={() => open(row)} testId="exception-due">
            <Flex justify="space-between" align="center" gap={8}>
              <Who row={row} />
              {row.reviewOn && (
                <PlainTag color={overdue ? 'red' : 'orange'} style={{ marginInlineEnd: 0, flex: 'none' }}>
                  {overdue
                    ? t('insights.exceptions.overdue', { date: formatDate(row.reviewOn) })
                    : t('insights.exceptions.reviewBy', { date: formatDate(row.reviewOn) })}
                </PlainTag>
              )}
            </Flex>
            <PlainText type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {t('insights.exceptions.approver', { name: row.decidedByName ?? row.approverLabel })}
              {row.documentRef ? ` · ${row.documentRef}` : ''}
            </PlainText>
          </LinkRow>
        );
      })
    );

  return (
    <Panel
      testId="exceptions-panel"
      anchor="dashboard-exceptions"
      title={t('insights.exceptions.panelTitle')}
      icon={<SafetyCertificateOutlined style={{ color: '#fa8c16' }} />}
      count={pending.length + due.length}
      maxHeight={360}
    >
      {/* A segmented choice, not tabs: antd's tabs measure every tab as they mount, a layout of the
          whole page (119-135 ms at 10,000 people) in the frame that first shows the dashboard. */}
      <Segmented<ExceptionsTab>
        size="small"
        block
        value={tab}
        onChange={onTab}
        style={{ marginBottom: 8 }}
        options={[
          {
            value: 'pending',
            label: (
              <span data-testid="pending-exceptions-tab">
                {t('insights.exceptions.pendingTab')} ({pending.length})
              </span>
            ),
          },
          {
            value: 'due',
            label: (
              <span data-testid="exceptions-due-tab">
                {t('insights.exceptions.dueTab')} ({due.length})
              </span>
            ),
          },
        ]}
      />
      {tab === 'pending' ? (
        <div data-testid="pending-exceptions">{pendingList}</div>
      ) : (
        <div data-testid="exceptions-due">{dueList}</div>
      )}
    </Panel>
  );
}
