import { memo, useCallback, useEffect, useState } from 'react';
import { Button, Result, Skeleton } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../platform/api';
import { useNav } from '../../platform/nav';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PlatformTag } from '../../ui/tags';
import type { RunbookPageView, RunbookView } from '../../../../shared/contract';
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

  const goBack = useCallback(() => back({ page: 'operations' }), [back]);
  const startCancel = useCallback(() => setCancelling(true), []);

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

  return (
    <div data-testid="page-runbook" data-state={view.state}>
      <RunbookHeader view={view} onCancel={startCancel} onBack={goBack} />
      {error && <ErrorAlert error={error} onRetry={() => void useRunbook.getState().load(id)} />}
      {view.detail === 'full' && view.state === 'draft' && (
        <DraftView
          view={view}
          blocked={editing !== null}
          onEdit={() => setEditing({ view, target: editTarget(view) })}
        />
      )}
      {view.detail === 'walk' && (
        <WalkView view={view} blocked={cancelling || editing !== null} onCancel={startCancel} />
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

interface HeaderProps {
  view: RunbookPageView;
  onCancel: () => void;
  onBack: () => void;
}

/** What the header shows of a runbook: its name and tags change with its state, not with each step. */
function headerKey(view: RunbookPageView): string {
  return JSON.stringify([
    view.id,
    view.kind,
    view.state,
    view.reason,
    view.incident,
    view.groups,
    view.subject,
    view.detail === 'full' ? [view.unfinishedDissolve, view.steps.filter((s) => s.outcome !== 'done').length] : null,
  ]);
}

/**
 * The runbook's name, kind, state, reason and linked incident, and Cancel or Finish. Drawn again
 * only when one of those changes: a walk step must not redraw it before the next person shows.
 */
const RunbookHeader = memo(
  function RunbookHeader({ view, onCancel, onBack }: HeaderProps) {
    const { t } = useTranslation();
    const open = view.state === 'draft' || view.state === 'in_progress' || view.state === 'paused';
    const platforms = [...new Set(view.groups.map((g) => g.platform))];
    return (
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
          onBack={onBack}
          backLabel={t('operations.back')}
          extra={
            open ? (
              <Button danger icon={<StopOutlined />} onClick={onCancel} data-testid="runbook-cancel">
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
    );
  },
  (a, b) => a.onCancel === b.onCancel && a.onBack === b.onBack && headerKey(a.view) === headerKey(b.view),
);

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
