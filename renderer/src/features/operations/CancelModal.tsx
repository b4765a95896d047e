import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunbookSummary } from '../../../../shared/contract';
import { useCommand } from '../../ui/useCommand';
import { cancelRunbook } from './store';

/** Cancels an open runbook with a reason; done steps stay done. */
export function CancelModal({
  view,
  open,
  onClose,
}: {
  view: Pick<RunbookSummary, 'id'>;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, error, setError, run } = useCommand();

  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form, setError]);

  const submit = ({ reason }: { reason: string }) =>
    void run(async () => {
      await cancelRunbook(view.id, reason.trim());
      return t('operations.state.cancelled');
    }, onClose);

  return (
    <Modal
      open={open}
      title={t('operations.walk.cancelTitle')}
      okText={t('operations.walk.cancelConfirm')}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'cancel-confirm' } as never}
      cancelText={t('operations.walk.keep')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="cancel-modal"
    >
      <Typography.Paragraph type="secondary">{t('operations.walk.cancelBody')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="reason"
          label={t('operations.walk.cancelReason')}
          rules={[{ required: true, whitespace: true, message: t('operations.walk.cancelReasonRequired') }]}
        >
          <Input autoFocus maxLength={500} data-testid="cancel-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
