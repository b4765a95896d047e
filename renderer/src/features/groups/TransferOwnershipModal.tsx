import { useEffect, useMemo } from 'react';
import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '../../../../shared/contract';
import { useCommand } from '../../ui/useCommand';
import { collator } from '../../i18n/format';
import { useLocale } from '../../platform/settings';
import { transferOwnership } from './store';
import { whenOpened } from '../../ui/whenOpened';

interface Values {
  toPersonId?: string;
  reason?: string;
}

/**
 * Hands the group to another current member (the platform's "transfer group owner"). The old
 * owner stays as an ordinary member; only then can they be removed.
 */
function TransferOwnershipDialog({
  detail,
  open,
  onClose,
}: {
  detail: GroupDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useCommand();
  const { group } = detail;

  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form, setError]);

  const candidates = useMemo(
    () =>
      detail.members
        .filter((m) => m.role !== 'owner' && m.personStatus === 'active')
        .sort((a, b) => (a.role === b.role ? collator(locale).compare(a.name, b.name) : a.role === 'deputy' ? -1 : 1))
        .map((m) => ({
          value: m.personId,
          label: m.name,
          detail: [t(`role.${m.role}`), m.unitName, m.position].filter(Boolean).join(' · '),
        })),
    [detail.members, locale, t],
  );

  const submit = (values: Values) => {
    if (!values.toPersonId || !values.reason) return;
    const toPersonId = values.toPersonId;
    const reason = values.reason.trim();
    void run(async () => {
      await transferOwnership({ groupId: group.id, toPersonId, reason });
      const name = candidates.find((c) => c.value === toPersonId)?.label ?? toPersonId;
      return t('membership.transfer.done', { name, group: group.name });
    }, onClose);
  };

  return (
    <Modal
      open={open}
      title={t('membership.transfer.title', { group: group.name })}
      okText={t('membership.transfer.submit')}
      okButtonProps={{ loading: busy, 'data-testid': 'transfer-submit' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
      data-testid="transfer-modal"
    >
      <Typography.Paragraph type="secondary">
        {t('membership.transfer.intro', { owner: detail.ownerName ?? t('groups.noOwner') })}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="transfer-error" />}
      <Form form={form} name="transfer-ownership" layout="vertical" onFinish={submit} requiredMark={false}>
        {/* Enter in a text field submits, as the OK button does (the button sits outside the form). */}
        <button type="submit" hidden />
        <Form.Item
          name="toPersonId"
          label={t('membership.transfer.to')}
          rules={[{ required: true, message: t('membership.transfer.toRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            autoFocus
            placeholder={t('membership.transfer.toPlaceholder')}
            options={candidates}
            optionRender={(o) => (
              <span>
                {o.data.label}
                <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                  {o.data.detail}
                </Typography.Text>
              </span>
            )}
            notFoundContent={t('membership.transfer.noCandidates')}
            data-testid="transfer-to"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('membership.transfer.reason')}
          rules={[{ required: true, whitespace: true, message: t('membership.transfer.reasonRequired') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={t('membership.transfer.reasonPlaceholder')}
            data-testid="transfer-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export const TransferOwnershipModal = whenOpened(TransferOwnershipDialog);
