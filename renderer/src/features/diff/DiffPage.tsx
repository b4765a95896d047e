import { useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Progress, Select, Skeleton, Typography } from 'antd';
import { DiffOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { GroupRow } from '../../../../shared/contract';
import { PageHeader } from '../../ui/PageHeader';
import { ExportButtons } from '../../ui/ExportButtons';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { printNow } from '../../ui/usePrinting';
import { useSession } from '../../platform/session';
import { ensureStructure, UnitTreeSelect, useStructure } from '../organisation';
import { DiffResults } from './DiffResults';
import { SidePicker } from './SidePicker';
import { exportDiff, listGroups, useDiff, type DiffState } from './store';
import './diff.css';

/**
 * The Diff page: choose the two sides (a day, a snapshot file, now) and narrow to a group or a
 * unit; the changes per group, in people and in casework, printable and exported as PDF or XLSX.
 */
export function DiffPage() {
  const { t } = useTranslation();
  const organisation = useSession((s) => s.organisation);
  const report = useDiff((s) => s.report);
  const loading = useDiff((s) => s.loading);
  const busy = useDiff((s) => s.busy);
  const error = useDiff((s) => s.error);
  const from = useDiff((s) => s.from);
  const to = useDiff((s) => s.to);
  const groupId = useDiff((s) => s.groupId);
  const unitId = useDiff((s) => s.unitId);
  const structure = useStructure((s) => s.data);
  const [groups, setGroups] = useState<GroupRow[]>([]);

  useEffect(() => {
    ensureStructure();
    void listGroups({}).then(setGroups, () => undefined);
    if (!useDiff.getState().report) void useDiff.getState().run();
  }, []);

  const missing = [from, to].findIndex((side) => side.kind === 'snapshot' && !side.file);
  const request = useDiff.getState().request();

  return (
    <div data-testid="page-diff" className="gl-diff-page">
      <PageHeader
        title={t('diff.title')}
        description={t('diff.description')}
        extra={
          <span className="gl-no-print">
            <Flex gap={8} wrap>
              <ExportButtons
                testId="diff-export"
                disabled={!report || !request}
                exportAs={(format) => exportDiff({ ...useDiff.getState().request()!, format })}
              />
              <Button icon={<PrinterOutlined />} onClick={printNow} disabled={!report} data-testid="diff-print">
                {t('diff.print')}
              </Button>
            </Flex>
          </span>
        }
      />
      <Card variant="borderless" style={{ marginBottom: 16 }} className="gl-no-print" data-testid="diff-controls">
        <Flex gap={24} wrap align="flex-end">
          <SidePicker which="from" />
          <SidePicker which="to" />
          <Flex vertical gap={6}>
            <Typography.Text strong>{t('diff.group')}</Typography.Text>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('diff.allGroups')}
              value={groupId}
              onChange={(value: string | undefined) => useDiff.getState().setFilter({ groupId: value ?? null })}
              options={groups.map((g) => ({ value: g.id, label: g.name }))}
              style={{ width: 220 }}
              aria-label={t('diff.group')}
              data-testid="diff-group-filter"
            />
          </Flex>
          <Flex vertical gap={6}>
            <Typography.Text strong>{t('diff.unit')}</Typography.Text>
            <div style={{ width: 200 }}>
              <UnitTreeSelect
                units={structure?.units ?? []}
                value={unitId}
                onChange={(id) => useDiff.getState().setFilter({ unitId: id })}
                placeholder={t('diff.allUnits')}
                allowClear
                testId="diff-unit-filter"
              />
            </div>
          </Flex>
          <Button
            type="primary"
            icon={<DiffOutlined />}
            loading={loading}
            disabled={missing >= 0}
            onClick={() => void useDiff.getState().run()}
            data-testid="diff-run"
          >
            {t('diff.compare')}
          </Button>
        </Flex>
        {missing >= 0 && !busy && (
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
            {t('diff.needFile', { side: t(missing === 0 ? 'diff.from' : 'diff.to') })}
          </Typography.Paragraph>
        )}
        {busy && <DiffProgress busy={busy} />}
      </Card>
      {error && <ErrorAlert error={error} />}
      {!report ? (
        loading && <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <DiffResults report={report} organisation={organisation?.name ?? report.organisation} />
      )}
      {report && report.organisation !== (organisation?.name ?? report.organisation) && (
        <Alert type="info" showIcon title={report.organisation} />
      )}
    </div>
  );
}

/** How far the file being checked or the diff being run is, and a button that stops it. */
function DiffProgress({ busy }: { busy: NonNullable<DiffState['busy']> }) {
  const { t } = useTranslation();
  const label =
    busy.op === 'run'
      ? t('diff.comparing')
      : t('diff.checking', { side: t(busy.op === 'choose-from' ? 'diff.from' : 'diff.to') });
  return (
    <Flex vertical gap={4} style={{ marginTop: 12, maxWidth: 640 }} data-testid="diff-progress">
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Flex gap={12} align="center">
        <Progress percent={Math.round(busy.fraction * 100)} status="active" style={{ flex: 1, margin: 0 }} />
        <Button size="small" onClick={() => void useDiff.getState().cancel()} data-testid="diff-cancel">
          {t('diff.stop')}
        </Button>
      </Flex>
    </Flex>
  );
}
