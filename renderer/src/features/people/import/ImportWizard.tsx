import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Modal, Result, Spin, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportMapping, ImportParsed, ImportPreview } from '../../../../../shared/contract';
import { formatBytes } from '../../../i18n/format';
import { refreshAll } from '../../../platform/registry';
import { useLocale } from '../../../platform/settings';
import { ApiError } from '../../../platform/api';
import { pollProgress } from '../../../platform/pollProgress';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { MAX_IMPORT_BYTES, readAsBase64 } from './readFile';
import { cancelImportRead, commitImport, importProgress, parseImport, previewImport } from '../store';

type Step = 0 | 1 | 2 | 3;

interface Outcome {
  imported: number;
  newUnits: number;
  newTiers: number;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Importing people from a spreadsheet: choose the file, map its columns, preview every row, then
 * import. Nothing is written before the admin presses Import, and then every row is written in
 * one transaction or none is (the service refuses the whole file while any row has an error).
 */
export function ImportWizard({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [step, setStep] = useState<Step>(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [parsed, setParsed] = useState<ImportParsed | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  /** Same-name pairs the admin confirmed as two different people. */
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  /** How far the file being read is (0–1), asked of the reading thread while it reads; null before. */
  const [reading, setReading] = useState<number | null>(null);
  const readingFile = busy && step === 0;
  useEffect(() => {
    if (!readingFile) {
      setReading(null);
      return;
    }
    return pollProgress(
      () => importProgress(undefined),
      (p) => setReading(p.fraction),
    );
  }, [readingFile]);
  // Closing the dialog (Cancel, Esc, ×) while the file is read stops the reading thread too.
  const close = () => {
    if (readingFile) void cancelImportRead(undefined).catch(() => undefined);
    onClose();
  };

  useEffect(() => {
    if (!open) return;
    setStep(0);
    setBusy(false);
    setError(null);
    setParsed(null);
    setMapping({});
    setPreview(null);
    setAccepted(new Set());
    setOutcome(null);
  }, [open]);

  const choose = async (file: File) => {
    setError(null);
    setParsed(null);
    setPreview(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setError(
        t('errors:import_too_large', {
          size: formatBytes(file.size, locale),
          max: formatBytes(MAX_IMPORT_BYTES, locale),
        }),
      );
      return;
    }
    setBusy(true);
    try {
      const data = await readAsBase64(file);
      const result = await parseImport({ fileName: file.name, data });
      setParsed(result);
      setMapping(result.mapping);
    } catch (e) {
      // Stopped by the administrator: the dialog is closing, nothing to say.
      if (!(e instanceof ApiError && e.code === 'import_cancelled')) setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  const toPreview = async () => {
    if (!parsed) return;
    setBusy(true);
    setError(null);
    try {
      setPreview(await previewImport({ token: parsed.token, mapping }));
      setAccepted(new Set());
      setStep(2);
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!parsed) return;
    setBusy(true);
    setError(null);
    try {
      setOutcome(await commitImport({ token: parsed.token, mapping, acceptSameName: [...accepted] }));
      setStep(3);
      refreshAll();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  const back = () => {
    setError(null);
    setStep((s) => (s > 0 ? ((s - 1) as Step) : s));
  };

  const accept = (keys: string[], yes: boolean) =>
    setAccepted((before) => {
      const next = new Set(before);
      for (const key of keys) {
        if (yes) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  const canImport =
    preview !== null &&
    preview.counts.withErrors === 0 &&
    preview.counts.total > 0 &&
    preview.sameName.every((p) => accepted.has(p.key));
  const footer =
    step === 3 ? (
      <Button type="primary" onClick={onClose} data-testid="import-done">
        {t('directory.import.done')}
      </Button>
    ) : (
      <Flex justify="space-between" gap={8}>
        <Button onClick={close} data-testid="import-cancel">
          {t('common.cancel')}
        </Button>
        <Flex gap={8}>
          {step > 0 && (
            <Button onClick={back} disabled={busy} data-testid="import-back">
              {t('directory.import.back')}
            </Button>
          )}
          {step === 2 && preview && preview.counts.withErrors > 0 && (
            <Button
              onClick={() => {
                setError(null);
                setStep(0);
              }}
              data-testid="import-choose-again"
            >
              {t('directory.import.chooseAgain')}
            </Button>
          )}
          {step < 2 && (
            <Button
              type="primary"
              loading={busy && step === 1}
              disabled={!parsed || busy || (step === 1 && !mapping.name)}
              onClick={() => (step === 0 ? setStep(1) : void toPreview())}
              data-testid="import-next"
            >
              {t('directory.import.next')}
            </Button>
          )}
          {step === 2 && (
            <Button
              type="primary"
              loading={busy}
              disabled={!canImport}
              onClick={() => void commit()}
              data-testid="import-confirm"
            >
              {t('directory.import.confirm', { count: preview?.counts.total ?? 0 })}
            </Button>
          )}
        </Flex>
      </Flex>
    );

  return (
    <Modal
      open={open}
      title={t('directory.import.title')}
      onCancel={close}
      footer={footer}
      width={1080}
      destroyOnHidden
      maskClosable={false}
      // Long files scroll inside the dialog; the steps' buttons stay in view.
      styles={{ body: { maxHeight: 'calc(100vh - 230px)', overflowY: 'auto', overflowX: 'hidden' } }}
      centered
      data-testid="import-wizard"
    >
      <Steps
        size="small"
        current={step}
        style={{ margin: '8px 0 20px' }}
        items={[
          { title: t('directory.import.steps.file') },
          { title: t('directory.import.steps.mapping') },
          { title: t('directory.import.steps.preview') },
          { title: t('directory.import.steps.result') },
        ]}
      />
      {step === 0 && (
        <FileStep parsed={parsed} reading={busy} progress={reading} error={error} onFile={(f) => void choose(f)} />
      )}
      {step > 0 && step < 3 && error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="import-error" />
      )}
      {step === 1 && parsed && (
        <Spin spinning={busy}>
          <MappingStep parsed={parsed} mapping={mapping} onChange={setMapping} />
        </Spin>
      )}
      {step === 2 && preview && (
        <PreviewStep preview={preview} mapping={mapping} accepted={accepted} onAccept={accept} />
      )}
      {step === 3 && outcome && (
        <Result
          status="success"
          title={t('directory.import.resultTitle', { count: outcome.imported })}
          subTitle={[
            outcome.newUnits > 0 ? t('directory.import.resultUnits', { count: outcome.newUnits }) : null,
            outcome.newTiers > 0 ? t('directory.import.resultTiers', { count: outcome.newTiers }) : null,
            t('directory.import.resultHistory'),
          ]
            .filter(Boolean)
            .join(' ')}
          data-testid="import-result"
        />
      )}
    </Modal>
  );
}
