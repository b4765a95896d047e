/** Wording shared by the operations pages: a runbook's name, its authorisation, durations. */
import type { TFunction } from 'i18next';
import type { IncidentRow, RunbookAuthorisation, RunbookStepView, RunbookSummary } from '../../../../shared/contract';
import { formatDate } from '../../i18n/format';

/** "Dissolve 中层干部工作群", "Offboard 王伟": what the runbook does, in words. */
export function runbookName(t: TFunction, r: Pick<RunbookSummary, 'kind' | 'groups' | 'subject'>): string {
  const group = r.groups.map((g) => g.name).join(t('membership.nameSeparator'));
  return t(`operations.name.${r.kind}`, { group, person: r.subject?.name ?? group });
}

/** A runbook's state in words ("In progress"), for paper where a tag would not print well. */
export function runbookStateName(t: TFunction, state: RunbookSummary['state']): string {
  return t(`operations.state.${state}`);
}

/** "局长 · 2026-12-01 · 文件 〔2026〕12号", or null when nobody is named. */
export function authorisationText(t: TFunction, a: RunbookAuthorisation | null | undefined): string | null {
  if (!a) return null;
  const who = [a.personName, a.position].filter(Boolean).join(t('membership.events.sep'));
  const parts = [
    who || null,
    a.on ? t('operations.report.authorisedOn', { date: formatDate(a.on) }) : null,
    a.documentRef ? t('operations.report.document', { ref: a.documentRef }) : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(t('membership.events.sep')) : null;
}

/** An incident as the admin names it: "Confidential content posted · Mar 5, 2026". */
export function incidentTitle(t: TFunction, incident: Pick<IncidentRow, 'kind' | 'occurredOn'>): string {
  return `${t(`escalations.kind.${incident.kind}`)} · ${formatDate(incident.occurredOn)}`;
}

/** The start of an incident's summary, for a line that links to it. */
export function shortSummary(summary: string, max = 48): string {
  return summary.length > max ? `${summary.slice(0, max)}…` : summary;
}

/** "1 h 05 min", "4 min 20 s", "12 s" in the UI language. */
export function formatDuration(t: TFunction, ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return t('operations.duration.h', { h, m: String(m).padStart(2, '0') });
  if (m > 0) return t('operations.duration.m', { m, s: String(s).padStart(2, '0') });
  return t('operations.duration.s', { s });
}

/** What to do on the phone for one step. */
export function instruction(t: TFunction, step: RunbookStepView, platform: string): string {
  return t(`operations.walk.instruction.${step.action}`, {
    group: step.groupName,
    person: step.name,
    platform,
    interpolation: { escapeValue: false },
  });
}

export const STATE_COLOR: Record<RunbookSummary['state'], string> = {
  draft: 'default',
  in_progress: 'processing',
  paused: 'warning',
  finished: 'success',
  cancelled: 'error',
};

export const OUTCOME_COLOR: Record<string, string> = { done: 'green', skipped: 'orange', failed: 'red' };

/** Unfinished first (in progress, paused, draft), then the rest; newest first within each. */
export function byUrgency(a: RunbookSummary, b: RunbookSummary): number {
  const rank = (r: RunbookSummary) => ['in_progress', 'paused', 'draft', 'finished', 'cancelled'].indexOf(r.state);
  return rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt);
}
