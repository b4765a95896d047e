import { Card, Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '../../../../shared/contract';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';

function NotRecorded() {
  const { t } = useTranslation();
  return <Typography.Text type="secondary">{t('group.notRecorded')}</Typography.Text>;
}

/** Who runs the group, why it exists, and on whose authority. */
export function GroupOverview({ detail }: { detail: GroupDetail }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const { group } = detail;
  const personLink = (id: string, name: string) => (
    <Typography.Link key={id} onClick={() => go({ page: 'person', id })}>
      {name}
    </Typography.Link>
  );
  const items: DescriptionsProps['items'] = [
    {
      key: 'owner',
      label: t('group.owner'),
      children: group.ownerId && detail.ownerName ? personLink(group.ownerId, detail.ownerName) : <NotRecorded />,
    },
    {
      key: 'deputies',
      label: t('group.deputies'),
      children:
        group.deputyIds.length > 0 ? (
          <span>
            {group.deputyIds.map((id, i) => (
              <span key={id}>
                {i > 0 && '、'}
                {personLink(id, detail.deputyNames[i] ?? id)}
              </span>
            ))}
          </span>
        ) : (
          <NotRecorded />
        ),
    },
    { key: 'platformGroupId', label: t('group.platformGroupId'), children: group.platformGroupId ?? <NotRecorded /> },
    { key: 'createdOn', label: t('group.createdOn'), children: formatDate(group.createdOn) },
    { key: 'kind', label: t('group.kind'), children: t(`groupKind.${group.kind}`) },
    {
      key: 'endDate',
      label: t('group.endDate'),
      children: group.endDate ? formatDate(group.endDate) : <Typography.Text type="secondary">—</Typography.Text>,
    },
    ...(group.kind === 'adhoc' || group.task
      ? [{ key: 'task', label: t('group.task'), span: 2, children: group.task ?? <NotRecorded /> }]
      : []),
    { key: 'purpose', label: t('group.purpose'), span: 2, children: group.purpose ?? <NotRecorded /> },
    { key: 'doc', label: t('group.authorisingDoc'), span: 2, children: group.authorisingDoc ?? <NotRecorded /> },
  ];
  return (
    <Card variant="borderless" title={t('group.overview')} style={{ height: '100%' }} data-testid="group-overview">
      <Descriptions column={{ xs: 1, md: 2 }} size="small" items={items} />
    </Card>
  );
}
