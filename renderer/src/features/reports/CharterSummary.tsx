import { Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GroupDetail, Tier, Unit } from '../../../../shared/contract';
import { contentLabel } from '../groups';

/** The charter in a few lines: who belongs, who may add, who approves exceptions, what may be posted. */
export function CharterSummary({
  detail,
  tiers,
  units,
}: {
  detail: GroupDetail;
  tiers: readonly Tier[];
  units: readonly Unit[];
}) {
  const { t } = useTranslation();
  const { charter, authorisingDoc } = detail.group;
  const sep = t('insights.report.listSeparator');
  const tierNames = charter.tierIds.map((id) => tiers.find((x) => x.id === id)?.name ?? id);
  const unitNames = charter.unitIds.map((id) => units.find((x) => x.id === id)?.name ?? id);
  const names = new Map(detail.members.map((m) => [m.personId, m.name]));
  const named = charter.personIds.map((id) => names.get(id)).filter((n): n is string => !!n);

  const approver = (() => {
    if (!charter.approver)
      return <Typography.Text type="secondary">{t('insights.report.charter.noApprover')}</Typography.Text>;
    if (charter.approver.kind === 'position') {
      return t('insights.report.approverPosition', { position: charter.approver.ref });
    }
    const ref = charter.approver.ref;
    return names.get(ref) ?? detail.exceptions.find((e) => e.approver.ref === ref)?.approverLabel ?? ref;
  })();

  const belongs = [
    tierNames.length > 0 && t('insights.report.charter.tiers', { list: tierNames.join(sep) }),
    unitNames.length > 0 && t('insights.report.charter.units', { list: unitNames.join(sep) }),
    charter.positions.length > 0 && t('insights.report.charter.positions', { list: charter.positions.join(sep) }),
    charter.personIds.length > 0 &&
      `${t('insights.report.charter.people', { count: charter.personIds.length })}${named.length > 0 ? `: ${named.join(sep)}` : ''}`,
  ].filter((x): x is string => !!x);

  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      bordered
      data-testid="report-charter"
      items={[
        {
          key: 'belongs',
          label: t('insights.report.charter.belongs'),
          span: 'filled',
          children: (
            <Flex vertical gap={2}>
              {belongs.map((line) => (
                <span key={line}>{line}</span>
              ))}
            </Flex>
          ),
        },
        {
          key: 'add',
          label: t('insights.report.charter.whoMayAdd'),
          children: t(`insights.report.whoMayAdd.${charter.whoMayAdd}`),
        },
        { key: 'approver', label: t('insights.report.charter.approver'), children: approver },
        {
          key: 'content',
          label: t('insights.report.charter.content'),
          children:
            charter.allowedContent.length === 0 ? (
              <Typography.Text type="secondary">{t('insights.report.charter.anyContent')}</Typography.Text>
            ) : (
              <Flex wrap gap={4}>
                {charter.allowedContent.map((c) => (
                  <Tag key={c} style={{ marginInlineEnd: 0 }}>
                    {contentLabel(t, c)}
                  </Tag>
                ))}
              </Flex>
            ),
        },
        {
          key: 'owner',
          label: t('insights.report.charter.owner'),
          children: detail.ownerName ?? (
            <Typography.Text type="warning">{t('insights.report.charter.noOwner')}</Typography.Text>
          ),
        },
        ...(authorisingDoc
          ? [
              {
                key: 'doc',
                label: t('insights.report.charter.document'),
                span: 'filled' as const,
                children: authorisingDoc,
              },
            ]
          : []),
      ]}
    />
  );
}
