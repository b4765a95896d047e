import { useEffect } from 'react';
import { Alert, Card, Col, Descriptions, Result, Row, Skeleton, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EventTimeline } from '../../components/EventTimeline';
import { HandleTags } from '../../components/HandleTags';
import { PersonStatusTag } from '../../components/tags';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../stores/nav';
import { usePersonDetail, usePersonHistory } from '../../stores/people';
import { MembershipTable } from './MembershipTable';

/** One person: who they are, the groups they are in and were in, and their history. */
export function PersonPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const back = useNav((s) => s.back);
  const detail = usePersonDetail((s) => (s.params?.id === id ? s.data : null));
  const error = usePersonDetail((s) => s.error);
  const loading = usePersonDetail((s) => s.loading);
  const history = usePersonHistory((s) => (s.params?.id === id ? s.data : null));
  const historyLoading = usePersonHistory((s) => s.loading);

  useEffect(() => {
    void usePersonDetail.getState().load({ id });
    void usePersonHistory.getState().load({ id });
  }, [id]);

  const goBack = () => back({ page: 'people' });

  if (!detail) {
    return (
      <div data-testid="page-person">
        <PageHeader title={t('people.title')} onBack={goBack} backLabel={t('person.backToPeople')} />
        {error ? (
          error instanceof ApiError && error.code === 'not_found' ? (
            <Result status="404" title={t('common.notFound')} subTitle={error.message} />
          ) : (
            <ErrorAlert error={error} onRetry={() => void usePersonDetail.getState().refresh()} />
          )
        ) : (
          loading && <Skeleton active paragraph={{ rows: 10 }} />
        )}
      </div>
    );
  }

  const { person } = detail;
  const current = detail.memberships.filter((m) => m.leftOn === null);
  const past = detail.memberships.filter((m) => m.leftOn !== null);
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  const items: DescriptionsProps['items'] = [
    { key: 'unit', label: t('person.unit'), children: detail.unitName ?? none },
    { key: 'tier', label: t('person.tier'), children: detail.tierName ?? none },
    { key: 'position', label: t('person.position'), children: person.position ?? none },
    { key: 'phone', label: t('person.phone'), children: person.phone ?? none },
    { key: 'status', label: t('person.status'), children: <PersonStatusTag status={person.status} /> },
    ...(person.leftOn ? [{ key: 'leftOn', label: t('person.leftOn'), children: formatDate(person.leftOn) }] : []),
    { key: 'handles', label: t('person.handles'), span: 2, children: <HandleTags handles={person.handles} /> },
  ];

  return (
    <div data-testid="page-person">
      <PageHeader
        title={<span data-testid="person-name">{person.name}</span>}
        tags={<PersonStatusTag status={person.status} leftOn={person.leftOn} />}
        description={[detail.unitName, person.position].filter(Boolean).join(' · ') || undefined}
        onBack={goBack}
        backLabel={t('person.backToPeople')}
      />
      {error && <ErrorAlert error={error} onRetry={() => void usePersonDetail.getState().refresh()} />}
      {person.status === 'left' && current.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('person.leaverTitle', { count: current.length })}
          description={t('person.leaverDetail')}
          data-testid="leaver-flag"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card variant="borderless" title={t('person.details')} style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small" items={items} />
          </Card>
          <Card
            variant="borderless"
            title={t('person.currentGroups')}
            style={{ marginBottom: 16 }}
            styles={{ body: { padding: 0 } }}
            data-testid="person-current-groups"
          >
            <MembershipTable rows={current} past={false} emptyText={t('person.noCurrent')} />
          </Card>
          <Card
            variant="borderless"
            title={t('person.pastGroups')}
            styles={{ body: { padding: 0 } }}
            data-testid="person-past-groups"
          >
            <MembershipTable rows={past} past emptyText={t('person.noPast')} />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card
            variant="borderless"
            title={t('person.historyTitle')}
            styles={{ body: { maxHeight: 720, overflowY: 'auto' } }}
            data-testid="person-history"
          >
            <EventTimeline
              events={history?.events ?? null}
              total={history?.total}
              loading={historyLoading}
              emptyText={t('person.historyEmpty')}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
