import { useEffect, useMemo } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../ui/useCommand';
import { SubmitOnEnter } from '../../ui/SubmitOnEnter';
import { UnitTreeSelect } from './UnitTreeSelect';
import { nextSort, subtreeIds, unitPath, type UnitWithPeople } from './unitTree';
import { saveUnit } from './store';

/** What the dialog does: add a unit (under a parent), rename one, or move one under another. */
export type UnitAction =
  | { kind: 'add'; parentId: string | null }
  | { kind: 'rename'; unit: UnitWithPeople }
  | { kind: 'move'; unit: UnitWithPeople };

interface Values {
  name: string;
  parentId: string | null;
}

/**
 * One dialog for the three unit edits, each a single `units.save`. The service refuses a move
 * under the unit's own sub-units (`unit_cycle`); the picker already greys those out.
 */
export function UnitModal({
  action,
  units,
  onClose,
  onSaved,
}: {
  action: UnitAction | null;
  units: UnitWithPeople[];
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useCommand();
  const unit = action && action.kind !== 'add' ? action.unit : null;
  const blocked = useMemo(() => (unit ? subtreeIds(units, unit.id) : undefined), [units, unit]);

  useEffect(() => {
    if (!action) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      action.kind === 'add'
        ? { name: '', parentId: action.parentId }
        : { name: action.unit.name, parentId: action.unit.parentId },
    );
  }, [action, form, setError]);

  const submit = (values: Values) => {
    if (!action) return;
    const name = values.name.trim();
    const parentId = values.parentId ?? null;
    void run(async () => {
      if (action.kind === 'add') {
        const saved = await saveUnit({ name, parentId, sort: nextSort(units, parentId) });
        onSaved(saved.id);
        return t('directory.units.added', { name: saved.name });
      }
      const moving = action.kind === 'move' && parentId !== action.unit.parentId;
      const saved = await saveUnit({
        id: action.unit.id,
        name,
        parentId,
        sort: moving ? nextSort(units, parentId, action.unit.id) : action.unit.sort,
      });
      onSaved(saved.id);
      return moving
        ? t('directory.units.moved', { name: saved.name })
        : t('directory.units.saved', { name: saved.name });
    }, onClose);
  };

  const title =
    action?.kind === 'add'
      ? t('directory.units.addTitle')
      : action?.kind === 'rename'
        ? t('directory.units.renameTitle', { name: action.unit.name })
        : action?.kind === 'move'
          ? t('directory.units.moveTitle', { name: action.unit.name })
          : '';

  return (
    <Modal
      open={action !== null}
      title={title}
      okText={action?.kind === 'add' ? t('directory.units.addSubmit') : t('common.save')}
      okButtonProps={{ loading: busy, 'data-testid': 'unit-submit' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="unit-modal"
    >
      {action?.kind === 'move' && (
        <Typography.Paragraph type="secondary">
          {t('directory.units.moveIntro', { path: unitPath(units, action.unit.id).join(' / ') })}
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="unit-error" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="name"
          label={t('directory.units.name')}
          hidden={action?.kind === 'move'}
          rules={[
            { required: true, whitespace: true, message: t('directory.units.nameRequired') },
            { max: 200, message: t('directory.tooLong', { max: 200 }) },
          ]}
        >
          <Input
            autoFocus={action?.kind !== 'move'}
            placeholder={t('directory.units.namePlaceholder')}
            maxLength={200}
            data-testid="unit-name"
          />
        </Form.Item>
        <Form.Item
          name="parentId"
          label={t('directory.units.parent')}
          hidden={action?.kind === 'rename'}
          extra={action?.kind === 'move' ? t('directory.units.moveHelp') : undefined}
        >
          <UnitTreeSelect
            units={units}
            placeholder={t('directory.units.topLevel')}
            topLevelLabel={t('directory.units.topLevel')}
            disabledIds={blocked}
            autoFocus={action?.kind === 'move'}
            testId="unit-parent"
          />
        </Form.Item>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}
