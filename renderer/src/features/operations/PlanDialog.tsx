import { useEffect, useState } from 'react';
import { Alert, Checkbox, DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MemberRow, RunbookPlanInput } from '../../../../shared/contract';
import { useNav } from '../../platform/nav';
import { PersonSelect } from '../../ui/PersonSelect';
import { SubmitOnEnter } from '../../ui/SubmitOnEnter';
import { useCommand } from '../../ui/useCommand';
import { getGroupDetail, planRunbook } from './store';

/**
 * What is planned: a group (dissolve, prune, rebuild) or a leaver (offboard). `finishing`: a
 * dissolve that walks the people an earlier dissolution left in the group (skipped or failed).
 */
export type PlanTarget =
  | { kind: 'dissolve' | 'rebuild'; groupId: string; groupName: string; memberCount: number; finishing?: boolean }
  | { kind: 'prune'; groupId: string; groupName: string; outsiders: MemberRow[] }
  | {
      kind: 'offboard';
      personId: string;
      personName: string;
      groups: Array<{ groupId: string; groupName: string; owner: boolean }>;
    };

interface Values {
  reason: string;
  by: 'position' | 'person';
  position?: string;
  personId?: string;
  on?: Dayjs;
  documentRef?: string;
  personIds?: string[];
  successors?: Record<string, string>;
}

/** Successor choices: the other current members of each group the leaver owns. */
function useSuccessorOptions(target: PlanTarget | null) {
  const [options, setOptions] = useState<Record<string, Array<{ value: string; label: string }>>>({});
  useEffect(() => {
    if (target?.kind !== 'offboard') return;
    let live = true;
    const owned = target.groups.filter((g) => g.owner);
    void Promise.all(owned.map((g) => getGroupDetail({ id: g.groupId }))).then((details) => {
      if (!live) return;
      const next: Record<string, Array<{ value: string; label: string }>> = {};
      for (const d of details) {
        next[d.group.id] = d.members
          .filter((m) => m.personId !== target.personId && m.personStatus === 'active')
          .map((m) => ({ value: m.personId, label: [m.name, m.position].filter(Boolean).join(' · ') }));
      }
      setOptions(next);
    });
    return () => {
      live = false;
    };
  }, [target]);
  return options;
}

/**
 * Plans a runbook: why, who authorised it (a person of the directory or a position), when, the
 * document; for a prune which members outside the charter; for an offboard who takes over each
 * group the leaver owns. Saving creates a draft and opens it.
 */
