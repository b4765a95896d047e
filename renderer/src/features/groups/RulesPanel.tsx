import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Collapse,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Progress,
  Row,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { CheckSquareOutlined, FileAddOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RulesView } from '../../../../shared/contract';
import type { Group } from '../../../../shared/domain';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useCommand } from '../../ui/useCommand';
import { formatDate, formatDateTime } from '../../i18n/format';
import { acknowledgeRules, publishRules, useGroupRules } from './store';
import { whenOpened } from '../../ui/whenOpened';

const ruleText = { whiteSpace: 'pre-wrap', margin: 0 } as const;

/**
 * The group's rules as versioned text (newest first), publishing a new version, and the record of
 * which current members acknowledged the current version.
 */
export function RulesPanel({ group, editable }: { group: Group; editable: boolean }) {
  const { t } = useTranslation();
  const view = useGroupRules((s) => (s.params?.groupId === group.id ? s.data : null));
  const error = useGroupRules((s) => s.error);
  const [publishing, setPublishing] = useState(false);
  const [acknowledging, setAcknowledging] = useState(false);

  useEffect(() => {
    void useGroupRules.getState().load({ groupId: group.id });
  }, [group.id]);

  if (!view) {
    return error ? (
      <ErrorAlert error={error} onRetry={() => void useGroupRules.getState().refresh()} />
    ) : (
      <Skeleton active paragraph={{ rows: 6 }} />
    );
  }
  const { current } = view;
  const older = view.versions.filter((v) => v.version !== current?.version);
  const members = view.acknowledged.length + view.notAcknowledged.length;

  return (
    <div data-testid="rules-panel">
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('membership.rules.hint')}</Typography.Text>
        {editable && (
          <Flex gap={8}>
            {current && view.notAcknowledged.length > 0 && (
              <Button
                icon={<CheckSquareOutlined />}
                onClick={() => setAcknowledging(true)}
                data-testid="rules-acknowledge"
              >
                {t('membership.rules.acknowledge')}
              </Button>
            )}
            <Button
              type="primary"
              icon={<FileAddOutlined />}
              onClick={() => setPublishing(true)}
              data-testid="rules-publish"
            >
              {current ? t('membership.rules.publishNew') : t('membership.rules.publishFirst')}
            </Button>
          </Flex>
        )}
      </Flex>
      {!current ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('membership.rules.none')}
          data-testid="rules-empty"
        />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Card
              size="small"
              data-testid="rules-current"
              title={
                <Flex gap={8} align="center" wrap>
                  {t('membership.rules.version', { version: current.version })}
                  <Tag color="green">{t('membership.rules.current')}</Tag>
                  <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 12 }}>
                    {t('membership.rules.effective', { date: formatDate(current.effectiveOn) })}
                  </Typography.Text>
                </Flex>
              }
            >
              <Typography.Paragraph style={ruleText}>{current.text}</Typography.Paragraph>
            </Card>
            {older.length > 0 && (
              <Collapse
                size="small"
                style={{ marginTop: 16 }}
                data-testid="rules-older"
                items={older.map((v) => ({
                  key: v.version,
                  label: (
                    <Flex gap={8} wrap>
                      {t('membership.rules.version', { version: v.version })}
                      <Typography.Text type="secondary">
                        {t('membership.rules.effective', { date: formatDate(v.effectiveOn) })} ·{' '}
                        {t('membership.rules.published', { at: formatDateTime(v.publishedAt) })}
                      </Typography.Text>
                    </Flex>
                  ),
                  children: <Typography.Paragraph style={ruleText}>{v.text}</Typography.Paragraph>,
                }))}
              />
            )}
          </Col>
          <Col xs={24} xl={10}>
            <Card
              size="small"
              title={t('membership.rules.ackTitle', { version: current.version })}
              data-testid="rules-ack"
            >
              <Flex align="center" gap={16} style={{ marginBottom: 12 }}>
                <Progress
                  type="circle"
                  size={64}
                  percent={members === 0 ? 0 : Math.round((view.acknowledged.length / members) * 100)}
                />
                <Typography.Text>
                  {t('membership.rules.ackCount', { count: view.acknowledged.length, total: members })}
                </Typography.Text>
              </Flex>
              <Typography.Text strong>
                {t('membership.rules.notAcknowledged', { count: view.notAcknowledged.length })}
              </Typography.Text>
              <List
                size="small"
                data-testid="rules-not-acknowledged"
                dataSource={view.notAcknowledged}
                locale={{ emptyText: t('membership.rules.allAcknowledged') }}
                style={{ maxHeight: 320, overflowY: 'auto' }}
                renderItem={(p) => (
                  <List.Item>
                    <span>{p.name}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {p.lastVersion
                        ? t('membership.rules.lastVersion', { version: p.lastVersion })
                        : t('membership.rules.never')}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        </Row>
      )}
      <PublishRulesModal group={group} view={view} open={publishing} onClose={() => setPublishing(false)} />
      <AcknowledgeModal group={group} view={view} open={acknowledging} onClose={() => setAcknowledging(false)} />
    </div>
  );
}

