import { Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunbookSummary } from '../../../../shared/contract';
import { STATE_COLOR } from './format';

export function RunbookStateTag({ state }: { state: RunbookSummary['state'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOR[state]} data-state={state}>
      {t(`operations.state.${state}`)}
    </Tag>
  );
}

export function RunbookKindTag({ kind }: { kind: RunbookSummary['kind'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={kind === 'rebuild' ? 'blue' : kind === 'dissolve' ? 'volcano' : 'gold'}>
      {t(`operations.kind.${kind}`)}
    </Tag>
  );
}

export function RunbookProgress({ runbook, width = 140 }: { runbook: RunbookSummary; width?: number }) {
  const { done, total } = runbook.progress;
  return (
    <Progress
      percent={total === 0 ? 0 : Math.round((done / total) * 100)}
      size={[width, 8]}
      format={() => `${done}/${total}`}
      status={runbook.state === 'cancelled' ? 'exception' : runbook.state === 'finished' ? 'success' : 'normal'}
    />
  );
}
