/**
 * The dashboard's summary is asked for once as the console starts, whichever comes first: the
 * start's own request (primeDashboard) or the page's as it mounts. When the page mounted first,
 * inside the start's state change, a second request made the page wait for the later answer and
 * the main process work out the summary twice (seen as two dashboard.summary calls at 10,000 people).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Answer = { ok: true; value: { marker: number; recentEvents: [] } };

let calls: Array<(answer: Answer) => void>;

beforeEach(() => {
  vi.resetModules();
  calls = [];
  const summary = () => new Promise<Answer>((resolve) => calls.push(resolve));
  (globalThis as { window?: unknown }).window = { groupLedger: { 'dashboard.summary': summary } };
});

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

async function store() {
  return import('../../renderer/src/features/dashboard/store');
}

describe('the dashboard summary at start', () => {
  it('is asked for once when the page mounts before the start primes it, and the page gets that answer', async () => {
    const { loadDashboardOnMount, primeDashboard, useDashboard } = await store();
    loadDashboardOnMount();
    primeDashboard();
    expect(calls).toHaveLength(1);
    calls[0]!({ ok: true, value: { marker: 1, recentEvents: [] } });
    await vi.waitFor(() => expect(useDashboard.getState().loading).toBe(false));
    expect(useDashboard.getState().data).toEqual({ marker: 1, recentEvents: [] });
  });

  it('is asked for once when the start primes it before the page mounts', async () => {
    const { loadDashboardOnMount, primeDashboard } = await store();
    primeDashboard();
    loadDashboardOnMount();
    expect(calls).toHaveLength(1);
  });

  it('is asked for again when the page is opened later', async () => {
    const { loadDashboardOnMount, primeDashboard, useDashboard } = await store();
    primeDashboard();
    loadDashboardOnMount();
    calls[0]!({ ok: true, value: { marker: 1, recentEvents: [] } });
    await vi.waitFor(() => expect(useDashboard.getState().loading).toBe(false));
    loadDashboardOnMount();
    expect(calls).toHaveLength(2);
  });

  it('asks for the names of its recent history as the summary arrives, in one request', async () => {
    const asked: string[][] = [];
    const w = (globalThis as unknown as { window: { groupLedger: Record<string, unknown> } }).window;
    w.groupLedger['directory.names'] = async ({ ids }: { ids: string[] }) => {
      asked.push(ids);
      return { ok: true, value: { people: { 'person-7': '李伟' }, groups: { 'group-3': '中层干部工作群' } } };
    };
    const { primeDashboard, useDashboard } = await store();
    const { currentDirectory } = await import('../../renderer/src/platform/directory');
    primeDashboard();
    const event = { seq: 9, kind: 'membership.added', subjects: ['person-7', 'group-3', 'membership-12'] };
    calls[0]!({ ok: true, value: { marker: 1, recentEvents: [event] } } as unknown as Answer);
    await vi.waitFor(() => expect(useDashboard.getState().loading).toBe(false));
    await vi.waitFor(() => expect(currentDirectory().people.get('person-7')).toBe('李伟'));
    // One request, for the person and the group (an internal id such as membership-12 is not a name).
    expect(asked).toEqual([['person-7', 'group-3']]);
  });
});
