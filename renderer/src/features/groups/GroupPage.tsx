import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Result, Row, Skeleton } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EventTimeline } from '../../components/EventTimeline';
import { GroupKindTag, GroupStatusTag, PlatformTag } from '../../components/tags';
import { useGroupDetail, useGroupHistory } from '../../stores/groups';
import { useNav } from '../../stores/nav';
import type { MemberRow } from '../../../../shared/contract';
import { GroupOverview } from './GroupOverview';
import { CharterCard } from './CharterCard';
import { MembersCard } from './MembersCard';
import { RemoveMemberModal } from './RemoveMemberModal';
import { AddMemberModal } from './AddMemberModal';

/** One group: who runs it, its charter, its members now or on any past day, and its history. */
export function GroupPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const back = useNav((s) => s.back);
  const detail = useGroupDetail((s) => (s.params?.id === id ? s.data : null));
  const error = useGroupDetail((s) => s.error);
  const loading = useGroupDetail((s) => s.loading);
  const history = useGroupHistory((s) => (s.params?.id === id ? s.data : null));
  const historyLoading = useGroupHistory((s) => s.loading);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [removing, setRemoving] = useState<MemberRow | null>(null);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void useGroupDetail.getState().load({ id, asOf });
  }, [id, asOf]);
  useEffect(() => {
    void useGroupHistory.getState().load({ id });
  }, [id]);

  const goBack = () => back({ page: 'groups' });

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
  const editable = group.status === 'active' && detail.asOf === null;

  return (
    <div data-testid="page-group">
      <PageHeader
        title={<span data-testid="group-name">{group.name}</span>}
        tags={
          <>
            <PlatformTag platform={group.platform} />
            <GroupStatusTag status={group.status} />
            <GroupKindTag kind={group.kind} />
          </>
        }
        description={group.purpose}
        onBack={goBack}
        backLabel={t('group.backToGroups')}
        extra={
          <Button
            type="primary"
            icon={<UserAddOutlined />}
            disabled={!editable}
            onClick={() => setAdding(true)}
            data-testid="add-member"
          >
            {t('group.add')}
          </Button>
        }
      />
      {error && <ErrorAlert error={error} onRetry={() => void useGroupDetail.getState().refresh()} />}
      {group.status !== 'active' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('group.closedNotice', { status: t(`groupStatus.${group.status}`) })}
        />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={14}>
          <GroupOverview detail={detail} />
        </Col>
        <Col xs={24} xl={10}>
          <CharterCard group={group} />
        </Col>
      </Row>
      <MembersCard
        detail={detail}
        loading={loading}
        asOf={asOf}
        onAsOf={setAsOf}
        editable={editable}
        onRemove={setRemoving}
      />
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
      <AddMemberModal group={group} open={adding} members={detail.members} onClose={() => setAdding(false)} />
    </div>
  );
}
