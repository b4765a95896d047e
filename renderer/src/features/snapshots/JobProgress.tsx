import { Button, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SnapshotJobProgress } from '../../../../shared/contract';
import { jobFraction } from '../../../../shared/snapshotProgress';
import { useSnapshots } from './store';

/**
 * The running snapshot job's progress bar, with its phase in words and a Cancel button. The job
 * runs in a worker thread: the window keeps answering, and a cancel stops it with nothing written.
 */
export function JobProgress({ ops }: { ops: Array<SnapshotJobProgress['op']> }) {
  const { t } = useTranslation();
  const progress = useSnapshots((s) => s.progress);
  const cancelling = useSnapshots((s) => s.cancelling);
  if (!progress || !ops.includes(progress.op)) return null;
  const percent = Math.round(jobFraction(progress.phase, progress.fraction) * 100);
  return (
    <Flex vertical gap={4} style={{ marginTop: 16 }} data-testid="snapshot-progress">
      <Typography.Text type="secondary">{t(`snapshots.phase.${progress.phase}`)}</Typography.Text>
      <Flex gap={12} align="center">
        <Progress percent={percent} status="active" style={{ flex: 1, margin: 0 }} />
        <Button
          size="small"
          loading={cancelling}
          onClick={() => void useSnapshots.getState().cancelJob()}
          data-testid="snapshot-cancel"
        >
          {t('snapshots.cancelJob')}
        </Button>
      </Flex>
    </Flex>
  );
}
