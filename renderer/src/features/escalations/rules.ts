/** Which of an incident's buttons the status rules allow (the same rules as electron/capabilities/incidents/status.ts). */
import type { IncidentDetail } from '../../../../shared/contract';

/** The incident page's buttons: its dialogs and the correction form. */
export type ButtonKind = 'escalate' | 'decide' | 'addAction' | 'close' | 'dismiss' | 'reopen' | 'edit';

/** Why a button is disabled under the status rules, or null when it is allowed. */
export function refusal(detail: Pick<IncidentDetail, 'status' | 'steps'>, button: ButtonKind): string | null {
  const final = detail.status === 'closed' || detail.status === 'dismissed';
  const waiting = detail.steps.some((s) => s.decidedOn === null);
  if (button === 'reopen') return final ? null : 'notFinal';
  if (final) return 'final';
  if (button === 'decide' && !waiting) return 'noWaiting';
  if (button === 'close' && waiting) return 'stepWaiting';
  if (button === 'dismiss' && detail.status === 'decided') return 'decided';
  return null;
}
