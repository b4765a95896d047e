import { useEffect } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/domain';
import type { MemberRow } from '../../../../shared/contract';
import { useCommand } from '../../ui/useCommand';
import { removeMember } from './store';

interface Values {
  reason: string;
  leftOn: Dayjs;
}

/**
 * Removes one member with a reason. The owner cannot be removed: the dialog says so at once and
 * offers nothing to fill in (the member table already disables the owner's button). The service
 * has the last word (a group that is closing cannot change); its translated message is shown.
 */
export function RemoveMemberModal({
  group,
  member,
  onClose,
}: {
  group: Group;
  member: MemberRow | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useCommand();
  const owner = member?.role === 'owner';

  useEffect(() => {
    if (member) {
      form.resetFields();
      form.setFieldsValue({ leftOn: dayjs() });
      setError(null);
    }
  }, [member, form, setError]);

  const submit = (values: Values) => {
    if (!member) return;
    void run(async () => {
      await removeMember({
        groupId: group.id,
        personId: member.personId,
        reason: values.reason.trim(),
        leftOn: values.leftOn.format('YYYY-MM-DD'),
      });
      return t('remove.done', { name: member.name });
    }, onClose);
  };

  return (
    <Modal
      open={member !== null}
      title={member ? t('remove.title', { name: member.name }) : ''}
      okText={t('remove.submit')}
      okButtonProps={{ danger: true, loading: busy, disabled: owner, 'data-testid': 'remove-confirm' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      styles={{ body: { paddingTop: 8 } }}
      data-testid="remove-modal"
    >
      {member && (
        <>
          <Typography.Paragraph type="secondary">
            {t('remove.intro', { name: member.name, group: group.name })}
          </Typography.Paragraph>
          {owner && (
            <Alert
              type="warning"
              showIcon
              title={t('remove.ownerBlocked', { name: member.name })}
              style={{ marginBottom: 12 }}
              data-testid="remove-owner-blocked"
            />
          )}
          {error && (
            <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="remove-error" />
          )}
          <Form
            form={form}
            name="remove-member"
            layout="vertical"
            onFinish={submit}
            requiredMark={false}
            disabled={owner}
            hidden={owner}
          >
            {/* Enter in a text field submits, as the OK button does (the button sits outside the form). */}
            <button type="submit" hidden />
            <Form.Item
              name="reason"
              label={t('remove.reason')}
              rules={[{ required: true, whitespace: true, message: t('remove.reasonRequired') }]}
            >
              <Input.TextArea
                rows={3}
                maxLength={500}
                showCount
                autoFocus
                placeholder={t('remove.reasonPlaceholder')}
                data-testid="remove-reason"
              />
            </Form.Item>
            <Form.Item name="leftOn" label={t('remove.leftOn')} rules={[{ required: true }]}>
              <DatePicker
                format="L"
                allowClear={false}
                disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(member.joinedOn), 'day')}
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
