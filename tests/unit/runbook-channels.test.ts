/** The runbooks.* channels through the ledger: input checked by the contract, errors translated. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Result, RunbookSummary, RunbookView, RunbookWalkView } from '../../shared/contract';
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

    const stepped = await call<RunbookWalkView>('runbooks.step', { id: plan.id, ord: 1, outcome: 'done' });
    expect(stepped.progress.done).toBe(1);
    expect(stepped.next?.ord).toBe(2);
    // The walk answers with the steps around the next person and the one U would undo, not all.
    expect(stepped.detail).toBe('walk');
    expect(stepped.last).toMatchObject({ ord: 1, outcome: 'done' });
    expect(stepped.nearby.map((s) => s.ord)).toEqual([1, 2, 3, 4, 5]);
    expect(stepped).not.toHaveProperty('steps');
    expect(stepped).not.toHaveProperty('report');
    const page = await call<RunbookWalkView>('runbooks.page', { id: plan.id });
    expect({ ...page, timeSpentMs: 0, estimateLeftMs: 0 }).toEqual({ ...stepped, timeSpentMs: 0, estimateLeftMs: 0 });
    expect((await call<RunbookView>('runbooks.undo', { id: plan.id })).progress.done).toBe(0);
    expect((await call<RunbookView>('runbooks.pause', { id: plan.id })).state).toBe('paused');
    expect((await call<RunbookView>('runbooks.resume', { id: plan.id })).state).toBe('in_progress');
    const cancelled = await call<RunbookView>('runbooks.cancel', { id: plan.id, reason: '暂缓' });
    expect(cancelled).toMatchObject({ state: 'cancelled', cancelReason: '暂缓' });
    expect(cancelled.groups[0]!.status).toBe('active');

    // The newest first, then the demo's own (a draft dissolution, a paused prune, a finished offboarding).
    expect((await call<RunbookSummary[]>('runbooks.list')).map((r) => r.id)).toEqual([plan.id, 3, 2, 1]);
    expect(await call<RunbookSummary[]>('runbooks.list', { state: 'in_progress' })).toEqual([]);
    // The list carries each runbook's authorisation (the Operations page's column), as its view has it.
    const listed = await call<RunbookSummary[]>('runbooks.list');
    for (const r of listed) {
      expect(r.authorisation).toEqual((await call<RunbookView>('runbooks.get', { id: r.id })).authorisation);
    }
    expect(listed.filter((r) => r.authorisation.personName !== null && r.authorisation.on !== null).length).toBeGreaterThan(0);
    const missing = await l.invoke('runbooks.get', { id: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    if (!missing.ok) expect(missing.error.message).toContain('操作流程');
  });

  it('the 100-member walk answers each step with the few steps around the next person; the last step with the report', async () => {
    const { call } = ledger();
    await call('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' });
    const [draft] = await call<RunbookSummary[]>('runbooks.list', { state: 'draft' });
    expect(await call<RunbookView>('runbooks.page', { id: draft!.id })).toMatchObject({
      detail: 'full',
      state: 'draft',
    });
    const started = await call<RunbookWalkView>('runbooks.start', { id: draft!.id });
    expect(started).toMatchObject({ detail: 'walk', state: 'in_progress', last: null, next: { ord: 1 } });
    expect(started.nearby.map((s) => s.ord)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const total = started.progress.total;
    expect(total).toBeGreaterThanOrEqual(90);

    let view: RunbookWalkView = started;
    for (let ord = 1; ord <= 20; ord++) view = await call('runbooks.step', { id: draft!.id, ord, outcome: 'done' });
    // Three before the next person (21), the next and seven after: eleven of the whole walk.
    expect(view.nearby.map((s) => s.ord)).toEqual([18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]);
    expect(view.next).toMatchObject({ ord: 21, outcome: null });
    expect(view.next!.name).toBeTruthy();
    expect(view.last).toMatchObject({ ord: 20, outcome: 'done' });
    expect(JSON.stringify(view).length).toBeLessThan(20_000);

    const undone = await call<RunbookWalkView>('runbooks.undo', { id: draft!.id });
    expect(undone).toMatchObject({ next: { ord: 20 }, last: { ord: 19 }, progress: { done: 19 } });
    const paused = await call<RunbookWalkView>('runbooks.pause', { id: draft!.id });
    expect(paused).toMatchObject({ detail: 'walk', state: 'paused', next: { ord: 20 } });
    await call('runbooks.resume', { id: draft!.id });

    let last: RunbookWalkView | RunbookView = undone;
    for (let ord = 20; ord <= total; ord++) last = await call('runbooks.step', { id: draft!.id, ord, outcome: 'done' });
    // The step that ends the walk answers with everything the report shows.
    expect(last.detail).toBe('full');
    if (last.detail !== 'full') return;
    expect(last.state).toBe('finished');
    expect(last.steps).toHaveLength(total);
    expect(last.report.people).toHaveLength(total);
  });
});
