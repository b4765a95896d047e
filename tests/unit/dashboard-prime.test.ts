/**
 * The dashboard's summary is asked for once as the console starts, whichever comes first: the
 * start's own request (primeDashboard) or the page's as it mounts. When the page mounted first,
 * inside the start's state change, a second request made the page wait for the later answer and
 * the main process work out the summary twice (seen as two dashboard.summary calls at 10,000 people).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Answer = { ok: true; value: { marker: number } };

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
    calls[0]!({ ok: true, value: { marker: 1 } });
    await vi.waitFor(() => expect(useDashboard.getState().loading).toBe(false));
    expect(useDashboard.getState().data).toEqual({ marker: 1 });
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
    calls[0]!({ ok: true, value: { marker: 1 } });
    await vi.waitFor(() => expect(useDashboard.getState().loading).toBe(false));
    loadDashboardOnMount();
    expect(calls).toHaveLength(2);
  });
});
