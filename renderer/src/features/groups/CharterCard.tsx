import { useEffect } from 'react';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/domain';
import { ensureStructure, useStructure } from '../../stores/structure';
import { ensureDirectory, useDirectory } from '../../stores/directory';

/** The group's charter, for reading: who belongs, who may add, who approves, what may be posted. */
export function CharterCard({ group }: { group: Group }) {
  const { t } = useTranslation();
  const structure = useStructure((s) => s.data);
  const directory = useDirectory((s) => s.data);
  useEffect(() => {
    ensureStructure();
    ensureDirectory();
  }, []);
  const { charter } = group;
  const tierName = (id: string) => structure?.tiers.find((x) => x.id === id)?.name ?? id;
  const unitName = (id: string) => structure?.units.find((x) => x.id === id)?.name ?? id;
  const personName = (id: string) => directory?.people.get(id) ?? id;
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
  const empty =
    charter.tierIds.length + charter.unitIds.length + charter.positions.length + charter.personIds.length === 0 &&
    !charter.approver &&
    charter.allowedContent.length === 0;

  const items: DescriptionsProps['items'] = [
    { key: 'tiers', label: t('group.charterTiers'), children: tags(charter.tierIds.map(tierName), 'blue') },
    { key: 'units', label: t('group.charterUnits'), children: tags(charter.unitIds.map(unitName), 'purple') },
    { key: 'positions', label: t('group.charterPositions'), children: tags(charter.positions) },
    ...(charter.personIds.length > 0
      ? [{ key: 'people', label: t('group.charterPeople'), children: tags(charter.personIds.map(personName)) }]
      : []),
    { key: 'who', label: t('group.charterWhoMayAdd'), children: t(`group.whoMayAdd.${charter.whoMayAdd}`) },
    {
      key: 'approver',
      label: t('group.charterApprover'),
      children: approver ?? <Typography.Text type="secondary">{t('group.notRecorded')}</Typography.Text>,
    },
    { key: 'content', label: t('group.charterAllowedContent'), children: tags(charter.allowedContent, 'green') },
  ];
  return (
    <Card variant="borderless" title={t('group.charterTitle')} style={{ height: '100%' }} data-testid="group-charter">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {empty ? t('group.charterEmpty') : t('group.charterHint')}
      </Typography.Paragraph>
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}
