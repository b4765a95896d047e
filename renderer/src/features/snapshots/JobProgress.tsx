import { Button, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SnapshotJobProgress } from '../../../../shared/contract';
import { useSnapshots } from './store';

/** Share of the whole job each phase takes, so the bar moves forward once across all phases. */
const SPAN: Record<SnapshotJobProgress['phase'], [number, number]> = {
  read: [0, 0.15],
  decrypt: [0.15, 0.25],
  parse: [0.25, 0.45],
  verify: [0.45, 1],
  write: [0, 1],
  export: [0, 1],
};

/**
 * The running snapshot job's progress bar, with its phase in words and a Cancel button. The job
 * runs in a worker thread: the window keeps answering, and a cancel stops it with nothing written.
 */
export function JobProgress({ ops }: { ops: Array<SnapshotJobProgress['op']> }) {
  const { t } = useTranslation();
  const progress = useSnapshots((s) => s.progress);
  const cancelling = useSnapshots((s) => s.cancelling);
  if (!progress || !ops.includes(progress.op)) return null;
  const [from, to] = SPAN[progress.phase];
  const percent = Math.round((from + (to - from) * progress.fraction) * 100);
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
