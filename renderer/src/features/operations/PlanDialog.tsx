import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, DatePicker, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MemberRow, RunbookPlanInput, RunbookView } from '../../../../shared/contract';
import { useNav } from '../../platform/nav';
import { PersonSelect } from '../../ui/PersonSelect';
import { SubmitOnEnter } from '../../ui/SubmitOnEnter';
import { useCommand } from '../../ui/useCommand';
import { editPlan, getGroupDetail, planRunbook, updatePlan } from './store';
import { incidentTitle, runbookName, shortSummary } from './format';
import { RunbookStateTag } from './RunbookTags';
import type { PlanPrefill } from './fromDecision';

/** A member a prune may take, as the checkbox list shows them. */
export type PlanMember = Pick<MemberRow, 'personId' | 'name' | 'unitName' | 'position'>;

export type { PlanPrefill } from './fromDecision';

/**
 * What is planned: a group (dissolve, prune, rebuild), a leaver (offboard), or — from an incident's
 * decision — a group to dissolve or prune, the operation chosen in the dialog. `reason` pre-fills
 * the reason (the dashboard's "task ended on …"). A dissolve of a group an earlier dissolution
 * left dissolving says so (`rest`); a prune lists the members outside the charter, or (`lapsed`)
 * those whose exception is past its review date.
 */
export type PlanTarget = { reason?: string } & (
  | {
      kind: 'dissolve' | 'rebuild';
      groupId: string;
      groupName: string;
      memberCount: number;
      rest?: boolean;
      finishing?: boolean;
    }
  | { kind: 'prune'; groupId: string; groupName: string; outsiders: PlanMember[]; lapsed?: boolean }
  | {
      kind: 'offboard';
      personId: string;
      personName: string;
      groups: Array<{ groupId: string; groupName: string; owner: boolean }>;
    }
  | { kind: 'group'; groupId: string; groupName: string; memberCount: number; outsiders: PlanMember[] }
);

interface Values {
  operation?: 'dissolve' | 'prune';
  reason: string;
  by: 'position' | 'person';
  position?: string;
  personId?: string;
  on?: Dayjs;
  documentRef?: string;
  personIds?: string[];
  successors?: Record<string, string>;
}

