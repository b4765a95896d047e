/** What a plan takes from an incident's decision: the decision's words, who took it, when, its document. */
import type { EscalationStepView, IncidentDetail, IncidentRow, RunbookSummary } from '../../../../shared/contract';

/** What the dialog starts with when it is opened from an incident's decision. */
export interface PlanPrefill {
  reason: string;
  authorisation: { personId?: string; personName?: string; position?: string; on?: string; documentRef?: string };
  incident: IncidentRow;
  /** The open runbook that already holds the group, if any (only one per group). */
  holding: RunbookSummary | null;
}

/** The decision a runbook is planned from: the last one taken on the incident (by day, then step). */
export function lastDecision(steps: readonly EscalationStepView[]): EscalationStepView | null {
  const decided = steps.filter((s) => s.decidedOn !== null && s.decision !== null);
  const order = (a: EscalationStepView, b: EscalationStepView) =>
    a.decidedOn! < b.decidedOn! ? -1 : a.decidedOn! > b.decidedOn! ? 1 : a.seq - b.seq;
  return decided.sort(order).at(-1) ?? null;
}

/** The plan dialog's starting values from a decision: a person by id and name, a position as written. */
export function prefillOf(incident: IncidentDetail, step: EscalationStepView): Omit<PlanPrefill, 'holding'> {
  const by = step.decidedBy;
  return {
    reason: step.decision ?? '',
    authorisation: {
      ...(by?.kind === 'person' ? { personId: by.ref, personName: by.label } : {}),
      ...(by?.kind === 'position' ? { position: by.ref } : {}),
      ...(step.decidedOn ? { on: step.decidedOn } : {}),
      ...(step.documentRef ? { documentRef: step.documentRef } : {}),
    },
    incident,
  };
}
