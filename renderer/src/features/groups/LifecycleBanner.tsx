import { useState, type ReactNode } from 'react';
import { Alert, Button, Flex, Tooltip } from 'antd';
import { CalendarOutlined, DeleteOutlined, InboxOutlined, ToolOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { GroupDetail, GroupLifecycle } from '../../../../shared/contract';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { PlanDialog, type PlanTarget } from '../operations';
import { ArchiveGroupModal } from './ArchiveGroupModal';
import { ExtendEndDateModal } from './ExtendEndDateModal';

/** "Archive…", disabled with the reason in its tooltip where the group cannot be archived yet. */
function ArchiveButton({ lifecycle, onOpen }: { lifecycle: GroupLifecycle; onOpen: () => void }) {
  const { t } = useTranslation();
  const blocked = lifecycle.archiveBlocked;
  const button = (
    <Button
      size="small"
      icon={<InboxOutlined />}
      disabled={!lifecycle.archivable}
      onClick={onOpen}
      data-testid="archive-group"
    >
      {t('lifecycle.archive')}
    </Button>
  );
  if (!blocked) return button;
  const why = t(`lifecycle.archiveBlocked.${blocked}`, { count: lifecycle.currentMembers });
  // A disabled button gets no pointer events: the wrapper carries the tooltip (and says it to screen readers).
  return (
    <Tooltip title={why}>
      <span tabIndex={0} aria-label={why} data-testid="archive-blocked" style={{ display: 'inline-block' }}>
        {button}
      </span>
    </Tooltip>
  );
}

/**
 * Where the group stands in its life, above its page: an ad-hoc group past its end date (plan
 * its dissolution, extend the end date, archive), a dissolution left unfinished (plan the rest),
 * a dissolved or empty group (archive), an archived one. A runbook already holding the group is
 * linked instead of offering a second plan.
 */
export function LifecycleBanner({ detail }: { detail: GroupDetail }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const [plan, setPlan] = useState<PlanTarget | null>(null);
  const [dialog, setDialog] = useState<'extend' | 'archive' | null>(null);
  const { group, lifecycle } = detail;
  const held = lifecycle.openRunbook;
  const ended = lifecycle.expired && group.endDate ? group.endDate : null;

  const planButton = held ? (
    <Button
      size="small"
      icon={<ToolOutlined />}
      onClick={() => go({ page: 'runbook', id: held.id })}
      data-testid="open-dissolution"
    >
      {held.kind === 'dissolve' ? t(`lifecycle.held.${held.state}`) : t('lifecycle.held.other')} ·{' '}
      {t('lifecycle.openRunbook')}
    </Button>
  ) : (
    <Button
      size="small"
      danger
      icon={<DeleteOutlined />}
      data-testid="banner-plan-dissolution"
      onClick={() =>
        setPlan({
          kind: 'dissolve',
          groupId: group.id,
          groupName: group.name,
          memberCount: lifecycle.currentMembers,
          rest: group.status === 'dissolving',
          ...(ended ? { reason: t('lifecycle.reasonEnded', { date: formatDate(ended) }) } : {}),
        })
      }
    >
      {t('lifecycle.planDissolution')}
    </Button>
  );
  const archive = <ArchiveButton lifecycle={lifecycle} onOpen={() => setDialog('archive')} />;

  let banner: { type: 'warning' | 'info'; title: string; hint?: string; actions: ReactNode[] } | null = null;
  if (group.status === 'archived') {
    banner = { type: 'info', title: t('group.closedNotice', { status: t('groupStatus.archived') }), actions: [] };
  } else if (group.status === 'dissolving') {
    banner = {
      type: 'warning',
      title: t('lifecycle.dissolving', { count: lifecycle.currentMembers }),
      hint: t('lifecycle.dissolvingHint'),
      actions: [planButton, archive],
    };
  } else if (group.status === 'dissolved') {
    banner = {
      type: 'info',
      title: t('group.closedNotice', { status: t('groupStatus.dissolved') }),
      hint: t('lifecycle.dissolvedHint'),
      actions: [archive],
    };
  } else if (ended) {
    banner = {
      type: 'warning',
      title: t('lifecycle.expired', { date: formatDate(ended) }),
      hint: t('lifecycle.expiredHint'),
      actions: [
        planButton,
        <Button
          key="extend"
          size="small"
          icon={<CalendarOutlined />}
          onClick={() => setDialog('extend')}
          data-testid="extend-end-date"
        >
          {t('lifecycle.extend')}
        </Button>,
        archive,
      ],
    };
  } else if (lifecycle.currentMembers === 0) {
    banner = { type: 'info', title: t('lifecycle.empty'), hint: t('lifecycle.emptyHint'), actions: [archive] };
  }
  if (!banner) return null;

  return (
    <>
      <Alert
        type={banner.type}
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="lifecycle-banner"
        data-status={group.status}
        data-expired={lifecycle.expired}
        title={banner.title}
        description={
          (banner.hint || banner.actions.length > 0) && (
            <Flex vertical gap={8} align="flex-start">
              {banner.hint}
              {banner.actions.length > 0 && (
                <Flex gap={8} wrap>
                  {banner.actions.map((a, i) => (
                    <span key={i}>{a}</span>
                  ))}
                </Flex>
              )}
            </Flex>
          )
        }
      />
      <PlanDialog target={plan} onClose={() => setPlan(null)} />
      <ExtendEndDateModal group={group} open={dialog === 'extend'} onClose={() => setDialog(null)} />
      <ArchiveGroupModal group={group} open={dialog === 'archive'} onClose={() => setDialog(null)} />
    </>
  );
}
