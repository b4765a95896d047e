import { useEffect } from 'react';
import { Alert, Button, Col, DatePicker, Flex, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  INVOLVEMENT_ROLES,
  SEVERITIES,
  SUMMARY_MAX,
  type IncidentKind,
  type InvolvementRole,
  type Severity,
} from '../../../../shared/contract';
import { PersonSelect } from '../../ui/PersonSelect';
import { useCommand } from '../../ui/useCommand';
import { datePickerFormat } from '../../i18n/format';
import { ensureGroupChoices, useGroupChoices } from '../../platform/directory';
import { useNav } from '../../platform/nav';
import { createIncident, ensureKinds, updateIncident, useIncidentKinds } from './store';
import { kindName } from './labels';
import { useIncidentForm } from './formState';

interface Values {
  kind: IncidentKind;
  severity: Severity;
  groupId?: string;
  occurredOn: Dayjs;
  noticedOn: Dayjs;
  summary: string;
  documentRef?: string;
  people: Array<{ personId?: string; name?: string; role: InvolvementRole }>;
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Records a new incident or corrects one: the administrator's own summary, never message contents. */
export function IncidentFormModal() {
  const { t } = useTranslation();
  const { editing, groupId, close } = useIncidentForm();
  const groups = useGroupChoices((s) => s.data) ?? [];
  useEffect(ensureGroupChoices, []);
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useCommand();
  const kinds = useIncidentKinds((s) => s.data);
  useEffect(ensureKinds, []);
  // Kinds offered for new incidents; a corrected incident may keep a kind retired since.
  const kindOptions = (kinds ?? [])
    .filter((k) => !k.retired || k.id === editing?.kind)
    .map((k) => {
      const label = kindName(t, { kind: k.id, kindLabel: k.label });
      return { value: k.id, label: k.retired ? t('escalations.kindRetired', { label }) : label };
    });

  useEffect(() => {
    if (editing) {
      form.setFieldsValue({
        kind: editing.kind,
        severity: editing.severity,
        groupId: editing.groupId ?? undefined,
        occurredOn: dayjs(editing.occurredOn),
        noticedOn: dayjs(editing.noticedOn),
        summary: editing.summary,
        documentRef: editing.documentRef ?? undefined,
        people: editing.people.map((p) => ({ personId: p.personId, name: p.name, role: p.role })),
      });
    } else {
      form.setFieldsValue({
        severity: 'medium',
        groupId: groupId ?? undefined,
        occurredOn: dayjs(),
        noticedOn: dayjs(),
        people: [],
      });
    }
  }, [editing, groupId, form]);

  const submit = (v: Values) =>
    void run(async () => {
      const fields = {
        kind: v.kind,
        severity: v.severity,
        groupId: v.groupId ?? null,
        occurredOn: day(v.occurredOn),
        noticedOn: day(v.noticedOn),
        summary: v.summary,
        documentRef: v.documentRef?.trim() ? v.documentRef.trim() : null,
        people: (v.people ?? []).flatMap((p) => (p.personId ? [{ personId: p.personId, role: p.role }] : [])),
      };
      if (editing) {
        await updateIncident({ id: editing.id, ...fields });
        return t('escalations.form.saved');
      }
      const created = await createIncident(fields);
      useNav.getState().go({ page: 'incident', id: created.id });
      return t('escalations.form.created');
    }, close);

  return (
    <Modal
      open
      width={760}
      title={editing ? t('escalations.form.titleEdit') : t('escalations.form.titleNew')}
      okText={editing ? t('escalations.form.save') : t('escalations.form.create')}
      okButtonProps={{ loading: busy, 'data-testid': 'incident-form-submit' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      data-testid="incident-form"
    >
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="incident-form-error" />
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="kind"
              label={t('escalations.form.kind')}
              rules={[{ required: true, message: t('escalations.form.required') }]}
            >
              <Select data-testid="incident-form-kind" loading={!kinds} options={kindOptions} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="severity" label={t('escalations.form.severity')} rules={[{ required: true }]}>
              <Select
                data-testid="incident-form-severity"
                options={SEVERITIES.map((s) => ({ value: s, label: t(`escalations.severity.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="groupId" label={t('escalations.form.group')} extra={t('escalations.form.groupHint')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={groups}
                data-testid="incident-form-group"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="occurredOn" label={t('escalations.form.occurredOn')} rules={[{ required: true }]}>
              <DatePicker
                format={datePickerFormat()}
                allowClear={false}
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="noticedOn"
              label={t('escalations.form.noticedOn')}
              dependencies={['occurredOn']}
              rules={[
                { required: true },
                ({ getFieldValue }) => ({
                  validator: (_, value: Dayjs | undefined) => {
                    const occurred = getFieldValue('occurredOn') as Dayjs | undefined;
                    return value && occurred && value.isBefore(occurred, 'day')
                      ? Promise.reject(new Error(t('escalations.form.noticedBefore')))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker
                format={datePickerFormat()}
                allowClear={false}
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('escalations.form.people')} style={{ marginBottom: 8 }}>
          <Form.List name="people">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="center" data-testid="incident-form-person">
                    <div style={{ flex: 1, minWidth: 0 }}>
                      {form.getFieldValue(['people', field.name, 'name']) ? (
                        <Typography.Text strong>
                          {form.getFieldValue(['people', field.name, 'name']) as string}
                        </Typography.Text>
                      ) : (
                        <Form.Item name={[field.name, 'personId']} noStyle rules={[{ required: true }]}>
                          <PersonSelect
                            placeholder={t('escalations.form.personPlaceholder')}
                            testId="incident-person-select"
                          />
                        </Form.Item>
                      )}
                    </div>
                    <Form.Item name={[field.name, 'role']} noStyle>
                      <Select
                        style={{ width: 150 }}
                        data-testid="incident-person-role"
                        options={INVOLVEMENT_ROLES.map((r) => ({ value: r, label: t(`escalations.role.${r}`) }))}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('escalations.form.removePerson')}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ role: fields.length === 0 ? 'poster' : 'party' })}
                  data-testid="incident-form-add-person"
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t('escalations.form.addPerson')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          title={t('escalations.form.summaryWarning')}
          style={{ marginBottom: 8 }}
          data-testid="incident-summary-warning"
        />
        <Form.Item
          name="summary"
          label={t('escalations.form.summary')}
          rules={[{ required: true, whitespace: true, message: t('escalations.form.required') }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={SUMMARY_MAX}
            showCount
            placeholder={t('escalations.form.summaryPlaceholder')}
            data-testid="incident-form-summary"
          />
        </Form.Item>
        <Form.Item name="documentRef" label={t('escalations.form.documentRef')}>
          <Input
            maxLength={500}
            placeholder={t('escalations.form.documentRefPlaceholder')}
            data-testid="incident-form-docref"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
