import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Drawer, Flex, Form, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PLATFORMS, type Handles, type Person, type Platform } from '../../../../shared/domain';
import { ApiError } from '../../platform/api';
import { datePickerFormat } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { refreshAll } from '../../platform/registry';
import { ensureStructure, UnitTreeSelect, useStructure } from '../organisation';
import { isPhoneLike } from './personRules';
import { SubmitOnEnter } from '../../ui/SubmitOnEnter';
import { savePerson } from './store';

interface Values {
  name: string;
  unitId: string | null;
  position?: string;
  tierId: string | null;
  phone?: string;
  handles: Partial<Record<Platform, string>>;
  status: Person['status'];
  leftOn: Dayjs | null;
}

/** A refusal the admin can act on: the same name in the unit (save anyway) or the same contact. */
interface Refusal {
  code: 'duplicate_person' | 'duplicate_contact' | 'other';
  message: string;
  personId: string | null;
}

/**
 * Creates or edits a person. The checks mirror the service's (name required, lengths, a phone
 * that looks like one, a date for someone who left) so most mistakes are caught beside the field;
 * the service still has the last word, and its refusals show at the top of the form. A second
 * person with the same name in the same unit can be saved on purpose ("save anyway"); the same
 * phone or handle cannot, because that is the same person.
 */
