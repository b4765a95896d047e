import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { EditOutlined, EyeInvisibleOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { INCIDENT_KINDS, KIND_LABEL_MAX, type IncidentKindView } from '../../../../shared/contract';
import { LOCALES } from '../../../../shared/domain';
import { refreshAll } from '../../platform/registry';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { kindLabelProblem, type KindLabelProblem } from './kindRules';
import { addKind, renameKind, retireKind, useIncidentKinds } from './store';

/** The name a kind is shown by: its own label, or the built-in kind in the UI language. */
function useKindText() {
  const { t } = useTranslation();
  return (k: IncidentKindView) => k.label ?? t(`escalations.kind.${k.id}`);
}

/** The form rule that says what is wrong with a label, in the UI language. */
function useLabelRule(self: string | null) {
  const { t, i18n } = useTranslation();
  const kinds = useIncidentKinds((s) => s.data);
  const builtinNames = useMemo(
    () => INCIDENT_KINDS.flatMap((k) => LOCALES.map((lng) => i18n.t(`escalations.kind.${k}`, { lng }))),
    [i18n],
  );
  const say = (p: KindLabelProblem) => t(`escalations.kinds.${p.key}`, p);
  return {
    validator: (_: unknown, value: string | undefined) => {
      const problem = kindLabelProblem(value ?? '', kinds ?? [], builtinNames, self);
      return problem ? Promise.reject(new Error(say(problem))) : Promise.resolve();
    },
  };
}

function RenameModal({ kind, onClose }: { kind: IncidentKindView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ label: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rule = useLabelRule(kind.id);
  const submit = async ({ label }: { label: string }) => {
    setBusy(true);
    setError(null);
    try {
      const kinds = await renameKind({ id: kind.id, label });
      const renamed = kinds.find((k) => k.id === kind.id);
      message.success(t('escalations.kinds.renamed', { label: renamed?.label ?? label.trim() }));
      refreshAll();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('escalations.kinds.renameTitle', { label: kind.label })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'kind-rename-submit' } as never}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="kind-error" />}
      <Form form={form} layout="vertical" initialValues={{ label: kind.label }} onFinish={(v) => void submit(v)}>
        <Form.Item name="label" label={t('escalations.kinds.renameLabel')} rules={[rule]}>
          <Input autoFocus maxLength={KIND_LABEL_MAX * 2} data-testid="kind-rename-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * Settings: the list of incident kinds. Built-in kinds (named in each language) can be hidden and
 * offered again; kinds of the administrator's own are added, renamed, retired and offered again.
 * A hidden or retired kind is no longer offered for new incidents; incidents that have it keep it.
 */
export function IncidentKindsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const kindText = useKindText();
  const kinds = useIncidentKinds((s) => s.data);
  const loadError = useIncidentKinds((s) => s.error);
  const [form] = Form.useForm<{ label: string }>();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<IncidentKindView | null>(null);
  const rule = useLabelRule(null);

  useEffect(() => {
    void useIncidentKinds.getState().load({});
  }, []);

  const command = async (key: string, run: () => Promise<string>) => {
    setBusy(key);
    setError(null);
    try {
      message.success(await run());
      refreshAll();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const add = ({ label }: { label: string }) =>
    void command('add', async () => {
      const before = new Set((kinds ?? []).map((k) => k.id));
      const list = await addKind({ label });
      form.resetFields();
      const added = list.find((k) => !before.has(k.id));
      return t('escalations.kinds.added', { label: added?.label ?? label.trim() });
    });

  const toggle = (k: IncidentKindView) =>
    void command(k.id, async () => {
      await retireKind({ id: k.id, retired: !k.retired });
      return t(k.retired ? 'escalations.kinds.offeredDone' : 'escalations.kinds.hiddenDone', { label: kindText(k) });
    });

  const offered = (kinds ?? []).filter((k) => !k.retired).length;
  const columns: ColumnsType<IncidentKindView> = [
    {
      title: t('escalations.kinds.colKind'),
      key: 'kind',
      render: (_, k) => (
        <Flex gap={6} align="center" wrap>
          <Typography.Text delete={k.retired} type={k.retired ? 'secondary' : undefined} data-testid="kind-name">
            {kindText(k)}
          </Typography.Text>
          <Tag>{k.builtin ? t('escalations.kinds.builtin') : t('escalations.kinds.own')}</Tag>
          {k.retired && (
            <Tag color="default" data-testid="kind-retired">
              {k.builtin ? t('escalations.kinds.hidden') : t('escalations.kinds.retired')}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('escalations.kinds.colIncidents'),
      dataIndex: 'incidents',
      width: 96,
      align: 'right',
    },
    {
      key: 'actions',
      width: 210,
      align: 'right',
      render: (_, k) => (
        <Flex gap={4} justify="flex-end" wrap>
          {!k.builtin && (
            <Button size="small" icon={<EditOutlined />} onClick={() => setRenaming(k)} data-testid="kind-rename">
              {t('escalations.kinds.rename')}
            </Button>
          )}
          <Button
            size="small"
            icon={k.retired ? <EyeOutlined /> : <EyeInvisibleOutlined />}
            loading={busy === k.id}
            disabled={!k.retired && offered <= 1}
            title={!k.retired && offered <= 1 ? t('escalations.kinds.lastOffered') : undefined}
            onClick={() => toggle(k)}
            data-testid="kind-toggle"
          >
            {k.retired
              ? t('escalations.kinds.offer')
              : k.builtin
                ? t('escalations.kinds.hide')
                : t('escalations.kinds.retire')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Card variant="borderless" title={t('escalations.kinds.title')} data-testid="incident-kinds">
      <Typography.Paragraph type="secondary">{t('escalations.kinds.help')}</Typography.Paragraph>
      {loadError && <ErrorAlert error={loadError} onRetry={() => void useIncidentKinds.getState().refresh()} />}
      {error && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setError(null) }}
          title={error}
          style={{ marginBottom: 12 }}
          data-testid="kind-error"
        />
      )}
      <Form form={form} layout="inline" onFinish={add} style={{ marginBottom: 12 }} requiredMark={false}>
        <Form.Item
          name="label"
          label={t('escalations.kinds.addLabel')}
          rules={[rule]}
          style={{ flex: 1, minWidth: 240 }}
          validateTrigger="onSubmit"
        >
          <Input
            maxLength={KIND_LABEL_MAX * 2}
            placeholder={t('escalations.kinds.addPlaceholder')}
            data-testid="kind-add-input"
          />
        </Form.Item>
        <Form.Item style={{ marginInlineEnd: 0 }}>
          <Button htmlType="submit" icon={<PlusOutlined />} loading={busy === 'add'} data-testid="kind-add">
            {t('escalations.kinds.add')}
          </Button>
        </Form.Item>
      </Form>
      <Table<IncidentKindView>
        rowKey="id"
        size="small"
        pagination={false}
        loading={!kinds && !loadError}
        columns={columns}
        dataSource={kinds ?? []}
        onRow={() => ({ 'data-testid': 'kind-row' }) as never}
      />
      {renaming && <RenameModal kind={renaming} onClose={() => setRenaming(null)} />}
    </Card>
  );
}
