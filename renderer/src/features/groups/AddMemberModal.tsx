import { useEffect, useMemo, useState } from 'react';
import { Alert, DatePicker, Flex, Form, Input, Modal, Select, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CharterCheckResult, GroupDetail } from '../../../../shared/contract';
import { PersonSelect } from '../../ui/PersonSelect';
import { useCommand } from '../../ui/useCommand';
import { currentDirectory, useDirectory } from '../../platform/directory';
import { CheckPanel } from './CheckPanel';
import { addMember, checkCharter, requestException } from './store';

interface Values {
  personId?: string;
  role: 'member' | 'deputy';
  requestedBy?: string;
  addedBy?: string;
  joinedOn?: Dayjs;
  note?: string;
  reason?: string;
  reviewOn?: Dayjs;
}

type Check = { personId: string; result: CharterCheckResult | null; error: string | null };

/** What the dialog can do for the chosen person, decided by the charter check. */
type Mode = 'choose' | 'checking' | 'add' | 'request' | 'blocked';

function modeOf(check: Check | null, personId: string | undefined): Mode {
  if (!personId) return 'choose';
  if (!check || check.personId !== personId) return 'checking';
  const r = check.result;
  if (!r || r.alreadyMember) return 'blocked';
  // Eligible, but nobody the charter allows can add (the owner has left or is missing).
  if (r.eligible) return r.whoMayAdd !== 'administrator' && r.adders.length === 0 ? 'blocked' : 'add';
  if (r.pendingExceptionId !== null || r.approver === null) return 'blocked';
  return 'request';
}

/**
 * Adds a person to the group through the charter check. As soon as a person is chosen the
 * registry checks them against the charter: someone within it is added (saying who asked and who
 * added them, as the charter allows); someone outside it can only be let in by an exception, so
 * the dialog turns into the request for one, addressed to the charter's approver.
 */
