import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Col, Flex, Row, Typography } from 'antd';
import { PauseCircleOutlined, PlayCircleOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RunbookStepView, RunbookWalkView, StepOutcome } from '../../../../shared/contract';
import { useAfterPaint } from '../../ui/useAfterPaint';
import { recordStep, resumeRunbook, pauseRunbook, undoStep } from './store';
import { WalkStats } from './WalkStats';
import { StepCard, type Mode } from './StepCard';
import { StepsTable } from './StepsTable';
import './operations.css';

// A step's outcome re-renders the walk three times (busy, the new view, not busy): the table
// around the person and the figures render again only when the runbook itself changed.
const NearbySteps = memo(StepsTable);
const Stats = memo(WalkStats);
const Actions = memo(WalkActions);

/** A command still running after this long shows its buttons busy. */
const BUSY_AFTER_MS = 200;

interface Props {
  view: RunbookWalkView;
  /** A dialog over the page (cancel) has the keyboard. */
  blocked: boolean;
  onCancel: () => void;
}

/** Who is typing into a field (or a dialog) keeps their keys; the walk takes the rest. */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('input, textarea, [contenteditable], .ant-select, .ant-modal') !== null
  );
}

/**
 * The walk: one person at a time, large, with the three outcomes on the keyboard (Enter done,
 * S skip with a reason, F failed with a note, Ctrl+C copies the handle, U undoes the last step).
 * Each outcome is committed before the next person shows.
 */
export function WalkView({ view, blocked, onCancel }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const step = view.next;
  const paused = view.state === 'paused';
  const [mode, setMode] = useState<Mode>('choose');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const busyRef = useRef(false);
  const home = useRef<HTMLDivElement>(null);
  // What U undoes, as the registry answers it (the walk view carries it, not every step).
  const last = view.last;
  const group = view.groups.find((g) => g.groupId === step?.groupId) ?? view.groups[0];
  const platform = group ? t(`platform.${group.platform}`) : '';
  // Around the current person (a few before, the next ones), as the registry sent them: the whole
  // list is in the report. The table, the figures and the side card follow once the next person's
  // card has been painted, in an interruptible render (the table takes longer than the card).
  const later = useAfterPaint(view);

  const act = useCallback(async (command: () => Promise<unknown>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    // Keys are ignored while a command runs (busyRef); the buttons show it only when the registry
    // is slow to answer. A step usually commits in a few milliseconds, and drawing the whole walk
    // busy and then not busy around it would double the time to the next person.
    const slow = window.setTimeout(() => setBusy(true), BUSY_AFTER_MS);
    setError(null);
    try {
      await command();
      setMode('choose');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      window.clearTimeout(slow);
      busyRef.current = false;
      setBusy(false);
      home.current?.focus({ preventScroll: true });
    }
  }, []);

  const record = useCallback(
    (outcome: StepOutcome, note?: string) => {
      if (step) void act(() => recordStep(view.id, step.ord, outcome, note));
    },
    [act, step, view.id],
  );

  // Read when U is pressed: the callback stays the same from step to step (the side card is memoised).
  const lastRef = useRef(last);
  lastRef.current = last;
  const undo = useCallback(() => {
    const undone = lastRef.current;
    if (!undone) {
      message.info(t('operations.walk.nothingToUndo'));
      return;
    }
    void act(async () => {
      await undoStep(view.id);
      message.success(t('operations.walk.undone', { person: undone.name }));
    });
  }, [act, message, t, view.id]);
  const pause = useCallback(() => void act(() => pauseRunbook(view.id)), [act, view.id]);

  const copy = useCallback(async () => {
    if (!step?.handle) return;
    try {
      await navigator.clipboard.writeText(step.handle);
      message.success(t('operations.walk.copied', { handle: step.handle }));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }, [message, step, t]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (blocked || mode !== 'choose' || typing(e.target) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (e.ctrlKey || e.metaKey) {
        if (key === 'c' && step?.handle && !window.getSelection()?.toString()) {
          e.preventDefault();
          void copy();
        }
        return;
      }
      if (key === 'u') {
        e.preventDefault();
        undo();
      }
      if (paused || !step) return;
      if (key === 'enter') {
        // A focused button (Pause, Undo…) answers Enter itself.
        if (e.target instanceof HTMLElement && e.target.closest('button')) return;
        e.preventDefault();
        record('done');
      } else if (key === 's') {
        e.preventDefault();
        setMode('skip');
      } else if (key === 'f') {
        e.preventDefault();
        setMode('failed');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [blocked, copy, mode, paused, record, step, undo]);

  return (
    <div ref={home} tabIndex={-1} style={{ outline: 'none' }} data-testid="walk">
      <Stats view={later} />
      {paused && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('operations.walk.paused')}
          data-testid="walk-paused"
          action={
            <Button
              type="primary"
              icon={<PlayCircleOutlined />}
              loading={busy}
              onClick={() => void act(() => resumeRunbook(view.id))}
              data-testid="walk-resume"
            >
              {t('operations.walk.resume')}
            </Button>
          }
        />
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setError(null) }}
          title={error}
          style={{ marginBottom: 16 }}
          data-testid="walk-error"
        />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={17}>
          {step && (
            <StepCard
              step={step}
              total={view.progress.total}
              platform={platform}
              mode={mode}
              busy={busy}
              disabled={paused}
              onMode={setMode}
              onRecord={record}
              onCopy={() => void copy()}
            />
          )}
        </Col>
        <Col xs={24} xl={7}>
          <Actions last={later.last} busy={busy} paused={paused} onUndo={undo} onPause={pause} onCancel={onCancel} />
        </Col>
      </Row>
      <Card variant="borderless" title={t('operations.walk.steps')}>
        <NearbySteps
          steps={later.nearby}
          current={later.next?.ord ?? null}
          showGroup={later.groups.length > 1}
          testId="walk-steps"
        />
      </Card>
    </div>
  );
}

interface ActionsProps {
  last: RunbookStepView | null;
  busy: boolean;
  paused: boolean;
  onUndo: () => void;
  onPause: () => void;
  onCancel: () => void;
}

/** Beside the person: the last outcome, Undo, Pause, Cancel and the keys. */
function WalkActions({ last, busy, paused, onUndo, onPause, onCancel }: ActionsProps) {
  const { t } = useTranslation();
  return (
    <Card variant="borderless" style={{ height: '100%' }}>
      <Flex vertical gap={12}>
        {last && (
          <Typography.Text type="secondary" data-testid="walk-last">
            {t('operations.walk.last', { person: last.name, outcome: t(`operations.outcome.${last.outcome}`) })}
          </Typography.Text>
        )}
        <Button icon={<UndoOutlined />} disabled={!last || busy} onClick={onUndo} data-testid="walk-undo" block>
          {t('operations.walk.undo')} <kbd className="gl-kbd">U</kbd>
        </Button>
        {!paused && (
          <Button icon={<PauseCircleOutlined />} disabled={busy} onClick={onPause} data-testid="walk-pause" block>
            {t('operations.walk.pause')}
          </Button>
        )}
        <Button danger icon={<StopOutlined />} onClick={onCancel} block>
          {t('operations.walk.cancel')}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('operations.walk.keys')}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
