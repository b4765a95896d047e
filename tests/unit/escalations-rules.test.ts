/**
 * The incident page enables its buttons by the same status rules the service applies: for every
 * status and every mix of decided and waiting steps, a button is enabled exactly when the service
 * would accept the change (given a reason where one is needed).
 */
import { describe, expect, it } from 'vitest';
import { nextStatus, type IncidentChange } from '../../electron/capabilities/incidents/status';
import { INCIDENT_STATUSES, type EscalationStepView } from '../../shared/contract/incidents';
import { refusal, type ButtonKind } from '../../renderer/src/features/escalations/rules';

const step = (decided: boolean) => ({ decidedOn: decided ? '2026-11-02' : null }) as EscalationStepView;
const STEP_MIXES: boolean[][] = [[], [true], [false], [true, false], [false, false], [true, true]];
const CHANGES: Array<ButtonKind & IncidentChange> = ['escalate', 'decide', 'addAction', 'close', 'dismiss', 'reopen'];

describe('incident buttons follow the status rules', () => {
  for (const status of INCIDENT_STATUSES) {
    for (const mix of STEP_MIXES) {
      for (const change of CHANGES) {
        it(`${change} on ${status} with steps [${mix.join(',')}]`, () => {
          const verdict = nextStatus({ status, steps: mix.map((d) => ({ decided: d })), reason: 'r' }, change);
          const why = refusal({ status, steps: mix.map(step) }, change);
          expect(why === null).toBe(verdict.ok);
        });
      }
    }
  }
});
