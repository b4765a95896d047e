import { Empty, Flex, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LedgerEvent } from '../../../shared/domain';
import { formatDateTime } from '../i18n/format';
import { useDirectory } from '../platform/directory';
import { eventColor, eventSummary, kindLabel } from '../platform/eventText';

interface Props {
  events: LedgerEvent[] | null;
  total?: number;
  loading?: boolean;
  emptyText: string;
}

/** A subject's history, newest first, in the UI language. */
export function EventTimeline({ events, total, loading, emptyText }: Props) {
  const { t } = useTranslation();
  const directory = useDirectory();
  if (!events) return loading ? <Skeleton active paragraph={{ rows: 4 }} /> : null;
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <>
      <Timeline
        data-testid="history-timeline"
        items={events.map((event) => {
          const summary = eventSummary(t, event, directory);
          return {
            key: event.seq,
            color: eventColor(event.kind),
            content: (
              <div data-testid="history-item" data-kind={event.kind}>
                <Flex justify="space-between" gap={12} wrap>
                  <Typography.Text strong>{kindLabel(t, event.kind)}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(event.at)}
                  </Typography.Text>
                </Flex>
                {summary && <div style={{ marginTop: 2 }}>{summary}</div>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('events.by', { actor: event.actor })}
                </Typography.Text>
              </div>
            ),
          };
        })}
      />
      {total !== undefined && total > events.length && (
        <Typography.Text type="secondary">{t('events.more', { shown: events.length, total })}</Typography.Text>
      )}
    </>
  );
}
