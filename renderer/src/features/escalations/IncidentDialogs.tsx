import { useEffect } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ACTION_KINDS, ESCALATION_CHANNELS, type IncidentDetail } from '../../../../shared/contract';
import { PersonSelect } from '../../ui/PersonSelect';
import { useCommand } from '../../ui/useCommand';
import { datePickerFormat, formatDate } from '../../i18n/format';
import {
  addIncidentAction,
  closeIncident,
  decideIncident,
  dismissIncident,
  escalateIncident,
  reopenIncident,
} from './store';
import type { ButtonKind } from './rules';
import { PartyInput, partyOf, partyRequired, partyValue, type PartyValue } from './PartyInput';

export type DialogKind = Exclude<ButtonKind, 'edit'>;

type Values = {
  from?: PartyValue;
  to?: PartyValue;
  decidedBy?: PartyValue;
  on?: Dayjs;
  channel?: (typeof ESCALATION_CHANNELS)[number];
  request?: string;
  stepId?: number;
  decision?: string;
  documentRef?: string;
  kind?: (typeof ACTION_KINDS)[number];
  targetPersonId?: string;
  link?: string;
  note?: string;
  reason?: string;
};

const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');
const opt = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** The dialogs of an incident's page: escalate, decide, add an action, close, dismiss, reopen. */
export function IncidentDialog({
  detail,
  kind,
  onClose,
}: {
  detail: IncidentDetail;
  kind: DialogKind;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useCommand();
  const waiting = detail.steps.filter((s) => s.decidedOn === null);
  const last = detail.steps.at(-1);
  const required = { required: true, whitespace: true, message: t('escalations.form.required') };
  const partyRule = partyRequired(t('escalations.form.required'));

  useEffect(() => {
    const first = waiting[0];
    form.setFieldsValue({
      on: dayjs(),
      from: last ? partyValue(last.to) : { kind: 'position' },
      to: { kind: 'position' },
      channel: 'in_person',
      stepId: first?.id,
      decidedBy: partyValue(first?.to ?? null),
      kind: 'warning',
    });
    // Defaults once per opening (the dialog is mounted per opening).
  }, [form]);

  const submit = (v: Values) =>
    void run(async () => {
      const id = detail.id;
      switch (kind) {
        case 'escalate':
          await escalateIncident({
            id,
            from: partyOf(v.from ?? { kind: 'position' }),
            to: partyOf(v.to ?? { kind: 'position' }),
            escalatedOn: day(v.on),
            channel: v.channel ?? 'in_person',
            request: v.request ?? '',
          });
          break;
        case 'decide':
          await decideIncident({
            id,
            stepId: v.stepId,
            decidedBy: partyOf(v.decidedBy ?? { kind: 'position' }),
            decidedOn: day(v.on),
            decision: v.decision ?? '',
            documentRef: opt(v.documentRef),
          });
          break;
        case 'addAction':
          await addIncidentAction({
            id,
            kind: v.kind ?? 'other',
            targetPersonId: v.targetPersonId,
            link: opt(v.link),
            note: opt(v.note),
            takenOn: day(v.on),
          });
          break;
        case 'close':
          await closeIncident({ id, closedOn: day(v.on), note: opt(v.note) });
          break;
        case 'dismiss':
          await dismissIncident({ id, reason: v.reason ?? '' });
          break;
        case 'reopen':
          await reopenIncident({ id, reason: v.reason ?? '' });
          break;
      }
      return t(`escalations.${kind}.done`);
    }, onClose);

  const dateItem = (label: string) => (
    <Form.Item name="on" label={label} rules={[{ required: true }]}>
      <DatePicker
        format={datePickerFormat()}
        allowClear={false}
        disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(detail.noticedOn), 'day')}
      />
    </Form.Item>
  );

  return (
    <Modal
      open
      width={kind === 'escalate' || kind === 'decide' ? 680 : 560}
      title={t(`escalations.${kind}.title`)}
      okText={t(`escalations.${kind}.submit`)}
      okButtonProps={{ loading: busy, danger: kind === 'dismiss', 'data-testid': 'incident-dialog-submit' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid={`incident-dialog-${kind}`}
    >
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="incident-dialog-error" />
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        {kind === 'escalate' && (
          <>
            <Form.Item name="from" label={t('escalations.escalate.from')} rules={[partyRule]}>
              <PartyInput testId="escalate-from" />
            </Form.Item>
            <Form.Item name="to" label={t('escalations.escalate.to')} rules={[partyRule]}>
              <PartyInput testId="escalate-to" />
            </Form.Item>
            <Form.Item name="channel" label={t('escalations.escalate.channel')}>
              <Select options={ESCALATION_CHANNELS.map((c) => ({ value: c, label: t(`escalations.channel.${c}`) }))} />
            </Form.Item>
            {dateItem(t('escalations.escalate.on'))}
            <Form.Item name="request" label={t('escalations.escalate.request')} rules={[required]}>
              <Input.TextArea
                rows={3}
                maxLength={1000}
                placeholder={t('escalations.escalate.requestPlaceholder')}
                data-testid="escalate-request"
              />
            </Form.Item>
          </>
        )}
        {kind === 'decide' && (
          <>
            <Form.Item name="stepId" label={t('escalations.decide.step')} rules={[{ required: true }]}>
              <Select
                options={waiting.map((s) => ({
                  value: s.id,
                  label: `${t('escalations.page.stepNo', { n: s.seq })} · ${s.from.label} → ${s.to.label} · ${formatDate(s.escalatedOn)}`,
                }))}
                onChange={(stepId: number) =>
                  form.setFieldValue('decidedBy', partyValue(waiting.find((s) => s.id === stepId)?.to ?? null))
                }
                data-testid="decide-step"
              />
            </Form.Item>
            <Form.Item name="decidedBy" label={t('escalations.decide.decidedBy')} rules={[partyRule]}>
              <PartyInput testId="decide-by" />
            </Form.Item>
            {dateItem(t('escalations.decide.on'))}
            <Form.Item name="decision" label={t('escalations.decide.decision')} rules={[required]}>
              <Input.TextArea rows={3} maxLength={1000} data-testid="decide-decision" />
            </Form.Item>
            <Form.Item name="documentRef" label={t('escalations.decide.documentRef')}>
              <Input
                maxLength={500}
                placeholder={t('escalations.form.documentRefPlaceholder')}
                data-testid="decide-docref"
              />
            </Form.Item>
          </>
        )}
        {kind === 'addAction' && (
          <>
            <Form.Item name="kind" label={t('escalations.addAction.kind')} rules={[{ required: true }]}>
              <Select
                options={ACTION_KINDS.map((k) => ({ value: k, label: t(`escalations.action.${k}`) }))}
                data-testid="action-kind"
              />
            </Form.Item>
            <Form.Item name="targetPersonId" label={t('escalations.addAction.target')}>
              <PersonSelect placeholder={t('escalations.form.personPlaceholder')} allowClear testId="action-target" />
            </Form.Item>
            <Form.Item name="link" label={t('escalations.addAction.link')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="note" label={t('escalations.addAction.note')}>
              <Input.TextArea rows={2} maxLength={1000} data-testid="action-note" />
            </Form.Item>
            {dateItem(t('escalations.addAction.on'))}
          </>
        )}
        {kind === 'close' && (
          <>
            {dateItem(t('escalations.close.on'))}
            <Form.Item name="note" label={t('escalations.close.note')}>
              <Input.TextArea rows={2} maxLength={1000} data-testid="close-note" />
            </Form.Item>
          </>
        )}
        {(kind === 'dismiss' || kind === 'reopen') && (
          <Form.Item name="reason" label={t(`escalations.${kind}.reason`)} rules={[required]}>
            <Input.TextArea rows={3} maxLength={1000} autoFocus data-testid="incident-reason" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
