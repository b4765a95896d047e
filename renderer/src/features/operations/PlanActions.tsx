import { useEffect, useState } from 'react';
import { Button, Dropdown } from 'antd';
import {
  DeleteOutlined,
  DownOutlined,
  RedoOutlined,
  ScissorOutlined,
  ToolOutlined,
  UserDeleteOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { GroupDetail, PersonDetail } from '../../../../shared/contract';
import { OPEN_RUNBOOK_STATES } from '../../../../shared/vocabulary';
import { useNav } from '../../platform/nav';
import { useSubjectRunbooks } from './store';
import { PlanDialog, pruneCandidates, type PlanTarget } from './PlanDialog';

/** The open runbook of a group or person, if any (one open runbook per group). */
function useOpenRunbook(subject: { groupId?: string; personId?: string }) {
  const key = subject.groupId ?? subject.personId ?? '';
  useEffect(() => {
    void useSubjectRunbooks.getState().load(subject);
  }, [key]);
  const rows = useSubjectRunbooks((s) => (s.params && (s.params.groupId ?? s.params.personId) === key ? s.data : null));
  return rows?.find((r) => OPEN_RUNBOOK_STATES.includes(r.state)) ?? null;
}

function OpenRunbookButton({ id }: { id: number }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  return (
    <Button
      icon={<ToolOutlined />}
      onClick={() => go({ page: 'runbook', id })}
      title={t('operations.plan.busy')}
      data-testid="open-runbook"
    >
      {t('operations.plan.openBusy')}
    </Button>
  );
}

/**
 * The group page's operations: Dissolve… and Prune outside the charter… for an active group,
 * Finish the dissolution… for one a dissolution left dissolving, Rebuild from snapshot… for a
 * dissolved one, or the way into the operation holding it.
 */
export function GroupRunbookActions({ detail }: { detail: GroupDetail }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<PlanTarget | null>(null);
  const { group } = detail;
  const open = useOpenRunbook({ groupId: group.id });
  if (detail.asOf !== null) return null;
  if (open) return <OpenRunbookButton id={open.id} />;
  const outsiders = pruneCandidates(detail.members, group);
  const base = { groupId: group.id, groupName: group.name };
  return (
    <>
      {group.status === 'active' && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              {
                key: 'prune',
                icon: <ScissorOutlined />,
                label: t('operations.plan.prune'),
                'data-testid': 'plan-prune',
              },
              {
                key: 'dissolve',
                icon: <DeleteOutlined />,
                danger: true,
                label: t('operations.plan.dissolve'),
                'data-testid': 'plan-dissolve',
              },
            ],
            onClick: ({ key }) =>
              setTarget(
                key === 'prune'
                  ? { kind: 'prune', ...base, outsiders }
                  : { kind: 'dissolve', ...base, memberCount: detail.members.length },
              ),
          }}
        >
          <Button icon={<ToolOutlined />} data-testid="group-operations">
            {t('operations.title')} <DownOutlined />
          </Button>
        </Dropdown>
      )}
      {group.status === 'dissolving' && (
        <Button
          type="primary"
          danger
          icon={<DeleteOutlined />}
          onClick={() => setTarget({ kind: 'dissolve', ...base, memberCount: detail.members.length, finishing: true })}
          data-testid="plan-finish-dissolve"
        >
          {t('operations.plan.finish')}
        </Button>
      )}
      {group.status === 'dissolved' && (
        <Button
          icon={<RedoOutlined />}
          onClick={() => setTarget({ kind: 'rebuild', ...base, memberCount: 0 })}
          data-testid="plan-rebuild"
        >
          {t('operations.plan.rebuild')}
        </Button>
      )}
      <PlanDialog target={target} onClose={() => setTarget(null)} />
    </>
  );
}

/**
 * "Finish the dissolution…" for a group a dissolution left dissolving (people skipped or failed):
 * plans a dissolve of the people still in it, or opens the one already planned.
 */
export function FinishDissolutionButton({
  groupId,
  groupName,
  remaining,
}: {
  groupId: string;
  groupName: string;
  remaining: number;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<PlanTarget | null>(null);
  const open = useOpenRunbook({ groupId });
  if (open) return <OpenRunbookButton id={open.id} />;
  return (
    <>
      <Button
        type="primary"
        danger
        icon={<DeleteOutlined />}
        onClick={() => setTarget({ kind: 'dissolve', groupId, groupName, memberCount: remaining, finishing: true })}
        data-testid="plan-finish-dissolve"
      >
        {t('operations.plan.finish')}
      </Button>
      <PlanDialog target={target} onClose={() => setTarget(null)} />
    </>
  );
}

/** The person page's Offboard… for a leaver still in groups (a successor for each group they own). */
export function PersonRunbookActions({ detail }: { detail: PersonDetail }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<PlanTarget | null>(null);
  const { person } = detail;
  const open = useOpenRunbook({ personId: person.id });
  const groups = detail.memberships
    .filter((m) => m.leftOn === null && m.groupStatus === 'active')
    .map((m) => ({ groupId: m.groupId, groupName: m.groupName, owner: m.role === 'owner' }));
  if (open && open.kind === 'offboard') return <OpenRunbookButton id={open.id} />;
  if (person.status !== 'left' || groups.length === 0) return null;
  return (
    <>
      <Button
        danger
        type="primary"
        icon={<UserDeleteOutlined />}
        onClick={() => setTarget({ kind: 'offboard', personId: person.id, personName: person.name, groups })}
        data-testid="plan-offboard"
      >
        {t('operations.plan.offboard')}
      </Button>
      <PlanDialog target={target} onClose={() => setTarget(null)} />
    </>
  );
}
