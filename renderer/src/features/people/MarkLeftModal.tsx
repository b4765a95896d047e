import { useEffect } from 'react';
import { Alert, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain';
import { useCommand } from '../../ui/useCommand';
import { datePickerFormat } from '../../i18n/format';
import { savePerson } from './store';

/**
 * Records that a person left the organisation on a date (`people.save` with status 'left', one
 * `person.left` event). Their memberships are not touched: each group they are still in is
 * flagged, and the admin removes them group by group with a reason.
 */
export function MarkLeftModal({
  person,
  groups,
  open,
  onClose,
}: {
  person: Person;
  groups: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ leftOn: Dayjs }>();
  const { busy, error, setError, run } = useCommand();

  useEffect(() => {
    if (open) setError(null);
  }, [open, setError]);

  const submit = ({ leftOn }: { leftOn: Dayjs }) =>
    void run(async () => {
      const { id, name, unitId, position, tierId, phone, handles } = person;
      await savePerson({
        id,
        name,
        unitId,
        position,
        tierId,
        phone,
        handles,
        status: 'left',
        leftOn: leftOn.format('YYYY-MM-DD'),
      });
      return t('directory.person.markedLeft', { name });
    }, onClose);

  return (
    <Modal
      open={open}
      title={t('directory.person.markLeftTitle', { name: person.name })}
      okText={t('directory.person.markLeftSubmit')}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'mark-left-confirm' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="mark-left-modal"
    >
      <Typography.Paragraph type="secondary">
        {groups > 0 ? t('directory.person.markLeftGroups', { count: groups }) : t('directory.person.markLeftNoGroups')}
      </Typography.Paragraph>
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="mark-left-error" />
      )}
      {/* Today, from the first frame the dialog shows (the dialog is built anew each time it
          opens): set from an effect, a confirm clicked as the dialog appeared could find the date
          not yet there and do nothing (seen in CI). */}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ leftOn: dayjs() }}>
        <Form.Item
          name="leftOn"
          label={t('person.leftOn')}
          rules={[{ required: true, message: t('directory.form.leftOnRequired') }]}
        >
          <DatePicker
            autoFocus
            format={datePickerFormat()}
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            data-testid="mark-left-date"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
