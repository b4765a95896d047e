import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Modal, Table, Tag, Tooltip, Typography } from 'antd';
import { CloudUploadOutlined, RollbackOutlined, SafetyCertificateOutlined, SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { RETENTION_LIMITS, type BackupEntry, type BackupRetention } from '../../../../shared/contract';
import { formatBytes, formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../platform/settings';
import { useBackups } from './backupsStore';

/**
 * Backups: each verified copy of the registry (when, why, size, people and groups, verified),
 * "Back up now", "Restore this backup" after a confirmation naming what would be lost, and how
 * many are kept.
 */
export function BackupsCard() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { busy, backups, retention, error, created, restored, load, create, lostSince, restore } = useBackups();
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    void load();
  }, [load]);

  const confirmRestore = async (entry: BackupEntry) => {
    const lost = await lostSince(entry);
    modal.confirm({
      title: t('backups.confirmTitle', { time: formatDateTime(entry.takenAt) }),
      content: t('backups.confirmBody', { time: formatDateTime(entry.takenAt), count: lost }),
      okText: t('backups.restore'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (await restore(entry.file))
          void message.success(t('backups.restored', { time: formatDateTime(entry.takenAt) }));
      },
    });
  };

  // One callback for the table's whole life: the table is drawn again only when its rows change
  // (or a restore starts), not when "Back up now" turns busy — a redraw of every row, 20–35 ms on a
  // processor the backup keeps busy, in the frames the backup is watched through.
  const restoreRef = useRef(confirmRestore);
  restoreRef.current = confirmRestore;
  const onRestore = useCallback((entry: BackupEntry) => void restoreRef.current(entry), []);

  return (
    <Card
      variant="borderless"
      title={t('backups.title')}
      data-testid="backups-card"
      extra={
        <Flex gap={8}>
          <Button icon={<SafetyCertificateOutlined />} loading={busy === 'verify'} onClick={() => void load(true)}>
            {t('backups.verifyAll')}
          </Button>
          <Button
            type="primary"
            icon={<CloudUploadOutlined />}
            loading={busy === 'create'}
            onClick={() => void create()}
            data-testid="backup-now"
          >
            {t('backups.create')}
          </Button>
        </Flex>
      }
    >
      <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('backups.description')}</Typography.Text>
        {retention && (
          <Flex gap={8} align="center">
            <Typography.Text type="secondary" data-testid="backups-retention">
              {t('backups.keeps', retention)}
            </Typography.Text>
            <Button size="small" icon={<SettingOutlined />} onClick={() => setEditing(true)}>
              {t('backups.change')}
            </Button>
          </Flex>
        )}
      </Flex>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      {created && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('backups.created', { time: formatDateTime(created.takenAt) })}
          data-testid="backup-created"
        />
      )}
      {restored?.before && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('backups.restoredKept', {
            time: formatDateTime(restored.restored.takenAt),
            before: formatDateTime(restored.before.takenAt),
          })}
        />
      )}
      <BackupsTable backups={backups} loading={busy === 'list'} restoring={busy === 'restore'} onRestore={onRestore} />
      {retention && editing && <RetentionDialog retention={retention} onClose={() => setEditing(false)} />}
    </Card>
  );
}

const NO_BACKUPS: BackupEntry[] = [];

interface BackupsTableProps {
  backups: BackupEntry[] | null;
  loading: boolean;
  restoring: boolean;
  onRestore(entry: BackupEntry): void;
}

/** The backups, eight a page, each with its restore button. */
const BackupsTable = memo(function BackupsTable({ backups, loading, restoring, onRestore }: BackupsTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const verifiedTag = (entry: BackupEntry) => {
    if (entry.verified === 'failed') return <Tag color="error">{t('backups.verifiedFailed')}</Tag>;
    if (entry.verified === 'ok') return <Tag color="success">{t('backups.verifiedNow')}</Tag>;
    return <Tag color="blue">{t('backups.verifiedWhenTaken')}</Tag>;
  };
  return (
    <Table<BackupEntry>
      rowKey="file"
      size="small"
      loading={loading}
      dataSource={backups ?? NO_BACKUPS}
      pagination={{ pageSize: 8, hideOnSinglePage: true }}
      locale={{ emptyText: t('backups.none') }}
      columns={[
        { key: 'time', title: t('backups.time'), render: (_, b) => formatDateTime(b.takenAt) },
        { key: 'reason', title: t('backups.reason'), render: (_, b) => t(`backups.reasons.${b.reason}`) },
        { key: 'size', title: t('backups.size'), align: 'right', render: (_, b) => formatBytes(b.bytes, locale) },
        {
          key: 'people',
          title: t('backups.people'),
          align: 'right',
          render: (_, b) => (b.counts ? formatNumber(b.counts.people, locale) : '—'),
        },
        {
          key: 'groups',
          title: t('backups.groups'),
          align: 'right',
          render: (_, b) => (b.counts ? formatNumber(b.counts.groups, locale) : '—'),
        },
        {
          // The history's last entry the backup holds (its manifest's chain head): how far back a
          // restore would go, and the entry a report or another copy can be checked against.
          key: 'head',
          title: t('backups.head'),
          align: 'right',
          render: (_, b) => (
            <Tooltip title={t('backups.headTip', { seq: formatNumber(b.head.seq, locale), hash: b.head.hash })}>
              <span data-testid="backup-head">
                {formatNumber(b.head.seq, locale)}{' '}
                <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
                  {b.head.hash.slice(0, 8)}
                </Typography.Text>
              </span>
            </Tooltip>
          ),
        },
        { key: 'verified', title: t('backups.verified'), render: (_, b) => verifiedTag(b) },
        {
          key: 'action',
          title: '',
          align: 'right',
          render: (_, b) => (
            <Button
              size="small"
              icon={<RollbackOutlined />}
              disabled={b.verified === 'failed' || restoring}
              onClick={() => onRestore(b)}
            >
              {t('backups.restore')}
            </Button>
          ),
        },
      ]}
    />
  );
});

function RetentionDialog({ retention, onClose }: { retention: BackupRetention; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<BackupRetention>();
  const setRetention = useBackups((s) => s.setRetention);
  const busy = useBackups((s) => s.busy);
  const field = (key: keyof BackupRetention) => (
    <Form.Item
      name={key}
      label={t(`backups.retention.${key}`)}
      extra={t('backups.retention.range', RETENTION_LIMITS[key])}
      rules={[
        {
          required: true,
          type: 'integer',
          min: RETENTION_LIMITS[key].min,
          max: RETENTION_LIMITS[key].max,
          message: t('backups.retention.range', RETENTION_LIMITS[key]),
        },
      ]}
    >
      <InputNumber
        min={RETENTION_LIMITS[key].min}
        max={RETENTION_LIMITS[key].max}
        precision={0}
        style={{ width: 120 }}
      />
    </Form.Item>
  );
  return (
    <Modal
      open
      title={t('backups.retention.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy === 'retention'}
      onCancel={onClose}
      onOk={() =>
        void form.validateFields().then(async (values) => {
          if (await setRetention(values)) onClose();
        })
      }
    >
      <Form form={form} layout="vertical" initialValues={retention}>
        {field('daily')}
        {field('weekly')}
        {field('monthly')}
        {field('beforeDays')}
      </Form>
    </Modal>
  );
}
