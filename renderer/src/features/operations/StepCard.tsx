import { useState } from 'react';
import { Alert, Button, Card, Flex, Input, Space, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, CopyOutlined, ForwardOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RunbookStepView, StepOutcome } from '../../../../shared/contract';
import { RoleTag } from '../../ui/tags';
import { instruction } from './format';

export type Mode = 'choose' | 'skip' | 'failed';

interface Props {
  step: RunbookStepView;
  total: number;
  platform: string;
  mode: Mode;
  busy: boolean;
  disabled: boolean;
  onMode(mode: Mode): void;
  onRecord(outcome: StepOutcome, note?: string): void;
  onCopy(): void;
}

/** The person of the current step, large: who, where, their handle, and the three outcomes. */
export function StepCard({ step, total, platform, mode, busy, disabled, onMode, onRecord, onCopy }: Props) {
  const { t } = useTranslation();
  return (
    <Card variant="borderless" style={{ height: '100%' }} data-testid="walk-step" data-ord={step.ord}>
      <Typography.Text type="secondary" data-testid="walk-step-of">
        {t('operations.walk.stepOf', { ord: step.ord, total })}
      </Typography.Text>
      <div className="gl-walk-instruction" data-testid="walk-instruction">
        {instruction(t, step, platform)}
      </div>
      <Flex align="baseline" gap={12} wrap>
        <span className="gl-walk-name" data-testid="walk-name">
          {step.name}
        </span>
        {step.role && step.role !== 'member' && <RoleTag role={step.role} />}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 18, marginBottom: 16 }}>
        {[step.unitName, step.position].filter(Boolean).join(' · ') || '—'}
      </Typography.Paragraph>
      <Flex align="center" gap={12} wrap className="gl-walk-handle">
        <Typography.Text type="secondary">{t('operations.walk.handle', { platform })}</Typography.Text>
        {step.handle ? (
          <>
            <code data-testid="walk-handle">{step.handle}</code>
            <Button icon={<CopyOutlined />} onClick={onCopy} data-testid="walk-copy">
              {t('operations.walk.copy')} <kbd className="gl-kbd">Ctrl+C</kbd>
            </Button>
          </>
        ) : (
          <Typography.Text type="secondary">{t('operations.walk.noHandle')}</Typography.Text>
        )}
      </Flex>
      {step.drift && (
        <Alert
          type="warning"
          showIcon
          title={t(`operations.drift.${step.drift}`)}
          style={{ marginTop: 16 }}
          data-testid="walk-drift"
        />
      )}
      {step.outcome === 'failed' && (
        <Alert
          type="warning"
          showIcon
          title={step.note ? t('operations.walk.retry', { note: step.note }) : t('operations.walk.retryNoNote')}
          style={{ marginTop: 16 }}
          data-testid="walk-retry"
        />
      )}
      {step.role === 'owner' && step.action === 'remove' && (
        <Alert type="info" showIcon title={t('operations.walk.ownerLast')} style={{ marginTop: 16 }} />
      )}
      <div style={{ marginTop: 24 }}>
        {mode === 'choose' ? (
          <Space size={12} wrap>
            <Button
              type="primary"
              size="large"
              icon={<CheckOutlined />}
              loading={busy}
              disabled={disabled}
              onClick={() => onRecord('done')}
              className="gl-walk-button"
              data-testid="walk-done"
            >
              {t('operations.walk.done')} <kbd className="gl-kbd">Enter</kbd>
            </Button>
            <Button
              size="large"
              icon={<ForwardOutlined />}
              disabled={disabled || busy}
              onClick={() => onMode('skip')}
              className="gl-walk-button"
              data-testid="walk-skip"
            >
              {t('operations.walk.skip')} <kbd className="gl-kbd">S</kbd>
            </Button>
            <Button
              size="large"
              danger
              icon={<CloseOutlined />}
              disabled={disabled || busy}
              onClick={() => onMode('failed')}
              className="gl-walk-button"
              data-testid="walk-failed"
            >
              {t('operations.walk.failed')} <kbd className="gl-kbd">F</kbd>
            </Button>
          </Space>
        ) : (
          <NoteField
            key={`${step.ord}-${mode}`}
            mode={mode}
            busy={busy}
            onBack={() => onMode('choose')}
            onRecord={onRecord}
          />
        )}
      </div>
    </Card>
  );
}

/** The reason of a skip (required) or the note of a failure (optional); Enter records, Escape goes back. */
function NoteField({
  mode,
  busy,
  onBack,
  onRecord,
}: {
  mode: 'skip' | 'failed';
  busy: boolean;
  onBack(): void;
  onRecord: Props['onRecord'];
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = () => {
    const text = note.trim();
    if (mode === 'skip' && !text) {
      setMissing(true);
      return;
    }
    onRecord(mode === 'skip' ? 'skipped' : 'failed', text || undefined);
  };
  return (
    <Flex vertical gap={8} style={{ maxWidth: 640 }}>
      <Typography.Text strong>
        {t(mode === 'skip' ? 'operations.walk.skipReason' : 'operations.walk.failedNote')}
      </Typography.Text>
      <Input
        size="large"
        autoFocus
        maxLength={500}
        value={note}
        status={missing ? 'error' : undefined}
        onChange={(e) => {
          setNote(e.target.value);
          setMissing(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            submit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onBack();
          }
        }}
        data-testid="walk-note"
      />
      {missing && <Typography.Text type="danger">{t('operations.walk.skipReasonRequired')}</Typography.Text>}
      <Space>
        <Button
          type="primary"
          danger={mode === 'failed'}
          loading={busy}
          onClick={submit}
          data-testid="walk-note-confirm"
        >
          {t(mode === 'skip' ? 'operations.walk.confirmSkip' : 'operations.walk.confirmFailed')}{' '}
          <kbd className="gl-kbd">Enter</kbd>
        </Button>
        <Button onClick={onBack}>
          {t('operations.walk.back')} <kbd className="gl-kbd">Esc</kbd>
        </Button>
      </Space>
    </Flex>
  );
}
