import { useEffect, useState } from 'react';
import { Alert, DatePicker, Descriptions, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ExceptionRow } from '../../../../shared/contract';
import type { Group } from '../../../../shared/domain';
import { useCommand } from '../../ui/useCommand';
import { formatDate } from '../../i18n/format';
import { checkCharter, decideException, peopleHoldingPost } from './store';

interface Values {
  decision: 'approved' | 'rejected';
  decidedBy?: string;
  decidedOn: Dayjs;
  documentRef?: string;
  note?: string;
  reviewOn?: Dayjs;
  addedBy?: string;
}

type Person = { id: string; name: string };

/**
 * The people who may decide an exception: the person it names, or everyone (active) who holds the
 * position it names. The registry's charter check already lists them when the charter's approver
 * is still the one the request was addressed to; otherwise they are looked up the same way.
 */
async function decidersOf(
  row: ExceptionRow,
): Promise<{ deciders: Person[]; adders: Person[]; administrator: boolean }> {
  const check = await checkCharter({ groupId: row.groupId, personId: row.personId }).catch(() => null);
  const adders = check?.adders ?? [];
  const administrator = check?.whoMayAdd === 'administrator';
  if (check?.approver && check.approver.kind === row.approver.kind && check.approver.ref === row.approver.ref) {
    return { deciders: check.approver.people, adders, administrator };
  }
  if (row.approver.kind === 'person')
    return { deciders: [{ id: row.approver.ref, name: row.approverLabel }], adders, administrator };
  return { deciders: await peopleHoldingPost({ post: row.approver.ref }), adders, administrator };
}

