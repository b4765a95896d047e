import { useRef } from 'react';
import { Button, DatePicker, Flex, Segmented, Typography } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useDiff, type SideKind } from './store';

/**
 * One side of the diff: a day of the ledger (date picker), a snapshot file (the host's open dialog
 * in the app, the page's own file picker in browser mode), or now.
 */
export function SidePicker({ which }: { which: 'from' | 'to' }) {
  const { t } = useTranslation();
  const side = useDiff((s) => s[which]);
  const busy = useDiff((s) => s.busy);
  const checking = busy?.op === `choose-${which}`;
  const input = useRef<HTMLInputElement>(null);

  const choose = async () => {
    const store = useDiff.getState();
    if (await store.picksFilesItself()) input.current?.click();
    else await store.chooseFile(which);
  };

  return (
    <Flex vertical gap={6} data-testid={`diff-${which}`}>
      <Typography.Text strong>{t(`diff.${which}`)}</Typography.Text>
      <Segmented<SideKind>
        value={side.kind}
        onChange={(kind) => useDiff.getState().setSide(which, { kind })}
        options={(['date', 'snapshot', 'now'] as const).map((kind) => ({
          value: kind,
          label: <span data-testid={`diff-${which}-kind-${kind}`}>{t(`diff.kind.${kind}`)}</span>,
        }))}
      />
      {side.kind === 'date' && (
        <DatePicker
          value={dayjs(side.date)}
          allowClear={false}
          format={['L', 'YYYY-MM-DD', 'YYYY/M/D']}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          onChange={(d: Dayjs | null) => d && useDiff.getState().setSide(which, { date: d.format('YYYY-MM-DD') })}
          aria-label={t(`diff.${which}`)}
          data-testid={`diff-${which}-date`}
          style={{ width: 200 }}
        />
      )}
      {side.kind === 'snapshot' && (
        <Flex vertical gap={4} style={{ maxWidth: 320 }}>
          <Button
            icon={<FolderOpenOutlined />}
            loading={checking}
            disabled={busy !== null && !checking}
            onClick={() => void choose()}
            data-testid={`diff-${which}-choose`}
          >
            {t('diff.chooseFile')}
          </Button>
          <Typography.Text
            type="secondary"
            // A snapshot's name is long and has no spaces: it wraps anywhere rather than being cut,
            // where it must only (break-all also split the date after it: "2" / "026年12月5日").
            style={{ fontSize: 12, maxWidth: 320, overflowWrap: 'anywhere' }}
            data-testid={`diff-${which}-file`}
          >
            {side.file
              ? t('diff.chosen', { file: side.file.fileName, date: formatDateTime(side.file.exportedAt) })
              : t('diff.noFile')}
          </Typography.Text>
          <input
            ref={input}
            type="file"
            accept=".groupledger,.json,application/json"
            hidden
            data-testid={`diff-${which}-input`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void useDiff.getState().uploadFile(which, file);
            }}
          />
        </Flex>
      )}
      {side.kind === 'now' && (
        <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>
          {formatDate(dayjs().format('YYYY-MM-DD'))}
        </Typography.Text>
      )}
    </Flex>
  );
}
