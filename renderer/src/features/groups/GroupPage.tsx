import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Col, Result, Row, Skeleton, Tabs } from 'antd';
import { EditOutlined, SwapOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../platform/api';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { EventTimeline } from '../../ui/EventTimeline';
import { GroupKindTag, GroupStatusTag, PlatformTag } from '../../ui/tags';
import { useGroupDetail, useGroupHistory } from './store';
import { useNav, type GroupFocus } from '../../platform/nav';
import type { ExceptionRow, MemberRow } from '../../../../shared/contract';
import { GroupOverview } from './GroupOverview';
import { CharterCard } from './CharterCard';
import { CharterEditor } from './CharterEditor';
import { MembersCard } from './MembersCard';
import { RemoveMemberModal } from './RemoveMemberModal';
import { AddMemberModal } from './AddMemberModal';
import { ExceptionsPanel } from './ExceptionsPanel';
import { DecideExceptionModal } from './DecideExceptionModal';
import { TransferOwnershipModal } from './TransferOwnershipModal';
import { GroupFormModal } from './GroupFormModal';
import { RulesPanel } from './RulesPanel';
import { LifecycleBanner } from './LifecycleBanner';
import { GroupLifeTag } from './GroupLifeTag';
import { GroupRunbookActions } from '../operations';
import { GroupIncidentsCard } from '../escalations';

type Tab = NonNullable<GroupFocus['tab']>;
type Dialog = 'add' | 'charter' | 'transfer' | 'edit' | null;

/**
 * One group: who runs it, its charter, its members now or on any past day (with how each stands
 * against the charter), its exception requests, its rules, and its history.
 */
export function GroupPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const back = useNav((s) => s.back);
  // Where a link asked this page to open (dashboard: the exceptions, or the members outside the charter).
  const [focus] = useState<GroupFocus>(() => {
    const route = useNav.getState().route;
    return route.page === 'group' && route.id === id
      ? { tab: route.tab, eligibility: route.eligibility, exceptionId: route.exceptionId }
      : {};
  });
  const detail = useGroupDetail((s) => (s.params?.id === id ? s.data : null));
  const error = useGroupDetail((s) => s.error);
  const loading = useGroupDetail((s) => s.loading);
  const history = useGroupHistory((s) => (s.params?.id === id ? s.data : null));
  const historyLoading = useGroupHistory((s) => s.loading);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [removing, setRemoving] = useState<MemberRow | null>(null);
  const [deciding, setDeciding] = useState<ExceptionRow | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [tab, setTab] = useState<Tab>(focus.tab ?? 'members');
  const [highlight, setHighlight] = useState<number | null>(focus.exceptionId ?? null);

  useEffect(() => {
    void useGroupDetail.getState().load({ id, asOf });
  }, [id, asOf]);
  useEffect(() => {
    void useGroupHistory.getState().load({ id });
  }, [id]);

  const goBack = () => back({ page: 'groups' });
  const openException = (exceptionId: number) => {
    setHighlight(exceptionId);
    setTab('exceptions');
  };

  if (!detail) {
    return (
      <div data-testid="page-group">
        <PageHeader title={t('groups.title')} onBack={goBack} backLabel={t('group.backToGroups')} />
        {error ? (
          error instanceof ApiError && error.code === 'not_found' ? (
            <Result status="404" title={t('common.notFound')} subTitle={error.message} />
          ) : (
            <ErrorAlert error={error} onRetry={() => void useGroupDetail.getState().refresh()} />
          )
        ) : (
          loading && <Skeleton active paragraph={{ rows: 12 }} />
        )}
      </div>
    );
  }

  const { group } = detail;
  const active = group.status === 'active';
  const editable = active && detail.asOf === null;
  const pending = detail.exceptions.filter((e) => e.status === 'pending').length;

  return (
    <div data-testid="page-group">
      <PageHeader
        title={<span data-testid="group-name">{group.name}</span>}
        tags={
          <>
            <PlatformTag platform={group.platform} />
            <GroupStatusTag status={group.status} />
            <GroupKindTag kind={group.kind} />
            <GroupLifeTag
              expired={detail.lifecycle.expired}
              endingSoon={detail.lifecycle.endingSoon}
              endDate={group.endDate}
            />
          </>
        }
        description={group.purpose}
        onBack={goBack}
        backLabel={t('group.backToGroups')}
        extra={
          <>
            <GroupRunbookActions detail={detail} />
            <Button
              icon={<EditOutlined />}
              disabled={!active}
              onClick={() => setDialog('edit')}
              data-testid="edit-group"
            >
              {t('membership.editGroup')}
            </Button>
            <Button
              icon={<SwapOutlined />}
              disabled={!editable}
              onClick={() => setDialog('transfer')}
              data-testid="transfer-ownership"
            >
              {t('membership.transfer.button')}
            </Button>
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              disabled={!editable}
              onClick={() => setDialog('add')}
              data-testid="add-member"
            >
              {t('group.add')}
            </Button>
          </>
        }
      />
      {error && <ErrorAlert error={error} onRetry={() => void useGroupDetail.getState().refresh()} />}
      <LifecycleBanner detail={detail} />
      {active && pending > 0 && tab !== 'exceptions' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="pending-exceptions-banner"
          title={t('membership.pendingBanner', { count: pending })}
          action={
            <Button size="small" onClick={() => setTab('exceptions')}>
              {t('membership.pendingOpen')}
            </Button>
          }
        />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={14}>
          <GroupOverview detail={detail} />
        </Col>
        <Col xs={24} xl={10}>
          <CharterCard group={group} onEdit={active ? () => setDialog('charter') : undefined} />
        </Col>
      </Row>
      <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as Tab)}
          data-testid="group-tabs"
          items={[
            {
              key: 'members',
              label: <span data-testid="tab-members">{t('group.membersTitle')}</span>,
              children: (
                <MembersCard
                  detail={detail}
                  loading={loading}
                  asOf={asOf}
                  onAsOf={setAsOf}
                  editable={editable}
                  onRemove={setRemoving}
                  onOpenException={openException}
                  initialEligibility={focus.eligibility}
                />
              ),
            },
            {
              key: 'exceptions',
              label: (
                <span data-testid="tab-exceptions">
                  {t('membership.exceptions.title')}{' '}
                  <Badge
                    count={pending}
                    size="small"
                    offset={[2, -2]}
                    title={t('membership.pendingBanner', { count: pending })}
                  />
                </span>
              ),
              children: (
                <ExceptionsPanel
                  rows={detail.exceptions}
                  editable={active}
                  highlightId={highlight}
                  onDecide={setDeciding}
                />
              ),
            },
            {
              key: 'rules',
              label: (
                <span data-testid="tab-rules">
                  {t('membership.rules.title')}
                  {detail.rules && detail.rules.notAcknowledged > 0 && (
                    <Badge
                      count={detail.rules.notAcknowledged}
                      size="small"
                      color="orange"
                      offset={[4, -2]}
                      title={t('membership.rules.notAcknowledged', { count: detail.rules.notAcknowledged })}
                    />
                  )}
                </span>
              ),
              children: <RulesPanel group={group} editable={active} />,
            },
          ]}
        />
      </Card>
      <GroupIncidentsCard groupId={group.id} />
      <Card
        variant="borderless"
        title={t('group.historyTitle')}
        style={{ marginTop: 16 }}
        styles={{ body: { maxHeight: 560, overflowY: 'auto' } }}
        data-testid="group-history"
      >
        <EventTimeline
          events={history?.events ?? null}
          total={history?.total}
          loading={historyLoading}
          emptyText={t('group.historyEmpty')}
        />
      </Card>
      <RemoveMemberModal group={group} member={removing} onClose={() => setRemoving(null)} />
      <AddMemberModal
        detail={detail}
        open={dialog === 'add'}
        onClose={() => setDialog(null)}
        onOpenException={openException}
        onEditCharter={() => setDialog('charter')}
      />
      <CharterEditor detail={detail} open={dialog === 'charter'} onClose={() => setDialog(null)} />
      <TransferOwnershipModal detail={detail} open={dialog === 'transfer'} onClose={() => setDialog(null)} />
      <GroupFormModal detail={detail} open={dialog === 'edit'} onClose={() => setDialog(null)} />
      <DecideExceptionModal group={group} row={deciding} onClose={() => setDeciding(null)} />
    </div>
  );
}
