import { useEffect, useState } from 'react';
import { App, Button, Card, Empty, Flex, Tooltip, Typography } from 'antd';
import { ToolOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../../shared/contract';
import { OPEN_RUNBOOK_STATES } from '../../../../shared/vocabulary';
import { useNav } from '../../platform/nav';
import { LinkRow } from '../../ui/LinkRow';
import { formatDateTime } from '../../i18n/format';
import { getGroupDetail, listRunbooks, useIncidentRunbooks } from './store';
import { runbookName } from './format';
import { RunbookProgress, RunbookStateTag } from './RunbookTags';
import { PlanDialog, pruneCandidates, type PlanPrefill, type PlanTarget } from './PlanDialog';
import { lastDecision, prefillOf } from './fromDecision';

/**
 * The incident page's operations: the runbooks linked to it (state, progress; each opens), and
 * "Plan an operation from this decision…" — the plan dialog filled in from the last decision,
 * linked to the incident, for the incident's group; where an open runbook already holds the group,
 * the dialog offers to open it or (a draft) to link it instead.
 */
export function IncidentRunbooks({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const go = useNav((s) => s.go);
  const rows = useIncidentRunbooks((s) => (s.params?.incidentId === incident.id ? s.data : null));
  const [plan, setPlan] = useState<{ target: PlanTarget; prefill: PlanPrefill } | null>(null);
  const [preparing, setPreparing] = useState(false);

  useEffect(() => {
    void useIncidentRunbooks.getState().load({ incidentId: incident.id });
  }, [incident.id]);

  const decision = lastDecision(incident.steps);
  const why = !incident.groupId ? 'noGroup' : !decision ? 'noDecision' : null;

  const prepare = async () => {
    if (!incident.groupId || !decision) return;
    setPreparing(true);
    try {
      const [detail, held] = await Promise.all([
        getGroupDetail({ id: incident.groupId }),
        listRunbooks({ groupId: incident.groupId }),
      ]);
      if (detail.group.status !== 'active') {
        message.warning(t('operations.fromIncident.notActive', { group: detail.group.name }));
        return;
      }
      setPlan({
        target: {
          kind: 'group',
          groupId: detail.group.id,
          groupName: detail.group.name,
          memberCount: detail.members.length,
          outsiders: pruneCandidates(detail.members, detail.group),
        },
        prefill: {
          ...prefillOf(incident, decision),
          holding: held.find((r) => OPEN_RUNBOOK_STATES.includes(r.state)) ?? null,
        },
      });
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setPreparing(false);
    }
  };

  return (
    <Card
      variant="borderless"
      title={t('operations.fromIncident.title')}
      style={{ marginTop: 16 }}
      data-testid="incident-runbooks"
      extra={
        <Tooltip title={why ? t(`operations.fromIncident.why.${why}`) : undefined}>
          <Button
            icon={<ToolOutlined />}
            disabled={why !== null}
            loading={preparing}
            onClick={() => void prepare()}
            data-testid="incident-plan-runbook"
          >
            {t('operations.fromIncident.plan')}
          </Button>
        </Tooltip>
      }
    >
      {!rows || rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('operations.fromIncident.none')} />
      ) : (
        rows.map((r) => (
          <LinkRow key={r.id} onOpen={() => go({ page: 'runbook', id: r.id })} testId="incident-runbook">
            <Flex align="center" gap={12} wrap style={{ width: '100%' }}>
              <Typography.Text strong style={{ flex: '1 1 200px', minWidth: 0 }}>
                {runbookName(t, r)}
              </Typography.Text>
              <RunbookStateTag state={r.state} />
              <RunbookProgress runbook={r} width={110} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.startedAt
                  ? t('operations.fromIncident.started', { at: formatDateTime(r.startedAt) })
                  : t('operations.fromIncident.planned', { at: formatDateTime(r.createdAt) })}
              </Typography.Text>
            </Flex>
          </LinkRow>
        ))
      )}
      {plan && <PlanDialog target={plan.target} prefill={plan.prefill} onClose={() => setPlan(null)} />}
    </Card>
  );
}
