import { useEffect, useRef } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Typography, type GetRef } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/domain';
import { formatDate } from '../../i18n/format';
import { SubmitOnEnter } from '../../ui/SubmitOnEnter';
import { useCommand } from '../../ui/useCommand';
import { extendEndDate } from './store';
import { whenOpened } from '../../ui/whenOpened';

interface Values {
  endDate?: Dayjs;
  reason?: string;
}

/**
 * The task runs on: an ad-hoc group's end date moves later (today at the earliest). The date is
 * shown in the UI language's form; a typed ISO date (2026-03-04) is understood in every one.
 */
function ExtendEndDateDialog({ group, open, onClose }: { group: Group; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useCommand();
  const picker = useRef<GetRef<typeof DatePicker> | null>(null);
  // Today at the earliest, and after the current end date.
  const today = dayjs().startOf('day');
  const afterEnd = group.endDate ? dayjs(group.endDate).add(1, 'day') : today;
  const earliest = afterEnd.isAfter(today) ? afterEnd : today;

  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form, setError]);

  const submit = (values: Values) => {
    if (!values.endDate) return;
    const endDate = values.endDate.format('YYYY-MM-DD');
    const reason = values.reason?.trim();
    void run(async () => {
      await extendEndDate({ groupId: group.id, endDate, ...(reason ? { reason } : {}) });
      return t('lifecycle.extended', { group: group.name, date: formatDate(endDate) });
    }, onClose);
  };

  return (
    <Modal
      open={open}
      title={t('lifecycle.extendTitle', { group: group.name })}
      okText={t('lifecycle.extendSubmit')}
      okButtonProps={{ loading: busy, 'data-testid': 'extend-submit' } as never}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      // The date takes the focus once the dialog is open (a picker's autoFocus loses to the dialog's own).
      afterOpenChange={(visible) => visible && picker.current?.focus()}
      destroyOnHidden
      forceRender
      data-testid="extend-modal"
    >
      <Typography.Paragraph type="secondary">
        {t('lifecycle.extendIntro', { date: group.endDate ? formatDate(group.endDate) : '—' })}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="extend-error" />}
      <Form form={form} name="extend-end-date" layout="vertical" onFinish={submit} requiredMark={false}>
        <SubmitOnEnter />
        <Form.Item
          name="endDate"
          label={t('lifecycle.newEndDate')}
          rules={[{ required: true, message: t('lifecycle.newEndDateRequired') }]}
          style={{ width: 220 }}
        >
          <DatePicker
            ref={picker}
            format={['L', 'YYYY-MM-DD', 'YYYY/M/D']}
            defaultPickerValue={earliest}
            disabledDate={(d) => d.isBefore(earliest, 'day')}
            placeholder={t('lifecycle.newEndDatePlaceholder', { example: earliest.format('L') })}
            style={{ width: '100%' }}
            data-testid="extend-date"
          />
        </Form.Item>
        <Form.Item name="reason" label={t('lifecycle.reason')}>
          <Input maxLength={500} placeholder={t('lifecycle.extendReasonPlaceholder')} data-testid="extend-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export const ExtendEndDateModal = whenOpened(ExtendEndDateDialog);
