/** The runbooks.* channels through the ledger: input checked by the contract, errors translated. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Result, RunbookSummary, RunbookView } from '../../shared/contract';
import { tempLedger } from './ledger-helpers';

const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

function ledger() {
  const { ledger } = tempLedger();
  closers.push(() => ledger.close());
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = (await ledger.invoke(channel, input)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { ledger, call };
}

describe('runbooks channels', () => {
  it('plan, start, step, undo, pause, resume and cancel a dissolve of the HR group', async () => {
    const { ledger: l, call } = ledger();
    await call('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' });
    const plan = await call<RunbookView>('runbooks.plan', {
      kind: 'dissolve',
      groupId: 'group-hr',
      reason: '  撤销  ',
    });
    expect(plan).toMatchObject({ state: 'draft', reason: '撤销', progress: { done: 0, total: 5 } });
    expect(plan.steps.at(-1)?.role).toBe('owner');

    const busy = await l.invoke('runbooks.plan', { kind: 'prune', groupId: 'group-hr', reason: '清理' });
    expect(busy).toMatchObject({ ok: false, error: { code: 'runbook_group_busy' } });
    if (!busy.ok) expect(busy.error.message).toContain('人事工作群');

    const started = await call<RunbookView>('runbooks.start', { id: plan.id });
    expect(started.groups[0]).toMatchObject({ groupId: 'group-hr', status: 'dissolving' });
    const noReason = await l.invoke('runbooks.step', { id: plan.id, ord: 1, outcome: 'skipped' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const owner = await l.invoke('runbooks.step', { id: plan.id, ord: 5, outcome: 'done' });
    expect(owner).toMatchObject({ ok: false, error: { code: 'runbook_owner_last' } });

    const stepped = await call<RunbookView>('runbooks.step', { id: plan.id, ord: 1, outcome: 'done' });
    expect(stepped.progress.done).toBe(1);
    expect(stepped.next?.ord).toBe(2);
    expect((await call<RunbookView>('runbooks.undo', { id: plan.id })).progress.done).toBe(0);
    expect((await call<RunbookView>('runbooks.pause', { id: plan.id })).state).toBe('paused');
    expect((await call<RunbookView>('runbooks.resume', { id: plan.id })).state).toBe('in_progress');
    const cancelled = await call<RunbookView>('runbooks.cancel', { id: plan.id, reason: '暂缓' });
    expect(cancelled).toMatchObject({ state: 'cancelled', cancelReason: '暂缓' });
    expect(cancelled.groups[0]!.status).toBe('active');

    // The newest first, then the demo's own (a draft dissolution, a paused prune, a finished offboarding).
    expect((await call<RunbookSummary[]>('runbooks.list')).map((r) => r.id)).toEqual([plan.id, 3, 2, 1]);
    expect(await call<RunbookSummary[]>('runbooks.list', { state: 'in_progress' })).toEqual([]);
    const missing = await l.invoke('runbooks.get', { id: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    if (!missing.ok) expect(missing.error.message).toContain('操作流程');
  });
});
