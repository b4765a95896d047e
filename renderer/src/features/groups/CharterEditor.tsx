import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  AutoComplete,
  Col,
  Divider,
  Form,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  TreeSelect,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '../../../../shared/contract';
import { CONTENT_KINDS, WHO_MAY_ADD } from '../../../../shared/domain';
import { charterNamesComposition, checkCharter } from '../../../../shared/charter';
import { useCommand } from '../../ui/useCommand';
import { collator } from '../../i18n/format';
import { useLocale } from '../../platform/settings';
import { ensureStructure, useStructure } from '../organisation';
import { PeoplePicker, PersonPicker } from './PeoplePicker';
import { contentLabel } from './eligibility';
import { toCharter, toValues, unitTree, type CharterValues as Values } from './charterForm';
import { listPositions, setCharter } from './store';
import { whenOpened } from '../../ui/whenOpened';

/**
 * Writes the group's charter: who belongs (tiers, units, positions, named people), who may add,
 * who approves exceptions and what may be posted. While editing it shows how the current members
 * would stand under the draft, using the same check the registry runs.
 */
function CharterEditorDialog({ detail, open, onClose }: { detail: GroupDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { group } = detail;
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useCommand();
  const structure = useStructure((s) => s.data);
  // Every post people hold (the positions' choices): asked of the registry, not read off everyone.
  const [posts, setPosts] = useState<string[] | null>(null);
  const draft = Form.useWatch([], form) as Values | undefined;

  useEffect(ensureStructure, []);
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(toValues(group.charter));
    setError(null);
    let current = true;
    listPositions()
      .then((held) => current && setPosts(held))
      .catch(() => current && setPosts(null));
    return () => {
      current = false;
    };
  }, [open, group, form, setError]);

  const tiers = useMemo(() => [...(structure?.tiers ?? [])].sort((a, b) => a.rank - b.rank), [structure]);
  const tree = useMemo(() => unitTree(structure?.units ?? []), [structure]);
  const positionOptions = useMemo(
    () => [...(posts ?? [])].sort((a, b) => collator(locale).compare(a, b)).map((p) => ({ value: p, label: p })),
    [posts, locale],
  );

  /** How the current members would stand under the draft charter (each member's unit, tier and post as they are now). */
  const preview = useMemo(() => {
    if (!draft || !structure || detail.asOf !== null) return null;
    const charter = toCharter({ ...toValues(group.charter), ...draft });
    if (!charterNamesComposition(charter)) return { open: true, outside: 0, total: detail.members.length };
    const parents = new Map(structure.units.map((u) => [u.id, u.parentId]));
    let outside = 0;
    for (const m of detail.members) {
      const check = checkCharter(
        { charter, ownerId: group.ownerId, deputyIds: group.deputyIds },
        { id: m.personId, unitId: m.unitId, tierId: m.tierId, position: m.position, status: m.personStatus },
        parents,
      );
      if (!check.eligible && m.eligibility !== 'exception') outside++;
    }
    return { open: false, outside, total: detail.members.length };
  }, [draft, structure, detail, group]);

  const submit = (values: Values) =>
    run(async () => {
      await setCharter({ groupId: group.id, charter: toCharter(values) });
      return t('membership.charter.saved', { group: group.name });
    }, onClose);

  const approverKind = Form.useWatch('approverKind', form);

  return (
    <Modal
      open={open}
      title={t('membership.charter.editTitle', { group: group.name })}
      okText={t('membership.charter.save')}
      okButtonProps={{ loading: busy, 'data-testid': 'charter-save' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      forceRender
      data-testid="charter-editor"
    >
      <Typography.Paragraph type="secondary">{t('membership.charter.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="charter-error" />}
      <Form form={form} name="charter" layout="vertical" onFinish={submit} requiredMark={false}>
        {/* Enter in a text field submits, as the OK button does (the button sits outside the form). */}
        <button type="submit" hidden />
        <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
          {t('membership.charter.composition')}
        </Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="tierIds" label={t('group.charterTiers')} extra={t('membership.charter.tiersHelp')}>
              <Select
                mode="multiple"
                allowClear
                placeholder={t('group.charterAny')}
                options={tiers.map((x) => ({ value: x.id, label: `${x.rank} · ${x.name}` }))}
                optionFilterProp="label"
                data-testid="charter-tiers"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="unitIds" label={t('group.charterUnits')} extra={t('membership.charter.unitsHelp')}>
              <TreeSelect
                multiple
                allowClear
                treeDefaultExpandAll
                placeholder={t('group.charterAny')}
                treeData={tree}
                showSearch={{ treeNodeFilterProp: 'title' }}
                data-testid="charter-units"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="positions"
              label={t('group.charterPositions')}
              extra={t('membership.charter.positionsHelp')}
            >
              <Select
                mode="tags"
                allowClear
                placeholder={t('group.charterAny')}
                options={positionOptions}
                tokenSeparators={['、', ',', '，']}
                data-testid="charter-positions"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="personIds" label={t('group.charterPeople')} extra={t('membership.charter.peopleHelp')}>
              <PeoplePicker placeholder={t('membership.charter.peoplePlaceholder')} testId="charter-people" />
            </Form.Item>
          </Col>
        </Row>
        {preview && (
          <Alert
            type={preview.open ? 'info' : preview.outside > 0 ? 'warning' : 'success'}
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="charter-preview"
            title={
              preview.open
                ? t('membership.charter.previewOpen')
                : t('membership.charter.preview', { outside: preview.outside, total: preview.total })
            }
          />
        )}
        <Divider titlePlacement="start" plain>
          {t('membership.charter.rules')}
        </Divider>
        <Form.Item name="whoMayAdd" label={t('group.charterWhoMayAdd')}>
          <Radio.Group
            data-testid="charter-who-may-add"
            options={WHO_MAY_ADD.map((w) => ({ value: w, label: t(`group.whoMayAdd.${w}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('group.charterApprover')} extra={t('membership.charter.approverHelp')} required={false}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="approverKind" noStyle>
              <Select
                style={{ width: 170 }}
                aria-label={t('membership.charter.approverKind')}
                data-testid="charter-approver-kind"
                options={(['none', 'person', 'position'] as const).map((k) => ({
                  value: k,
                  label: t(`membership.charter.approverKinds.${k}`),
                }))}
              />
            </Form.Item>
            {approverKind === 'person' && (
              <Form.Item
                name="approverPerson"
                noStyle
                rules={[{ required: true, message: t('membership.charter.approverPersonRequired') }]}
              >
                <PersonPicker
                  style={{ flex: 1 }}
                  placeholder={t('membership.charter.approverPersonPlaceholder')}
                  testId="charter-approver-person"
                />
              </Form.Item>
            )}
            {approverKind === 'position' && (
              <Form.Item
                name="approverPosition"
                noStyle
                rules={[
                  { required: true, whitespace: true, message: t('membership.charter.approverPositionRequired') },
                ]}
              >
                <AutoComplete
                  style={{ flex: 1 }}
                  options={positionOptions}
                  placeholder={t('membership.charter.approverPositionPlaceholder')}
                  filterOption={(input, option) =>
                    String(option?.value ?? '')
                      .toLowerCase()
                      .includes(input.toLowerCase())
                  }
                  data-testid="charter-approver-position"
                />
              </Form.Item>
            )}
          </Space.Compact>
        </Form.Item>
        <Form.Item
          name="allowedContent"
          label={t('group.charterAllowedContent')}
          extra={t('membership.charter.contentHelp')}
        >
          <Select
            mode="tags"
            allowClear
            placeholder={t('membership.charter.contentPlaceholder')}
            options={CONTENT_KINDS.map((k) => ({ value: k, label: contentLabel(t, k) }))}
            labelRender={(p) => contentLabel(t, String(p.value))}
            data-testid="charter-content"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export const CharterEditor = whenOpened(CharterEditorDialog);