/** The members outside the charter a prune may remove (never the owner or a deputy). */
export function pruneCandidates(members: MemberRow[], group: { ownerId: string | null; deputyIds: string[] }) {
  return members.filter(
    (m) =>
      m.eligibility === 'outside' &&
      m.role !== 'owner' &&
      m.role !== 'deputy' &&
      m.personId !== group.ownerId &&
      !group.deputyIds.includes(m.personId),
  );
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

/** The outsiders of a prune being edited: the group's members outside its charter, as they are now. */
function useEditedOutsiders(editing: RunbookView | null) {
  const [outsiders, setOutsiders] = useState<MemberRow[] | null>(null);
  const groupId = editing?.kind === 'prune' ? editing.groups[0]?.groupId : undefined;
  useEffect(() => {
    if (!groupId) return;
    let live = true;
    void getGroupDetail({ id: groupId }).then((d) => live && setOutsiders(pruneCandidates(d.members, d.group)));
    return () => {
      live = false;
    };
  }, [groupId]);
  return outsiders;
}

type Authorisation = NonNullable<RunbookPlanInput['authorisation']>;

function authorisationOf(v: Values): Authorisation {
  return {
    ...(v.by === 'person' && v.personId ? { personId: v.personId } : {}),
    ...(v.by === 'position' && v.position?.trim() ? { position: v.position.trim() } : {}),
    ...(v.on ? { on: v.on.format('YYYY-MM-DD') } : {}),
    ...(v.documentRef?.trim() ? { documentRef: v.documentRef.trim() } : {}),
  };
}

interface Props {
  target: PlanTarget | null;
  onClose: () => void;
  /** Opened from an incident's decision: what it fills in, and the incident it links. */
  prefill?: PlanPrefill;
  /** A draft being changed (reason, authorisation, a prune's people) rather than a new plan. */
  editing?: RunbookView | null;
}

/**
 * Plans a runbook: why, who authorised it (a person of the directory or a position), when, the
 * document; for a prune which members outside the charter; for an offboard who takes over each
 * group the leaver owns. Saving creates a draft and opens it. The same dialog changes a draft, and,
 * opened from an incident, starts from its decision and links the incident.
 */
export function PlanDialog({ target, onClose, prefill, editing = null }: Props) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useCommand();
  const by = Form.useWatch('by', form);
  const chosen = Form.useWatch('personIds', form);
  const operation = Form.useWatch('operation', form);
  const successorOptions = useSuccessorOptions(target);
  const editedOutsiders = useEditedOutsiders(editing);
  // A person filled in for the admin (from a decision or the draft) shows by name until changed.
  const [personName, setPersonName] = useState<string | null>(null);

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    const a = editing
      ? {
          personId: editing.authorisation.personId ?? undefined,
          personName: editing.authorisation.personName ?? undefined,
          position: editing.authorisation.position ?? undefined,
          on: editing.authorisation.on ?? undefined,
          documentRef: editing.authorisation.documentRef ?? undefined,
        }
      : prefill?.authorisation;
    form.setFieldsValue({
      operation: target.kind === 'group' ? 'dissolve' : undefined,
      reason: editing?.reason ?? prefill?.reason ?? target.reason,
      by: a?.personId ? 'person' : 'position',
      personId: a?.personId,
      position: a?.position,
      on: a ? (a.on ? dayjs(a.on) : undefined) : dayjs(),
      documentRef: a?.documentRef,
      personIds: editing
        ? editing.steps.map((s) => s.personId)
        : target.kind === 'prune' || target.kind === 'group'
          ? target.outsiders.map((m) => m.personId)
          : undefined,
    });
    setPersonName(a?.personId ? (a.personName ?? null) : null);
    setError(null);
  }, [target, editing, prefill, form, setError]);

  if (!target) return null;
  const kind = target.kind === 'group' ? (operation ?? 'dissolve') : target.kind;
  const outsiders = editing
    ? (editedOutsiders ?? [])
    : target.kind === 'prune' || target.kind === 'group'
      ? target.outsiders
      : [];
  const subject = target.kind === 'offboard' ? { person: target.personName } : { group: target.groupName };
  const holding = editing ? null : (prefill?.holding ?? null);
  // A dissolve that walks the people an earlier dissolution left in the group (skipped or failed).
  const finishing = target.kind === 'dissolve' && (target.finishing === true || target.rest === true);

  const submit = (v: Values) => {
    if (holding) return linkHolding(v);
    const authorisation = authorisationOf(v);
    const common = {
      reason: v.reason.trim(),
      authorisation,
      ...(prefill ? { incidentId: String(prefill.incident.id) } : {}),
    };
    if (editing) {
      void run(async () => {
        await editPlan({
          id: editing.id,
          reason: common.reason,
          authorisation: Object.keys(authorisation).length > 0 ? authorisation : null,
          ...(editing.kind === 'prune' && v.personIds ? { personIds: v.personIds } : {}),
        });
        return t('operations.edit.saved');
      }, onClose);
      return;
    }
    const input: RunbookPlanInput =
      target.kind === 'offboard'
        ? {
            kind: 'offboard',
            personId: target.personId,
            successors: Object.entries(v.successors ?? {}).map(([groupId, personId]) => ({ groupId, personId })),
            ...common,
          }
        : kind === 'prune'
          ? { kind: 'prune', groupId: target.groupId, personIds: v.personIds ?? [], ...common }
          : { kind: kind as 'dissolve' | 'rebuild', groupId: target.groupId, ...common };
    void run(async () => {
      const view = await planRunbook(input);
      go({ page: 'runbook', id: view.id });
      return t('operations.plan.saved');
    }, onClose);
  };

  /** Links the draft that holds the group to the incident, with the reason and authorisation above. */
  const linkHolding = (v: Values) => {
    if (!holding || !prefill || holding.state !== 'draft') return;
    const authorisation = authorisationOf(v);
    void run(async () => {
      await updatePlan({
        id: holding.id,
        incidentId: String(prefill.incident.id),
        reason: v.reason.trim(),
        authorisation: Object.keys(authorisation).length > 0 ? authorisation : null,
      });
      go({ page: 'runbook', id: holding.id });
      return t('operations.fromIncident.linked');
    }, onClose);
  };

  const count =
    target.kind === 'offboard'
      ? target.groups.length
      : kind === 'prune'
        ? outsiders.length
        : 'memberCount' in target
          ? target.memberCount
          : 0;
  const intro = editing
    ? t('operations.edit.intro')
    : target.kind === 'offboard'
      ? t('operations.plan.intro.offboard', { person: target.personName, count: target.groups.length })
      : kind === 'prune'
        ? t(
            target.kind === 'prune' && target.lapsed
              ? 'operations.plan.intro.pruneLapsed'
              : 'operations.plan.intro.prune',
            { count },
          )
        : t(finishing ? 'operations.plan.intro.finish' : `operations.plan.intro.${kind}`, { count });
  const nothing =
    !editing &&
    ((kind === 'prune' && outsiders.length === 0) || (target.kind === 'offboard' && target.groups.length === 0));
  const title = editing
    ? t('operations.edit.title', { what: runbookName(t, editing) })
    : t(`operations.plan.title.${finishing ? 'finish' : kind}`, subject);

  const footer = holding
    ? [
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="open"
          onClick={() => {
            onClose();
            go({ page: 'runbook', id: holding.id });
          }}
          data-testid="plan-open-holding"
        >
          {t('operations.fromIncident.openHolding')}
        </Button>,
        ...(holding.state === 'draft'
          ? [
              <Button
                key="link"
                type="primary"
                loading={busy}
                onClick={() => form.submit()}
                data-testid="plan-link-holding"
              >
                {t('operations.fromIncident.linkHolding')}
              </Button>,
            ]
          : []),
      ]
    : undefined;

  return (
    <Modal
      open
      width={680}
      title={title}
      okText={editing ? t('operations.edit.submit') : t('operations.plan.submit')}
      okButtonProps={{ loading: busy, disabled: nothing, 'data-testid': 'plan-submit' } as never}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      footer={footer}
      destroyOnHidden
      data-testid="plan-modal"
    >
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      {prefill && (
        <Typography.Paragraph data-testid="plan-incident">
          <Typography.Text type="secondary">{t('operations.fromIncident.incident')}</Typography.Text>
          <Typography.Text strong>{incidentTitle(t, prefill.incident)}</Typography.Text>
          <Typography.Text type="secondary"> — {shortSummary(prefill.incident.summary, 60)}</Typography.Text>
        </Typography.Paragraph>
      )}
      {holding && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="plan-holding"
          title={
            <Flex gap={8} align="center" wrap>
              <span>{t('operations.fromIncident.holding', { what: runbookName(t, holding) })}</span>
              <RunbookStateTag state={holding.state} />
            </Flex>
          }
          description={
            <>
              <div>
                {t('operations.plan.reason')}
                {t('operations.colon')}
                {holding.reason}
              </div>
              <div style={{ marginTop: 4 }}>
                {holding.state === 'draft'
                  ? t('operations.fromIncident.holdingDraft')
                  : t('operations.fromIncident.holdingOpen')}
              </div>
            </>
          }
        />
      )}
      {nothing && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={kind === 'prune' ? t('operations.plan.noOutsiders') : t('operations.plan.notInGroups', subject)}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="plan-error" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="plan-runbook">
        <SubmitOnEnter />
        {target.kind === 'group' && !holding && (
          <Form.Item name="operation" label={t('operations.fromIncident.operation')}>
            <Radio.Group
              optionType="button"
              data-testid="plan-operation"
              options={[
                { value: 'dissolve', label: t('operations.kind.dissolve') },
                { value: 'prune', label: t('operations.kind.prune') },
              ]}
            />
          </Form.Item>
        )}
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
              data-testid="plan-by"
            />
          </Form.Item>
          {by === 'person' ? (
            <>
              {personName && (
                <Flex gap={8} align="center" data-testid="plan-authoriser-name">
                  <Typography.Text strong>{personName}</Typography.Text>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => {
                      setPersonName(null);
                      form.setFieldValue('personId', undefined);
                    }}
                  >
                    {t('operations.plan.changePerson')}
                  </Button>
                </Flex>
              )}
              <Form.Item
                name="personId"
                noStyle
                hidden={personName !== null}
                rules={[{ required: true, message: t('operations.plan.authorisationRequired') }]}
              >
                <PersonSelect placeholder={t('operations.plan.personPlaceholder')} testId="plan-authoriser" />
              </Form.Item>
            </>
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
            <DatePicker
              format="L"
              style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              data-testid="plan-on"
            />
          </Form.Item>
          <Form.Item name="documentRef" label={t('operations.plan.documentRef')} style={{ flex: 1 }}>
            <Input
              maxLength={200}
              placeholder={t('operations.plan.documentRefPlaceholder')}
              data-testid="plan-document"
            />
          </Form.Item>
        </div>
        {kind === 'prune' && outsiders.length > 0 && !holding && (
          <Form.Item
            name="personIds"
            label={t(
              target.kind === 'prune' && target.lapsed ? 'operations.plan.lapsed' : 'operations.plan.outsiders',
              {
                checked: chosen?.length ?? 0,
                count: outsiders.length,
              },
            )}
            rules={[{ required: true, type: 'array', min: 1, message: t('operations.plan.outsidersRequired') }]}
          >
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4, maxHeight: 240, overflowY: 'auto' }}
            >
              {outsiders.map((m) => (
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
        {target.kind === 'offboard' && !editing && target.groups.some((g) => g.owner) && (
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
