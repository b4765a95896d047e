import { useEffect, useMemo } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/domain';
import type { MemberRow } from '../../../../shared/contract';
import { call } from '../../api';
import { PersonSelect } from '../../components/PersonSelect';
import { useCommand } from '../../hooks/useCommand';
import { ensureDirectory, useDirectory } from '../../stores/directory';

interface Values {
  personId: string;
  role: 'member' | 'deputy';
  requestedBy?: string;
  note?: string;
}

/** Adds a person to the group; who asked and why are kept with the membership. */
export function AddMemberModal(props: { group: Group; open: boolean; members: MemberRow[]; onClose: () => void }) {
  const { group, open, members, onClose } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useCommand();
  const current = useMemo(() => new Map(members.map((m) => [m.personId, t('add.alreadyMember')])), [members, t]);

  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form, setError]);
  useEffect(ensureDirectory, []);

  const submit = (values: Values) =>
    run(async () => {
      await call('members.add', {
        groupId: group.id,
        personId: values.personId,
        role: values.role,
        ...(values.requestedBy ? { requestedBy: values.requestedBy } : {}),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      });
      const name = useDirectory.getState().data?.people.get(values.personId) ?? values.personId;
      return t('add.done', { name });
    }, onClose);

  return (
    <Modal
      open={open}
      title={t('add.title', { group: group.name })}
      okText={t('add.submit')}
      okButtonProps={{ loading: busy }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      styles={{ body: { paddingTop: 8 } }}
      width={560}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="add-error" />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'member' }} requiredMark={false}>
        <Form.Item
          name="personId"
          label={t('add.person')}
          rules={[{ required: true, message: t('add.personRequired') }]}
        >
          <PersonSelect placeholder={t('add.personPlaceholder')} disabledIds={current} testId="add-person" autoFocus />
        </Form.Item>
        <Form.Item name="role" label={t('add.role')}>
          <Select options={(['member', 'deputy'] as const).map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item name="requestedBy" label={t('add.requestedBy')} extra={t('add.requestedByHelp')}>
          <PersonSelect placeholder={t('add.requestedByPlaceholder')} allowClear />
        </Form.Item>
        <Form.Item name="note" label={t('add.note')}>
          <Input.TextArea rows={2} maxLength={500} showCount placeholder={t('add.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
