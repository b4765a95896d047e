import { useEffect, useMemo } from 'react';
import { Alert, Col, DatePicker, Form, Input, Modal, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '../../../../shared/contract';
import { PLATFORMS, type Platform } from '../../../../shared/domain';
import { useCommand } from '../../ui/useCommand';
import { useNav } from '../../platform/nav';
import { PeoplePicker, PersonPicker } from './PeoplePicker';
import { saveGroup } from './store';
import { whenOpened } from '../../ui/whenOpened';

interface Values {
  name: string;
  platform: Platform;
  platformGroupId?: string;
  purpose?: string;
  kind: 'standing' | 'adhoc';
  task?: string;
  endDate?: Dayjs;
  authorisingDoc?: string;
  ownerId?: string;
  deputyIds: string[];
  createdOn?: Dayjs;
}

const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/**
 * Creates a group (its owner and deputies become the founding members) or edits its details.
 * Ownership changes only by transfer, and deputies on an existing group are chosen among its
 * current members, so the form offers exactly what the registry will accept.
 */
function GroupFormDialog({
  detail,
  open,
  onClose,
}: {
  /** The group to edit; absent to create a new one. */
  detail?: GroupDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useCommand();
  const group = detail?.group;
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setError(null);
    form.setFieldsValue(
      group
        ? {
            name: group.name,
            platform: group.platform,
            platformGroupId: group.platformGroupId ?? undefined,
            purpose: group.purpose ?? undefined,
            kind: group.kind,
            task: group.task ?? undefined,
            endDate: group.endDate ? dayjs(group.endDate) : undefined,
            authorisingDoc: group.authorisingDoc ?? undefined,
            deputyIds: group.deputyIds,
          }
        : { platform: 'wechat', kind: 'standing', deputyIds: [], createdOn: dayjs() },
    );
  }, [open, group, form, setError]);

  const memberOptions = useMemo(
    () => (detail?.members ?? []).filter((m) => m.role !== 'owner').map((m) => ({ value: m.personId, label: m.name })),
    [detail],
  );

  const submit = (values: Values) => {
    let savedId: string | null = null;
    void run(
      async () => {
        const adhoc = values.kind === 'adhoc';
        const saved = await saveGroup({
          ...(group ? { id: group.id } : {}),
          name: values.name.trim(),
          platform: values.platform,
          platformGroupId: text(values.platformGroupId),
          purpose: text(values.purpose),
          kind: values.kind,
          task: adhoc ? text(values.task) : null,
          endDate: adhoc && values.endDate ? values.endDate.format('YYYY-MM-DD') : null,
          authorisingDoc: text(values.authorisingDoc),
          deputyIds: (values.deputyIds ?? []).filter((id) => id !== values.ownerId),
          ...(!group && values.ownerId ? { ownerId: values.ownerId } : {}),
          ...(!group && values.createdOn ? { createdOn: values.createdOn.format('YYYY-MM-DD') } : {}),
        });
        savedId = saved.id;
        return group
          ? t('membership.groupForm.saved', { name: saved.name })
          : t('membership.groupForm.created', { name: saved.name });
      },
      () => {
        onClose();
        if (!group && savedId) go({ page: 'group', id: savedId });
      },
    );
  };

  return (
    <Modal
      open={open}
      title={group ? t('membership.groupForm.editTitle', { name: group.name }) : t('membership.groupForm.newTitle')}
      okText={group ? t('common.save') : t('membership.groupForm.create')}
      okButtonProps={{ loading: busy, 'data-testid': 'group-form-submit' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
      destroyOnHidden
      forceRender
      data-testid="group-form"
    >
      {!group && <Typography.Paragraph type="secondary">{t('membership.groupForm.newIntro')}</Typography.Paragraph>}
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="group-form-error" />
      )}
      <Form form={form} name="group-form" layout="vertical" onFinish={submit} requiredMark={false}>
        {/* Enter in a text field submits, as the OK button does (the button sits outside the form). */}
        <button type="submit" hidden />
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="name"
              label={t('membership.groupForm.name')}
              rules={[{ required: true, whitespace: true, message: t('membership.groupForm.nameRequired') }]}
            >
              <Input
                maxLength={200}
                autoFocus
                placeholder={t('membership.groupForm.namePlaceholder')}
                data-testid="group-form-name"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="platform" label={t('group.platform')}>
              <Select
                data-testid="group-form-platform"
                options={PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              name="platformGroupId"
              label={t('group.platformGroupId')}
              extra={t('membership.groupForm.platformIdHelp')}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="authorisingDoc"
              label={t('group.authorisingDoc')}
              extra={t('membership.groupForm.docHelp')}
            >
              <Input
                maxLength={500}
                placeholder={t('membership.groupForm.docPlaceholder')}
                data-testid="group-form-doc"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="purpose" label={t('group.purpose')}>
              <Input.TextArea rows={2} maxLength={2000} placeholder={t('membership.groupForm.purposePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="kind"
              label={t('group.kind')}
              extra={t(`membership.groupForm.kindHelp.${kind ?? 'standing'}`)}
            >
              <Radio.Group
                optionType="button"
                data-testid="group-form-kind"
                options={(['standing', 'adhoc'] as const).map((k) => ({ value: k, label: t(`groupKind.${k}`) }))}
              />
            </Form.Item>
          </Col>
          {kind === 'adhoc' && (
            <>
              <Col xs={24} md={10}>
                <Form.Item
                  name="task"
                  label={t('group.task')}
                  rules={[{ required: true, whitespace: true, message: t('membership.groupForm.taskRequired') }]}
                >
                  <Input
                    maxLength={2000}
                    placeholder={t('membership.groupForm.taskPlaceholder')}
                    data-testid="group-form-task"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item
                  name="endDate"
                  label={t('group.endDate')}
                  rules={[{ required: true, message: t('membership.groupForm.endDateRequired') }]}
                >
                  <DatePicker format="L" style={{ width: '100%' }} data-testid="group-form-end-date" />
                </Form.Item>
              </Col>
            </>
          )}
        </Row>
        <Row gutter={16}>
          {!group && (
            <>
              <Col xs={24} md={14}>
                <Form.Item
                  name="ownerId"
                  label={t('group.owner')}
                  extra={t('membership.groupForm.ownerHelp')}
                  rules={[{ required: true, message: t('membership.groupForm.ownerRequired') }]}
                >
                  <PersonPicker placeholder={t('add.requestedByPlaceholder')} testId="group-form-owner" />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item
                  name="createdOn"
                  label={t('group.createdOn')}
                  rules={[{ required: true, message: t('membership.groupForm.createdOnRequired') }]}
                >
                  <DatePicker
                    format="L"
                    allowClear={false}
                    style={{ width: '100%' }}
                    disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                  />
                </Form.Item>
              </Col>
            </>
          )}
          <Col span={24}>
            <Form.Item
              name="deputyIds"
              label={t('group.deputies')}
              extra={group ? t('membership.groupForm.deputiesEditHelp') : t('membership.groupForm.deputiesHelp')}
            >
              {group ? (
                <Select
                  mode="multiple"
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  options={memberOptions}
                  placeholder={t('membership.groupForm.deputiesPlaceholder')}
                  data-testid="group-form-deputies"
                />
              ) : (
                <PeoplePicker
                  placeholder={t('membership.groupForm.deputiesPlaceholder')}
                  testId="group-form-deputies"
                />
              )}
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

export const GroupFormModal = whenOpened(GroupFormDialog);
