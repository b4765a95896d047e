import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CharterCheckResult } from '../../../../shared/contract';
import { mismatchText } from './eligibility';

/** The result of the charter check, in words, with what to do next. */
export function CheckPanel(props: {
  result: CharterCheckResult;
  personName: string;
  groupName: string;
  onOpenException: (id: number) => void;
  onEditCharter: () => void;
}) {
  const { result, personName, groupName } = props;
  const { t } = useTranslation();
  const approverText = result.approver
    ? result.approver.people.length > 0 && result.approver.kind === 'position'
      ? `${result.approver.label} (${result.approver.people.map((p) => p.name).join(t('membership.nameSeparator'))})`
      : result.approver.label
    : null;
  const panel = { marginBottom: 16 } as const;
  const attrs = { 'data-testid': 'charter-check', 'data-eligible': String(result.eligible) };

  if (result.alreadyMember) {
    return (
      <Alert
        {...attrs}
        type="info"
        showIcon
        style={panel}
        title={t('membership.add.alreadyMember', { name: personName })}
      />
    );
  }
  if (result.eligible && result.whoMayAdd !== 'administrator' && result.adders.length === 0) {
    return (
      <Alert
        {...attrs}
        type="warning"
        showIcon
        style={panel}
        title={t('membership.add.eligible', { name: personName })}
        description={t('membership.add.noAdders')}
      />
    );
  }
  if (result.eligible) {
    return (
      <Alert
        {...attrs}
        type="success"
        showIcon
        style={panel}
        title={t('membership.add.eligible', { name: personName })}
        description={t(`membership.via.${result.via ?? 'criteria'}`)}
      />
    );
  }
  const why =
    result.mismatches.length > 0
      ? t('membership.eligibility.failed', { criteria: mismatchText(t, result.mismatches) })
      : t('membership.eligibility.notNamed');
  return (
    <Alert
      {...attrs}
      type="error"
      showIcon
      style={panel}
      title={t('membership.add.outside', { name: personName, group: groupName })}
      description={
        <>
          <div data-testid="charter-check-why">{why}</div>
          {result.approver && result.pendingExceptionId === null && (
            <div style={{ marginTop: 4 }}>{t('membership.add.needsApproval', { approver: approverText })}</div>
          )}
          {result.pendingExceptionId !== null && (
            <Flex gap={8} align="center" wrap style={{ marginTop: 8 }}>
              <Typography.Text strong>{t('membership.add.pending')}</Typography.Text>
              <Button
                size="small"
                onClick={() => props.onOpenException(result.pendingExceptionId!)}
                data-testid="open-pending-exception"
              >
                {t('membership.add.openPending')}
              </Button>
            </Flex>
          )}
          {!result.approver && result.pendingExceptionId === null && (
            <Flex gap={8} align="center" wrap style={{ marginTop: 8 }}>
              <Typography.Text strong>{t('membership.add.noApprover')}</Typography.Text>
              <Button size="small" onClick={props.onEditCharter} data-testid="add-edit-charter">
                {t('membership.charter.edit')}
              </Button>
            </Flex>
          )}
        </>
      }
    />
  );
}
