/**
 * The console is shown once the registry's answers and the first page's code are both there. Shown
 * before the dashboard's code had come, the page's place held a skeleton for a moment, and React
 * keeps a fallback on screen for at least 300 ms once shown: at 10,000 people the dashboard then
 * appeared 300 ms after its summary had come.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../renderer/src/platform/settings', () => ({
  useSettings: { getState: () => ({ adopt: async () => undefined }) },
}));

const ok = <T>(value: T) => async () => ({ ok: true, value });

function registry(organisation: unknown) {
  (globalThis as { window?: unknown }).window = {
    groupLedger: {
      'registry.health': ok({ state: 'ok' }),
      'settings.get': ok({ locale: 'en', theme: 'light' }),
      'org.get': ok(organisation),
      'app.notices': ok([]),
      onRegistryChanged: () => () => undefined,
    },
  };
}

beforeEach(() => vi.resetModules());
afterEach(() => delete (globalThis as { window?: unknown }).window);

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const session = async () => (await import('../../renderer/src/platform/session')).useSession;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the start of the console', () => {
  it('waits for the first page’s code before showing the console', async () => {
    registry({ name: 'Sở Nội vụ', locale: 'vi' });
    const useSession = await session();
    const page = deferred();
    const booted = useSession.getState().boot({ firstPage: page.promise });
    await settle();
    expect(useSession.getState().phase).toBe('booting');
    page.resolve();
    await booted;
    expect(useSession.getState().phase).toBe('ready');
  });

  it('shows the console when the page’s code could not be read (the page then says so itself)', async () => {
    registry({ name: 'Sở Nội vụ', locale: 'vi' });
    const useSession = await session();
    const page = deferred();
    const booted = useSession.getState().boot({ firstPage: page.promise });
    page.reject(new Error('chunk failed'));
    await booted;
    expect(useSession.getState().phase).toBe('ready');
  });

  it('does not wait for the dashboard’s code on a first run (the welcome shows instead)', async () => {
    registry(null);
    const useSession = await session();
    const never = new Promise<void>(() => undefined);
    await useSession.getState().boot({ firstPage: never });
    expect(useSession.getState().phase).toBe('first-run');
  });
});
