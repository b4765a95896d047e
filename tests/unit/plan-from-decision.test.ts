/**
 * "Plan an operation from this decision": the plan starts from the incident's last decision — its
 * words as the reason, who took it (a person by name, a position as written), the day and the
 * document — and names the incident; a step still waiting is not a decision.
 */
import { describe, expect, it } from 'vitest';
import type { EscalationStepView, IncidentDetail, PartyView } from '../../shared/contract';
import { lastDecision, prefillOf } from '../../renderer/src/features/operations/fromDecision';

const person = (ref: string, label: string): PartyView => ({ kind: 'person', ref, label });
const position = (ref: string): PartyView => ({ kind: 'position', ref, label: ref });

function step(seq: number, decided: { by: PartyView; on: string; decision: string; doc?: string } | null) {
  return {
    id: seq * 10,
    seq,
    from: position('群主'),
    to: decided?.by ?? position('局长'),
    escalatedOn: '2026-03-05',
    channel: 'phone',
    request: '请示',
    decidedBy: decided?.by ?? null,
    decidedOn: decided?.on ?? null,
    decision: decided?.decision ?? null,
    documentRef: decided?.doc ?? null,
    waitingDays: decided ? null : 1,
  } satisfies EscalationStepView;
}

const leaderA = person('person-002', '赵玉');

describe('the decision a plan starts from', () => {
  it.each([
    ['none decided', [step(1, null)], null],
    ['the only decision', [step(1, { by: leaderA, on: '2026-03-05', decision: '解散' }), step(2, null)], 1],
    [
      'the later day wins over the later step',
      [
        step(1, { by: leaderA, on: '2026-03-06', decision: '解散' }),
        step(2, { by: position('办公室主任'), on: '2026-03-05', decision: '报A领导' }),
      ],
      1,
    ],
    [
      'on the same day, the later step',
      [
        step(1, { by: position('办公室主任'), on: '2026-03-05', decision: '报A领导' }),
        step(2, { by: leaderA, on: '2026-03-05', decision: '解散' }),
      ],
      2,
    ],
  ] as const)('%s', (_label, steps, seq) => {
    expect(lastDecision(steps)?.seq ?? null).toBe(seq);
  });

  it('fills in the reason, the person who decided (by name), the day, the document and the incident', () => {
    const incident = { id: 7, summary: '误发语音' } as IncidentDetail;
    const decided = step(2, {
      by: leaderA,
      on: '2026-03-05',
      decision: '解散中层干部工作群',
      doc: 'A领导批示〔2026〕1号',
    });
    expect(prefillOf(incident, decided)).toEqual({
      reason: '解散中层干部工作群',
      authorisation: {
        personId: 'person-002',
        personName: '赵玉',
        on: '2026-03-05',
        documentRef: 'A领导批示〔2026〕1号',
      },
      incident,
    });
  });

  it('a position as written, no document when none was given', () => {
    const incident = { id: 7 } as IncidentDetail;
    const decided = step(1, { by: position('局长'), on: '2026-03-06', decision: '解散' });
    expect(prefillOf(incident, decided).authorisation).toEqual({ position: '局长', on: '2026-03-06' });
  });
});