export function PlanDialog({ target, onClose }: { target: PlanTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useCommand();
  const by = Form.useWatch('by', form);
  const chosen = Form.useWatch('personIds', form);
  const successorOptions = useSuccessorOptions(target);

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    form.setFieldsValue({
      by: 'position',
      on: dayjs(),
      personIds: target.kind === 'prune' ? target.outsiders.map((m) => m.personId) : undefined,
    });
    setError(null);
  }, [target, form, setError]);

  if (!target) return null;
  const subject = target.kind === 'offboard' ? { person: target.personName } : { group: target.groupName };
  const finishing = target.kind === 'dissolve' && target.finishing === true;

  const submit = (v: Values) => {
    const authorisation = {
      ...(v.by === 'person' && v.personId ? { personId: v.personId } : {}),
      ...(v.by === 'position' && v.position?.trim() ? { position: v.position.trim() } : {}),
      ...(v.on ? { on: v.on.format('YYYY-MM-DD') } : {}),
      ...(v.documentRef?.trim() ? { documentRef: v.documentRef.trim() } : {}),
    };
    const common = { reason: v.reason.trim(), authorisation };
    const input: RunbookPlanInput =
      target.kind === 'offboard'
        ? {
            kind: 'offboard',
            personId: target.personId,
            successors: Object.entries(v.successors ?? {}).map(([groupId, personId]) => ({ groupId, personId })),
            ...common,
          }
        : target.kind === 'prune'
          ? { kind: 'prune', groupId: target.groupId, personIds: v.personIds ?? [], ...common }
          : { kind: target.kind, groupId: target.groupId, ...common };
    void run(async () => {
      const view = await planRunbook(input);
      go({ page: 'runbook', id: view.id });
      return t('operations.plan.saved');
    }, onClose);
  };

  const intro =
    target.kind === 'offboard'
      ? t('operations.plan.intro.offboard', { person: target.personName, count: target.groups.length })
      : t(`operations.plan.intro.${finishing ? 'finish' : target.kind}`, {
          count: target.kind === 'prune' ? target.outsiders.length : target.memberCount,
        });
  const nothing =
    (target.kind === 'prune' && target.outsiders.length === 0) ||
    (target.kind === 'offboard' && target.groups.length === 0);

  return (
    <Modal
      open
      width={640}
      title={t(`operations.plan.title.${finishing ? 'finish' : target.kind}`, subject)}
      okText={t('operations.plan.submit')}
      okButtonProps={{ loading: busy, disabled: nothing, 'data-testid': 'plan-submit' } as never}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="plan-modal"
    >
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      {nothing && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={target.kind === 'prune' ? t('operations.plan.noOutsiders') : t('operations.plan.notInGroups', subject)}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="plan-error" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="plan-runbook">
        <SubmitOnEnter />
        <Form.Item
          name="reason"
          label={t('operations.plan.reason')}
          rules={[{ required: true, whitespace: true, message: t('operations.plan.reasonRequired') }]}
        >
          <Input
            autoFocus
            maxLength={500}
            placeholder={t('operations.plan.reasonPlaceholder')}
            data-testid="plan-reason"
          />
        </Form.Item>
        <Form.Item label={t('operations.plan.authorisation')} required style={{ marginBottom: 8 }}>
          <Form.Item name="by" noStyle>
            <Radio.Group
              options={[
                { value: 'position', label: t('operations.plan.byPosition') },
                { value: 'person', label: t('operations.plan.byPerson') },
              ]}
              style={{ marginBottom: 8 }}
            />
          </Form.Item>
          {by === 'person' ? (
            <Form.Item
              name="personId"
              noStyle
              rules={[{ required: true, message: t('operations.plan.authorisationRequired') }]}
            >
              <PersonSelect placeholder={t('operations.plan.personPlaceholder')} testId="plan-authoriser" />
            </Form.Item>
          ) : (
            <Form.Item
              name="position"
              noStyle
              rules={[{ required: true, whitespace: true, message: t('operations.plan.authorisationRequired') }]}
            >
              <Input
                maxLength={200}
                placeholder={t('operations.plan.positionPlaceholder')}
                data-testid="plan-position"
              />
            </Form.Item>
          )}
        </Form.Item>
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item name="on" label={t('operations.plan.on')} style={{ flex: '0 0 200px' }}>
            <DatePicker format="L" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="documentRef" label={t('operations.plan.documentRef')} style={{ flex: 1 }}>
            <Input
              maxLength={200}
              placeholder={t('operations.plan.documentRefPlaceholder')}
              data-testid="plan-document"
            />
          </Form.Item>
        </div>
        {target.kind === 'prune' && target.outsiders.length > 0 && (
          <Form.Item
            name="personIds"
            label={t('operations.plan.outsiders', { checked: chosen?.length ?? 0, count: target.outsiders.length })}
            rules={[{ required: true, type: 'array', min: 1, message: t('operations.plan.outsidersRequired') }]}
          >
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4, maxHeight: 240, overflowY: 'auto' }}
            >
              {target.outsiders.map((m) => (
                <Checkbox key={m.personId} value={m.personId} data-testid="plan-outsider">
                  {m.name}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                    {[m.unitName, m.position].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
        )}
        {target.kind === 'offboard' && target.groups.some((g) => g.owner) && (
          <>
            <Typography.Text strong>{t('operations.plan.successors', subject)}</Typography.Text>
            {target.groups
              .filter((g) => g.owner)
              .map((g) => (
                <Form.Item
                  key={g.groupId}
                  name={['successors', g.groupId]}
                  label={t('operations.plan.successorFor', { group: g.groupName })}
                  rules={[{ required: true, message: t('operations.plan.successorRequired') }]}
                >
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder={t('operations.plan.successorPlaceholder')}
                    options={successorOptions[g.groupId] ?? []}
                    loading={!successorOptions[g.groupId]}
                    data-testid="plan-successor"
                  />
                </Form.Item>
              ))}
          </>
        )}
      </Form>
    </Modal>
  );
}
