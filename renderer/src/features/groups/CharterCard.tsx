import { useEffect } from 'react';
import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/domain';
import { formatDate } from '../../i18n/format';
import { ensureStructure, useStructure } from '../organisation';
import { useDirectory } from '../../platform/directory';
import { contentLabel } from './eligibility';

/**
 * The group's charter, for reading: who belongs, who may add, who approves, what may be posted,
 * and — from the group's own record — whether it is standing or ad hoc and on whose authority.
 */
export function CharterCard({ group, onEdit }: { group: Group; onEdit?: () => void }) {
  const { t } = useTranslation();
  const structure = useStructure((s) => s.data);
  const directory = useDirectory();
  useEffect(() => {
    ensureStructure();
  }, []);
  const { charter } = group;
  const tierName = (id: string) => structure?.tiers.find((x) => x.id === id)?.name ?? id;
  const unitName = (id: string) => structure?.units.find((x) => x.id === id)?.name ?? id;
  const personName = (id: string) => directory.people.get(id) ?? id;
  const tags = (values: string[], color?: string) =>
    values.length === 0 ? (
      <Typography.Text type="secondary">{t('group.charterAny')}</Typography.Text>
    ) : (
      <Flex wrap gap={4}>
        {values.map((v) => (
          <Tag key={v} color={color} style={{ marginInlineEnd: 0 }}>
            {v}
          </Tag>
        ))}
      </Flex>
    );
  const approver = charter.approver
    ? charter.approver.kind === 'person'
      ? personName(charter.approver.ref)
      : t('group.approverPosition', { ref: charter.approver.ref })
    : null;
  const composition =
    charter.tierIds.length + charter.unitIds.length + charter.positions.length + charter.personIds.length > 0;
  const empty = !composition && !charter.approver && charter.allowedContent.length === 0;
  const secondary = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

  const items: DescriptionsProps['items'] = [
    { key: 'tiers', label: t('group.charterTiers'), children: tags(charter.tierIds.map(tierName), 'blue') },
    { key: 'units', label: t('group.charterUnits'), children: tags(charter.unitIds.map(unitName), 'purple') },
    { key: 'positions', label: t('group.charterPositions'), children: tags(charter.positions) },
    ...(charter.personIds.length > 0
      ? [{ key: 'people', label: t('group.charterPeople'), children: tags(charter.personIds.map(personName), 'cyan') }]
      : []),
    { key: 'who', label: t('group.charterWhoMayAdd'), children: t(`group.whoMayAdd.${charter.whoMayAdd}`) },
    {
      key: 'approver',
      label: t('group.charterApprover'),
      children: approver ? (
        <span data-testid="charter-approver">{approver}</span>
      ) : (
        <Typography.Text type="warning">{t('membership.charter.noApprover')}</Typography.Text>
      ),
    },
    {
      key: 'content',
      label: t('group.charterAllowedContent'),
      children: tags(
        charter.allowedContent.map((c) => contentLabel(t, c)),
        'green',
      ),
    },
    {
      key: 'kind',
      label: t('group.kind'),
      children:
        group.kind === 'adhoc' ? (
          <span>
            {t('groupKind.adhoc')}
            {group.endDate && <> · {t('membership.charter.endsOn', { date: formatDate(group.endDate) })}</>}
            {group.task && (
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {group.task}
              </Typography.Text>
            )}
          </span>
        ) : (
          t('groupKind.standing')
        ),
    },
    {
      key: 'doc',
      label: t('group.authorisingDoc'),
      children: group.authorisingDoc ?? secondary(t('group.notRecorded')),
    },
  ];
  return (
    <Card
      variant="borderless"
      title={t('group.charterTitle')}
      style={{ height: '100%' }}
      data-testid="group-charter"
      extra={
        onEdit && (
          <Button icon={<EditOutlined />} onClick={onEdit} data-testid="edit-charter">
            {t('membership.charter.edit')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {empty ? t('group.charterEmpty') : composition ? t('group.charterHint') : t('membership.charter.noComposition')}
      </Typography.Paragraph>
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}