export function PersonFormDrawer({
  open,
  person,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** The person to edit; null creates a new one. */
  person: Person | null;
  onClose: () => void;
  onSaved?: (person: Person) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const go = useNav((s) => s.go);
  const [form] = Form.useForm<Values>();
  const structure = useStructure((s) => s.data);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const status = Form.useWatch('status', form);
  const tiers = useMemo(() => [...(structure?.tiers ?? [])].sort((a, b) => a.rank - b.rank), [structure]);

  useEffect(ensureStructure, []);
  useEffect(() => {
    if (!open) return;
    setRefusal(null);
    form.resetFields();
    form.setFieldsValue(
      person
        ? {
            name: person.name,
            unitId: person.unitId,
            position: person.position ?? '',
            tierId: person.tierId,
            phone: person.phone ?? '',
            handles: { ...person.handles },
            status: person.status,
            leftOn: person.leftOn ? dayjs(person.leftOn) : null,
          }
        : { name: '', unitId: null, tierId: null, handles: {}, status: 'active', leftOn: null },
    );
  }, [open, person, form]);

  const save = async (values: Values, allowDuplicate: boolean) => {
    setBusy(true);
    setRefusal(null);
    const handles: Handles = {};
    for (const platform of PLATFORMS) {
      const value = values.handles?.[platform]?.trim();
      if (value) handles[platform] = value;
    }
    try {
      const saved = await savePerson({
        ...(person ? { id: person.id } : {}),
        name: values.name.trim(),
        unitId: values.unitId ?? null,
        position: values.position?.trim() || null,
        tierId: values.tierId ?? null,
        phone: values.phone?.trim() || null,
        handles,
        status: values.status,
        leftOn: values.status === 'left' && values.leftOn ? values.leftOn.format('YYYY-MM-DD') : null,
        ...(allowDuplicate ? { allowDuplicate: true } : {}),
      });
      message.success(
        person ? t('directory.form.saved', { name: saved.name }) : t('directory.form.created', { name: saved.name }),
      );
      refreshAll();
      onClose();
      onSaved?.(saved);
    } catch (e) {
      const code = e instanceof ApiError ? e.code : 'other';
      const personId = e instanceof ApiError && typeof e.params.personId === 'string' ? e.params.personId : null;
      setRefusal({
        code: code === 'duplicate_person' || code === 'duplicate_contact' ? code : 'other',
        message: e instanceof Error ? e.message : String(e),
        personId,
      });
    } finally {
      setBusy(false);
    }
  };

  const openExisting = (id: string) => {
    onClose();
    go({ page: 'person', id });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={person ? t('directory.form.editTitle', { name: person.name }) : t('directory.form.newTitle')}
      size={640}
      destroyOnHidden
      data-testid="person-form"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="person-save">
            {person ? t('common.save') : t('directory.form.create')}
          </Button>
        </Flex>
      }
    >
      {refusal && (
        <Alert
          type={refusal.code === 'duplicate_person' ? 'warning' : 'error'}
          showIcon
          style={{ marginBottom: 16 }}
          title={refusal.message}
          data-testid="person-form-error"
          data-code={refusal.code}
          action={
            <Flex vertical gap={6}>
              {refusal.code === 'duplicate_person' && (
                <Button
                  size="small"
                  type="primary"
                  loading={busy}
                  onClick={() => void form.validateFields().then((v) => save(v, true))}
                  data-testid="person-save-anyway"
                >
                  {t('directory.form.saveAnyway')}
                </Button>
              )}
              {refusal.personId && refusal.code !== 'other' && (
                <Button size="small" onClick={() => openExisting(refusal.personId!)} data-testid="person-open-existing">
                  {t('directory.form.openExisting')}
                </Button>
              )}
            </Flex>
          }
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={(values) => void save(values, false)}
        // A refusal was about the values as they were: "save anyway" must not apply to new ones.
        onValuesChange={() => refusal && setRefusal(null)}
      >
        <Form.Item
          name="name"
          label={t('people.name')}
          rules={[
            { required: true, whitespace: true, message: t('directory.form.nameRequired') },
            { max: 200, message: t('directory.tooLong', { max: 200 }) },
          ]}
        >
          <Input
            autoFocus
            maxLength={200}
            placeholder={t('directory.form.namePlaceholder')}
            data-testid="person-name-input"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="unitId" label={t('people.unit')}>
              <UnitTreeSelect
                units={structure?.units ?? []}
                placeholder={t('directory.form.unitPlaceholder')}
                allowClear
                testId="person-unit"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="tierId" label={t('people.tier')}>
              <Select
                allowClear
                placeholder={t('directory.form.tierPlaceholder')}
                options={tiers.map((tier) => ({ value: tier.id, label: tier.name }))}
                data-testid="person-tier"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="position"
              label={t('people.position')}
              rules={[{ max: 200, message: t('directory.tooLong', { max: 200 }) }]}
            >
              <Input
                maxLength={200}
                placeholder={t('directory.form.positionPlaceholder')}
                data-testid="person-position"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="phone"
              label={t('people.phone')}
              rules={[
                {
                  validator: (_, value?: string) =>
                    !value?.trim() || isPhoneLike(value.trim())
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('directory.form.phoneInvalid'))),
                },
              ]}
            >
              <Input maxLength={40} placeholder={t('directory.form.phonePlaceholder')} data-testid="person-phone" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t('directory.form.handles')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 8px' }}>
          {t('directory.form.handlesHelp')}
        </Typography.Paragraph>
        <Row gutter={[12, 0]}>
          {PLATFORMS.map((platform) => (
            <Col xs={24} md={12} key={platform}>
              <Form.Item
                name={['handles', platform]}
                style={{ marginBottom: 10 }}
                rules={[{ max: 100, message: t('directory.tooLong', { max: 100 }) }]}
              >
                <Input
                  addonBefore={
                    <span style={{ display: 'inline-block', minWidth: 64 }}>{t(`platform.${platform}`)}</span>
                  }
                  maxLength={100}
                  aria-label={t(`platform.${platform}`)}
                  data-testid={`person-handle-${platform}`}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Row gutter={16} style={{ marginTop: 8 }}>
          <Col xs={24} md={12}>
            <Form.Item name="status" label={t('people.status')} required>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'active', label: t('personStatus.active') },
                  { value: 'left', label: t('personStatus.left') },
                ]}
                data-testid="person-status"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {status === 'left' && (
              <Form.Item
                name="leftOn"
                label={t('person.leftOn')}
                rules={[{ required: true, message: t('directory.form.leftOnRequired') }]}
              >
                <DatePicker
                  format={datePickerFormat()}
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                  data-testid="person-left-on"
                />
              </Form.Item>
            )}
          </Col>
        </Row>
        {person?.status === 'active' && status === 'left' && (
          <Alert type="info" showIcon title={t('directory.form.leavingNote')} style={{ marginTop: 4 }} />
        )}
        <SubmitOnEnter />
      </Form>
    </Drawer>
  );
}