export function AddMemberModal(props: {
  detail: GroupDetail;
  open: boolean;
  onClose: () => void;
  /** Shows an exception request on the group page (a pending one, or the one just sent). */
  onOpenException: (id: number) => void;
  onEditCharter: () => void;
}) {
  const { detail, open, onClose, onOpenException, onEditCharter } = props;
  const { group, members } = detail;
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useCommand();
  const [check, setCheck] = useState<Check | null>(null);
  const personId = Form.useWatch('personId', form);
  const current = useMemo(() => new Map(members.map((m) => [m.personId, t('add.alreadyMember')])), [members, t]);
  const mode = modeOf(check, personId);
  const result = check && check.personId === personId ? check.result : null;

  useEffect(() => {
    if (open) {
      form.resetFields();
      setCheck(null);
      setError(null);
    }
  }, [open, form, setError]);

  // The live charter check for the chosen person.
  useEffect(() => {
    if (!open || !personId) return;
    let live = true;
    setError(null);
    checkCharter({ groupId: group.id, personId })
      .then((r) => {
        if (!live) return;
        setCheck({ personId, result: r, error: null });
        // Default adder: the first the charter allows (the owner).
        if (r.whoMayAdd !== 'administrator' && r.adders.length > 0) form.setFieldValue('addedBy', r.adders[0]!.id);
      })
      .catch(
        (e: unknown) => live && setCheck({ personId, result: null, error: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [open, personId, group.id, form, setError]);

  // The chosen person's name, asked of the registry when first shown (the panel draws again then).
  useDirectory();
  const nameOf = (id: string) => currentDirectory().people.get(id) ?? id;

  const submit = (values: Values) => {
    if (!values.personId || !result) return;
    const personId = values.personId;
    if (mode === 'add') {
      void run(async () => {
        await addMember({
          groupId: group.id,
          personId,
          role: values.role,
          ...(values.requestedBy ? { requestedBy: values.requestedBy } : {}),
          ...(values.addedBy && result.whoMayAdd !== 'administrator' ? { addedBy: values.addedBy } : {}),
          ...(values.joinedOn ? { joinedOn: values.joinedOn.format('YYYY-MM-DD') } : {}),
          ...(values.note?.trim() ? { note: values.note.trim() } : {}),
        });
        return t('add.done', { name: nameOf(personId) });
      }, onClose);
    } else if (mode === 'request' && values.requestedBy && values.reason) {
      let created: number | null = null;
      const requestedBy = values.requestedBy;
      const reason = values.reason.trim();
      void run(
        async () => {
          const row = await requestException({
            groupId: group.id,
            personId,
            requestedBy,
            reason,
            role: values.role,
            ...(values.reviewOn ? { reviewOn: values.reviewOn.format('YYYY-MM-DD') } : {}),
          });
          created = row.id;
          return t('membership.add.requestSent', { name: row.personName, approver: row.approverLabel });
        },
        () => {
          onClose();
          if (created !== null) onOpenException(created);
        },
      );
    }
  };

  const okText = mode === 'request' ? t('membership.add.requestSubmit') : t('add.submit');

  return (
    <Modal
      open={open}
      title={t('add.title', { group: group.name })}
      okText={okText}
      okButtonProps={{
        loading: busy,
        disabled: mode !== 'add' && mode !== 'request',
        'data-testid': 'add-submit',
      }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      styles={{ body: { paddingTop: 8 } }}
      width={620}
      data-testid="add-modal"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="add-error" />}
      <Form
        form={form}
        name="add-member"
        layout="vertical"
        onFinish={submit}
        initialValues={{ role: 'member', joinedOn: dayjs() }}
        requiredMark={false}
      >
        {/* Enter in a text field submits, as the OK button does (the button sits outside the form). */}
        <button type="submit" hidden />
        <Form.Item
          name="personId"
          label={t('add.person')}
          rules={[{ required: true, message: t('add.personRequired') }]}
        >
          <PersonSelect placeholder={t('add.personPlaceholder')} disabledIds={current} testId="add-person" autoFocus />
        </Form.Item>

        {mode === 'choose' && (
          <Typography.Paragraph type="secondary" data-testid="charter-check-hint">
            {t('membership.add.chooseHint')}
          </Typography.Paragraph>
        )}
        {mode === 'checking' && !check?.error && (
          <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
            <Spin size="small" />
            <Typography.Text type="secondary">{t('membership.add.checking')}</Typography.Text>
          </Flex>
        )}
        {check && check.personId === personId && check.error && (
          <Alert
            type="error"
            showIcon
            title={check.error}
            style={{ marginBottom: 16 }}
            data-testid="charter-check-error"
          />
        )}
        {result && personId && (
          <CheckPanel
            result={result}
            personName={nameOf(personId)}
            groupName={group.name}
            onOpenException={(id) => {
              onClose();
              onOpenException(id);
            }}
            onEditCharter={() => {
              onClose();
              onEditCharter();
            }}
          />
        )}

        {mode === 'add' && result && (
          <>
            <Flex gap={12} wrap>
              <Form.Item
                name="requestedBy"
                label={t('add.requestedBy')}
                extra={t('add.requestedByHelp')}
                style={{ flex: 1, minWidth: 220 }}
              >
                <PersonSelect placeholder={t('add.requestedByPlaceholder')} allowClear testId="add-requested-by" />
              </Form.Item>
              {result.whoMayAdd !== 'administrator' && (
                <Form.Item
                  name="addedBy"
                  label={t('membership.add.addedBy')}
                  extra={t(`membership.add.addedByHelp.${result.whoMayAdd}`)}
                  rules={[{ required: true, message: t('membership.add.addedByRequired') }]}
                  style={{ flex: 1, minWidth: 220 }}
                >
                  <Select
                    data-testid="add-added-by"
                    options={result.adders.map((a) => ({ value: a.id, label: a.name }))}
                  />
                </Form.Item>
              )}
            </Flex>
            <Flex gap={12} wrap>
              <Form.Item name="role" label={t('add.role')} style={{ width: 140 }}>
                <Select options={(['member', 'deputy'] as const).map((r) => ({ value: r, label: t(`role.${r}`) }))} />
              </Form.Item>
              <Form.Item
                name="joinedOn"
                label={t('membership.add.joinedOn')}
                rules={[{ required: true, message: t('membership.add.joinedOnRequired') }]}
                style={{ width: 200 }}
              >
                <DatePicker
                  format="L"
                  allowClear={false}
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(group.createdOn), 'day')}
                  data-testid="add-joined-on"
                />
              </Form.Item>
              <Form.Item name="note" label={t('add.note')} style={{ flex: 1, minWidth: 240 }}>
                <Input.TextArea
                  rows={1}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={500}
                  placeholder={t('add.notePlaceholder')}
                />
              </Form.Item>
            </Flex>
          </>
        )}

        {mode === 'request' && result?.approver && (
          <>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('membership.add.requestTitle')}
            </Typography.Title>
            <Form.Item
              name="requestedBy"
              label={t('membership.add.requestedBy')}
              extra={t('membership.add.requestedByHelp')}
              rules={[{ required: true, message: t('membership.add.requestedByRequired') }]}
            >
              <PersonSelect placeholder={t('add.requestedByPlaceholder')} testId="exception-requested-by" />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('membership.add.reason')}
              rules={[{ required: true, whitespace: true, message: t('membership.add.reasonRequired') }]}
            >
              <Input.TextArea
                rows={3}
                maxLength={1000}
                showCount
                placeholder={t('membership.add.reasonPlaceholder')}
                data-testid="exception-reason"
              />
            </Form.Item>
            <Flex gap={12} wrap>
              <Form.Item name="role" label={t('add.role')} style={{ width: 140 }}>
                <Select options={(['member', 'deputy'] as const).map((r) => ({ value: r, label: t(`role.${r}`) }))} />
              </Form.Item>
              <Form.Item name="reviewOn" label={t('membership.add.reviewOn')} extra={t('membership.add.reviewOnHelp')}>
                <DatePicker
                  format="L"
                  style={{ width: 200 }}
                  disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                  data-testid="exception-review-on"
                />
              </Form.Item>
            </Flex>
          </>
        )}
      </Form>
    </Modal>
  );
}
