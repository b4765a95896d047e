import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/domain';
import { SubmitOnEnter } from '../../ui/SubmitOnEnter';
import { useCommand } from '../../ui/useCommand';
import { archiveGroup } from './store';
import { whenOpened } from '../../ui/whenOpened';

/** Archives a group nobody is left in, or a dissolved one, with an optional note of why. */
function ArchiveGroupDialog({ group, open, onClose }: { group: Group; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  const { busy, error, setError, run } = useCommand();

  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form, setError]);

  const submit = (values: { reason?: string }) => {
    const reason = values.reason?.trim();
    void run(async () => {
      await archiveGroup({ groupId: group.id, ...(reason ? { reason } : {}) });
      return t('lifecycle.archivedDone', { group: group.name });
    }, onClose);
  };

  return (
    <Modal
      open={open}
      title={t('lifecycle.archiveTitle', { group: group.name })}
      okText={t('lifecycle.archiveSubmit')}
      okButtonProps={{ loading: busy, 'data-testid': 'archive-submit' } as never}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
      data-testid="archive-modal"
    >
      <Typography.Paragraph type="secondary">{t('lifecycle.archiveIntro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="archive-error" />}
      <Form form={form} name="archive-group" layout="vertical" onFinish={submit} requiredMark={false}>
        <SubmitOnEnter />
        <Form.Item name="reason" label={t('lifecycle.reason')}>
          <Input
            autoFocus
            maxLength={500}
            placeholder={t('lifecycle.archiveReasonPlaceholder')}
            data-testid="archive-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export const ArchiveGroupModal = whenOpened(ArchiveGroupDialog);