/** Records the approver's decision on an exception; an approval lets the person in at once. */
export function DecideExceptionModal({
  group,
  row,
  onClose,
}: {
  group: Group;
  row: ExceptionRow | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useCommand();
  const [people, setPeople] = useState<{ deciders: Person[]; adders: Person[]; administrator: boolean } | null>(null);
  const decision = Form.useWatch('decision', form);

  useEffect(() => {
    if (!row) return;
    form.resetFields();
    form.setFieldsValue({ decidedOn: dayjs(), reviewOn: row.reviewOn ? dayjs(row.reviewOn) : undefined });
    setError(null);
    setPeople(null);
    let live = true;
    decidersOf(row)
      .then((p) => {
        if (!live) return;
        setPeople(p);
        if (p.deciders.length === 1) form.setFieldValue('decidedBy', p.deciders[0]!.id);
        if (p.adders.length > 0) form.setFieldValue('addedBy', p.adders[0]!.id);
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [row, form, setError]);

  const submit = (values: Values) => {
    if (!row || !values.decidedBy) return;
    const decidedBy = values.decidedBy;
    void run(async () => {
      const approve = values.decision === 'approved';
      const result = await decideException({
        id: row.id,
        decision: values.decision,
        decidedBy,
        decidedOn: values.decidedOn.format('YYYY-MM-DD'),
        ...(values.documentRef?.trim() ? { documentRef: values.documentRef.trim() } : {}),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
        ...(approve && values.reviewOn ? { reviewOn: values.reviewOn.format('YYYY-MM-DD') } : {}),
        ...(approve && values.addedBy && !people?.administrator ? { addedBy: values.addedBy } : {}),
      });
      return approve
        ? t('membership.decide.approvedDone', { name: result.exception.personName, group: group.name })
        : t('membership.decide.rejectedDone', { name: result.exception.personName });
    }, onClose);
  };

  return (
    <Modal
      open={row !== null}
      title={row ? t('membership.decide.title', { name: row.personName }) : ''}
      // Nothing is chosen when the dialog opens (a decision is the approver's, not a default): the
      // button says what it will record and waits for the choice.
      okText={
        decision === 'rejected'
          ? t('membership.decide.rejectSubmit')
          : decision === 'approved'
            ? t('membership.decide.approveSubmit')
            : t('membership.decide.submit')
      }
      okButtonProps={{
        loading: busy,
        disabled: decision === undefined,
        danger: decision === 'rejected',
        'data-testid': 'decide-submit',
      }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
      width={620}
      data-testid="decide-modal"
    >
      {row && (
        <Descriptions
          size="small"
          column={1}
          bordered
          style={{ marginBottom: 16 }}
          items={[
            { key: 'person', label: t('membership.exceptions.person'), children: row.personName },
            {
              key: 'requested',
              label: t('membership.exceptions.requestedBy'),
              children: `${row.requestedByName ?? row.requestedBy} · ${formatDate(row.requestedOn)}`,
            },
            { key: 'reason', label: t('membership.exceptions.reason'), children: row.reason },
            { key: 'approver', label: t('membership.exceptions.approver'), children: row.approverLabel },
          ]}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="decide-error" />}
      <Form form={form} name="decide-exception" layout="vertical" onFinish={submit} requiredMark={false}>
        {/* Enter in a text field submits, as the OK button does (the button sits outside the form). */}
        <button type="submit" hidden />
        <Form.Item
          name="decision"
          label={t('membership.decide.decision')}
          rules={[{ required: true, message: t('membership.decide.decisionRequired') }]}
          extra={
            decision === undefined ? (
              <span data-testid="decide-choose-first">{t('membership.decide.chooseFirst')}</span>
            ) : undefined
          }
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            data-testid="decide-decision"
            options={[
              { value: 'approved', label: t('membership.decide.approve') },
              { value: 'rejected', label: t('membership.decide.reject') },
            ]}
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="decidedBy"
            label={t('membership.decide.decidedBy')}
            extra={t('membership.decide.decidedByHelp', { approver: row?.approverLabel ?? '' })}
            rules={[{ required: true, message: t('membership.decide.decidedByRequired') }]}
            style={{ flex: 1, minWidth: 240 }}
          >
            <Select
              loading={people === null}
              placeholder={t('membership.decide.decidedByPlaceholder')}
              notFoundContent={people ? t('membership.decide.noDeciders') : undefined}
              options={(people?.deciders ?? []).map((p) => ({ value: p.id, label: p.name }))}
              data-testid="decide-decided-by"
            />
          </Form.Item>
          <Form.Item
            name="decidedOn"
            label={t('membership.decide.decidedOn')}
            rules={[{ required: true }]}
            style={{ width: 180 }}
          >
            <DatePicker
              format="L"
              allowClear={false}
              style={{ width: '100%' }}
              disabledDate={(d) =>
                d.isAfter(dayjs(), 'day') || (row !== null && d.isBefore(dayjs(row.requestedOn), 'day'))
              }
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="documentRef"
          label={t('membership.decide.documentRef')}
          extra={t('membership.decide.documentRefHelp')}
        >
          <Input
            maxLength={500}
            placeholder={t('membership.decide.documentRefPlaceholder')}
            data-testid="decide-document"
          />
        </Form.Item>
        {decision === 'approved' && (
          <Flex gap={12} wrap>
            <Form.Item
              name="reviewOn"
              label={t('membership.decide.reviewOn')}
              extra={t('membership.decide.reviewOnHelp')}
              style={{ width: 240 }}
            >
              <DatePicker format="L" style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
            </Form.Item>
            {people && !people.administrator && people.adders.length > 0 && (
              <Form.Item name="addedBy" label={t('membership.add.addedBy')} style={{ flex: 1, minWidth: 200 }}>
                <Select options={people.adders.map((a) => ({ value: a.id, label: a.name }))} />
              </Form.Item>
            )}
          </Flex>
        )}
        <Form.Item name="note" label={t('membership.decide.note')}>
          <Input.TextArea rows={2} maxLength={2000} placeholder={t('membership.decide.notePlaceholder')} />
        </Form.Item>
        {decision === 'approved' && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('membership.decide.approveNote')}
          </Typography.Paragraph>
        )}
      </Form>
    </Modal>
  );
}
