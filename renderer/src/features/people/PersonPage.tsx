import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { EditOutlined, RightOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../platform/api';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { EventTimeline } from '../../ui/EventTimeline';
import { HandleTags } from '../../ui/HandleTags';
import { PersonStatusTag, RoleTag } from '../../ui/tags';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { usePersonDetail, usePersonHistory } from './store';
import { MembershipTable } from './MembershipTable';
import { PersonExceptions } from './PersonExceptions';
import { PersonFormDrawer } from './PersonFormDrawer';
import { MarkLeftModal } from './MarkLeftModal';
import { PersonRunbookActions } from '../operations';
import { PersonIncidentsCard } from '../escalations';

/**
 * One person: who they are, the groups they are in and were in (with who added them and on what
 * basis), the exception requests about them, and their history. A person who left but is still in
 * groups gets a banner listing those groups, each opening the group to remove them there.
 */
export function PersonPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const back = useNav((s) => s.back);
  const go = useNav((s) => s.go);
  const detail = usePersonDetail((s) => (s.params?.id === id ? s.data : null));
  const error = usePersonDetail((s) => s.error);
  const loading = usePersonDetail((s) => s.loading);
  const history = usePersonHistory((s) => (s.params?.id === id ? s.data : null));
  const historyLoading = usePersonHistory((s) => s.loading);
  const [editing, setEditing] = useState(false);
  const [markingLeft, setMarkingLeft] = useState(false);

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
  const exceptions = detail.exceptions ?? [];
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
  const pending = exceptions.filter((e) => e.status === 'pending').length;

  return (
    <div data-testid="page-person">
      <PageHeader
        title={<span data-testid="person-name">{person.name}</span>}
        tags={<PersonStatusTag status={person.status} leftOn={person.leftOn} />}
        description={[detail.unitName, person.position].filter(Boolean).join(' · ') || undefined}
        onBack={goBack}
        backLabel={t('person.backToPeople')}
        extra={
          <>
            <PersonRunbookActions detail={detail} />
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="person-edit">
              {t('directory.person.edit')}
            </Button>
            {person.status === 'active' && (
              <Button
                danger
                icon={<UserDeleteOutlined />}
                onClick={() => setMarkingLeft(true)}
                data-testid="person-mark-left"
              >
                {t('directory.person.markLeft')}
              </Button>
            )}
          </>
        }
      />
      {error && <ErrorAlert error={error} onRetry={() => void usePersonDetail.getState().refresh()} />}
      {person.status === 'left' && current.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('person.leaverTitle', { count: current.length })}
          description={
            <>
              <Typography.Paragraph style={{ marginBottom: 8 }}>
                {t('directory.person.leaverDetail', { date: formatDate(person.leftOn) })}
              </Typography.Paragraph>
              <Flex vertical gap={4}>
                {current.map((m) => (
                  <Flex key={m.id} align="center" gap={8} wrap>
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0, height: 'auto' }}
                      onClick={() => go({ page: 'group', id: m.groupId })}
                      data-testid="leaver-group-link"
                    >
                      {m.groupName}
                      <RightOutlined style={{ fontSize: 10 }} />
                    </Button>
                    <RoleTag role={m.role} />
                    {m.role === 'owner' && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('directory.person.leaverOwner')}
                      </Typography.Text>
                    )}
                  </Flex>
                ))}
              </Flex>
            </>
          }
          data-testid="leaver-flag"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card variant="borderless" title={t('person.details')} style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small" items={items} />
          </Card>
          <Card
            variant="borderless"
            title={
              <Flex align="center" gap={8}>
                {t('person.currentGroups')}
                <Badge count={current.length} showZero color="blue" />
              </Flex>
            }
            style={{ marginBottom: 16 }}
            styles={{ body: { padding: 0 } }}
            data-testid="person-current-groups"
          >
            <MembershipTable rows={current} past={false} emptyText={t('person.noCurrent')} />
          </Card>
          <Card
            variant="borderless"
            title={
              <Flex align="center" gap={8}>
                {t('directory.person.exceptions')}
                {pending > 0 && (
                  <Typography.Text type="warning" style={{ fontSize: 13, fontWeight: 400 }}>
                    {t('directory.person.exPending', { count: pending })}
                  </Typography.Text>
                )}
              </Flex>
            }
            style={{ marginBottom: 16 }}
            styles={{ body: { padding: 0 } }}
            data-testid="person-exceptions"
          >
            <PersonExceptions rows={exceptions} />
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
        <Col xs={24} xl={8}>
          <PersonIncidentsCard personId={person.id} />
          <Card
            variant="borderless"
            title={t('person.historyTitle')}
            styles={{ body: { maxHeight: 900, overflowY: 'auto' } }}
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
      <PersonFormDrawer open={editing} person={person} onClose={() => setEditing(false)} />
      <MarkLeftModal person={person} groups={current.length} open={markingLeft} onClose={() => setMarkingLeft(false)} />
    </div>
  );
}
