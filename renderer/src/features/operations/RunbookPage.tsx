import { useEffect, useState } from 'react';
import { Button, Result, Skeleton } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../platform/api';
import { useNav } from '../../platform/nav';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PlatformTag } from '../../ui/tags';
import type { RunbookView } from '../../../../shared/contract';
import { useRunbook } from './store';
import { runbookName } from './format';
import { RunbookKindTag, RunbookStateTag } from './RunbookTags';
import { DraftView } from './DraftView';
import { WalkView } from './WalkView';
import { RunbookReportView } from './RunbookReport';
import { CancelModal } from './CancelModal';
import { IncidentLink } from './IncidentLink';
import { PlanDialog, type PlanTarget } from './PlanDialog';
import { FinishDissolutionButton } from './PlanActions';

/**
 * One runbook: the draft with Start, the walk one person at a time, or the report. Everything on
 * it is read from the registry, so a reload (or a restart) comes back to the same step.
 */
export function RunbookPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const back = useNav((s) => s.back);
  const view = useRunbook((s) => (s.id === id ? s.view : null));
  const error = useRunbook((s) => (s.id === id ? s.error : null));
  const [cancelling, setCancelling] = useState(false);
  // The draft as it was when the dialog opened: a refresh while it is open must not reset the form.
  const [editing, setEditing] = useState<{ view: RunbookView; target: PlanTarget } | null>(null);

  useEffect(() => {
    void useRunbook.getState().load(id);
  }, [id]);

  const goBack = () => back({ page: 'operations' });

  if (!view) {
    return (
      <div data-testid="page-runbook">
        <PageHeader title={t('operations.title')} onBack={goBack} backLabel={t('operations.back')} />
        {error ? (
          error instanceof ApiError && error.code === 'not_found' ? (
            <Result status="404" title={t('common.notFound')} subTitle={error.message} />
          ) : (
            <ErrorAlert error={error} onRetry={() => void useRunbook.getState().load(id)} />
          )
        ) : (
          <Skeleton active paragraph={{ rows: 10 }} />
        )}
      </div>
    );
  }

  const open = view.state === 'draft' || view.state === 'in_progress' || view.state === 'paused';
  const platforms = [...new Set(view.groups.map((g) => g.platform))];

  return (
    <div data-testid="page-runbook" data-state={view.state}>
      <div className="gl-no-print">
        <PageHeader
          title={<span data-testid="runbook-name">{runbookName(t, view)}</span>}
          tags={
            <>
              <RunbookKindTag kind={view.kind} />
              <RunbookStateTag state={view.state} />
              {platforms.map((p) => (
                <PlatformTag key={p} platform={p} />
              ))}
            </>
          }
          description={
            <>
              {view.reason}
              {/* An ended runbook's report names the incident itself. */}
              {view.incident && open && (
                <span style={{ display: 'block', marginTop: 4 }}>
                  {t('operations.report.incident')}
                  {t('operations.colon')}
                  <IncidentLink incident={view.incident} />
                </span>
              )}
            </>
          }
          onBack={goBack}
          backLabel={t('operations.back')}
          extra={
            open ? (
              <Button danger icon={<StopOutlined />} onClick={() => setCancelling(true)} data-testid="runbook-cancel">
                {view.state === 'draft' ? t('operations.draft.discard') : t('operations.walk.cancel')}
              </Button>
            ) : (
              view.detail === 'full' &&
              view.unfinishedDissolve &&
              view.groups[0] && (
                // The dissolution left people in the group: walk them to finish it.
                <FinishDissolutionButton
                  groupId={view.groups[0].groupId}
                  groupName={view.groups[0].name}
                  remaining={view.steps.filter((s) => s.outcome !== 'done').length}
                />
              )
            )
          }
        />
      </div>
      {error && <ErrorAlert error={error} onRetry={() => void useRunbook.getState().load(id)} />}
      {view.detail === 'full' && view.state === 'draft' && (
        <DraftView
          view={view}
          blocked={editing !== null}
          onEdit={() => setEditing({ view, target: editTarget(view) })}
        />
      )}
      {view.detail === 'walk' && (
        <WalkView view={view} blocked={cancelling || editing !== null} onCancel={() => setCancelling(true)} />
      )}
      {view.detail === 'full' && (view.state === 'finished' || view.state === 'cancelled') && (
        <RunbookReportView view={view} />
      )}
      <CancelModal view={view} open={cancelling} onClose={() => setCancelling(false)} />
      {/* Kept here, not in the draft view: a start from elsewhere must not take the dialog away
          unsaved — saving then shows the registry's refusal. */}
      {editing && <PlanDialog target={editing.target} editing={editing.view} onClose={() => setEditing(null)} />}
    </div>
  );
}

/** What the plan dialog shows when a draft is changed: its group or its leaver. */
function editTarget(view: RunbookView): PlanTarget {
  const group = view.groups[0];
  const base = { groupId: group?.groupId ?? '', groupName: group?.name ?? '' };
  switch (view.kind) {
    case 'offboard':
      return {
        kind: 'offboard',
        personId: view.subject?.personId ?? '',
        personName: view.subject?.name ?? '',
        groups: view.groups.map((g) => ({ groupId: g.groupId, groupName: g.name, owner: false })),
      };
    case 'prune':
      return { kind: 'prune', ...base, outsiders: [] };
    default:
      return { kind: view.kind, ...base, memberCount: view.steps.length };
  }
}