function PublishRulesDialog(props: { group: Group; view: RulesView; open: boolean; onClose: () => void }) {
  const { group, view, open, onClose } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string; effectiveOn: Dayjs }>();
  const { busy, error, setError, run } = useCommand();
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({ text: view.current?.text ?? '', effectiveOn: dayjs() });
    setError(null);
  }, [open, view, form, setError]);
  const next = (view.current?.version ?? 0) + 1;
  return (
    <Modal
      open={open}
      title={t('membership.rules.publishTitle', { version: next, group: group.name })}
      okText={t('membership.rules.publishSubmit')}
      okButtonProps={{ loading: busy, 'data-testid': 'rules-publish-submit' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
      forceRender
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('membership.rules.publishIntro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        name="rules-publish"
        layout="vertical"
        requiredMark={false}
        onFinish={(v) =>
          run(async () => {
            const saved = await publishRules({
              groupId: group.id,
              text: v.text.trim(),
              effectiveOn: v.effectiveOn.format('YYYY-MM-DD'),
            });
            return t('membership.rules.publishedDone', { version: saved.version });
          }, onClose)
        }
      >
        {/* Enter in a text field submits, as the OK button does (the button sits outside the form). */}
        <button type="submit" hidden />
        <Form.Item
          name="text"
          label={t('membership.rules.text')}
          rules={[{ required: true, whitespace: true, message: t('membership.rules.textRequired') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 8, maxRows: 18 }}
            maxLength={20000}
            showCount
            placeholder={t('membership.rules.textPlaceholder')}
            data-testid="rules-text"
          />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('membership.rules.effectiveOn')} rules={[{ required: true }]}>
          <DatePicker format="L" allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AcknowledgeDialog(props: { group: Group; view: RulesView; open: boolean; onClose: () => void }) {
  const { group, view, open, onClose } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<{ personIds: string[]; acknowledgedOn: Dayjs }>();
  const { busy, error, setError, run } = useCommand();
  const chosen = Form.useWatch('personIds', form) ?? [];
  const all = view.notAcknowledged.map((p) => p.personId);
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({ personIds: [], acknowledgedOn: dayjs() });
    setError(null);
  }, [open, form, setError]);
  const version = view.current?.version ?? 0;
  return (
    <Modal
      open={open}
      title={t('membership.rules.ackModalTitle', { version })}
      okText={t('membership.rules.ackSubmit', { count: chosen.length })}
      okButtonProps={{ loading: busy, disabled: chosen.length === 0, 'data-testid': 'rules-ack-submit' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={620}
      forceRender
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('membership.rules.ackIntro', { group: group.name })}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        name="rules-acknowledge"
        layout="vertical"
        requiredMark={false}
        onFinish={(v) =>
          run(async () => {
            const r = await acknowledgeRules({
              groupId: group.id,
              version,
              personIds: v.personIds,
              acknowledgedOn: v.acknowledgedOn.format('YYYY-MM-DD'),
            });
            return t('membership.rules.ackDone', { count: r.recorded });
          }, onClose)
        }
      >
        {/* Enter in a text field submits, as the OK button does (the button sits outside the form). */}
        <button type="submit" hidden />
        <Form.Item label={t('membership.rules.ackPeople')} required={false}>
          <Checkbox
            checked={chosen.length === all.length && all.length > 0}
            indeterminate={chosen.length > 0 && chosen.length < all.length}
            onChange={(e) => form.setFieldValue('personIds', e.target.checked ? all : [])}
            data-testid="rules-ack-all"
          >
            {t('membership.rules.ackAll', { count: all.length })}
          </Checkbox>
          <Form.Item name="personIds" noStyle>
            <Checkbox.Group
              style={{ display: 'block', maxHeight: 300, overflowY: 'auto', marginTop: 8 }}
              data-testid="rules-ack-people"
            >
              <Row gutter={[8, 4]}>
                {view.notAcknowledged.map((p) => (
                  <Col span={12} key={p.personId}>
                    <Checkbox value={p.personId}>{p.name}</Checkbox>
                  </Col>
                ))}
              </Row>
            </Checkbox.Group>
          </Form.Item>
        </Form.Item>
        <Form.Item name="acknowledgedOn" label={t('membership.rules.acknowledgedOn')} rules={[{ required: true }]}>
          <DatePicker format="L" allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const PublishRulesModal = whenOpened(PublishRulesDialog);
const AcknowledgeModal = whenOpened(AcknowledgeDialog);
