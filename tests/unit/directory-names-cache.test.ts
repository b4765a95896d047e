/**
 * The renderer's names by id (platform/directory.ts): a page asks the registry only for the names
 * it shows, once, gathered into few requests of at most NAMES_MAX_IDS ids; after a change to the
 * registry a name still shows and is asked for again (a renamed person shows the new name).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NAMES_MAX_IDS } from '../../shared/contract';

const names = new Map<string, string>([
  ['p-li', '李伟'],
  ['g-mid', '中层干部工作群'],
]);
const ask = vi.fn(async ({ ids }: { ids: string[] }) => {
  return {
    ok: true,
    value: {
      people: Object.fromEntries(
        ids.filter((id) => id.startsWith('p-') && names.has(id)).map((id) => [id, names.get(id)]),
      ),
      groups: Object.fromEntries(
        ids.filter((id) => id.startsWith('g-') && names.has(id)).map((id) => [id, names.get(id)]),
      ),
    },
  };
});
(globalThis as unknown as { window: unknown }).window = { groupLedger: { 'directory.names': ask } };

const { currentDirectory } = await import('../../renderer/src/platform/directory');
const { refreshAll } = await import('../../renderer/src/platform/registry');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('names by id in the renderer', () => {
  beforeEach(() => {
    ask.mockClear();
  });

  it('asks once for the ids looked up, in one request, and answers from memory afterwards', async () => {
    const first = currentDirectory();
    expect(first.people.get('p-li')).toBeUndefined();
    expect(first.groups.get('g-mid')).toBeUndefined();
    expect(first.people.get('g-mid')).toBeUndefined();
    expect(first.people.get('membership-12')).toBeUndefined();
    await settle();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0]![0].ids.sort()).toEqual(['g-mid', 'membership-12', 'p-li']);

    const after = currentDirectory();
    expect(after).not.toBe(first); // a new object: components using it draw again
    expect(after.people.get('p-li')).toBe('李伟');
    expect(after.groups.get('g-mid')).toBe('中层干部工作群');
    expect(after.groups.has('g-mid')).toBe(true);
    expect(after.people.get('membership-12')).toBeUndefined();
    await settle();
    expect(ask).toHaveBeenCalledTimes(1); // nothing asked again, not even the id that names no one
  });

  it('never sends what is not an id', async () => {
    currentDirectory().people.get('李伟 (not an id)');
    currentDirectory().people.get('');
    await settle();
    expect(ask).not.toHaveBeenCalled();
  });

  it('after a change, shows the name it has and asks again for it', async () => {
    names.set('p-li', '李伟伟');
    refreshAll();
    expect(currentDirectory().people.get('p-li')).toBe('李伟');
    await settle();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0]![0].ids).toEqual(['p-li']);
    expect(currentDirectory().people.get('p-li')).toBe('李伟伟');
  });

  it('splits many ids into requests the registry accepts', async () => {
    const ids = Array.from({ length: NAMES_MAX_IDS * 2 + 10 }, (_, i) => `p-${i}`);
    for (const id of ids) currentDirectory().people.get(id);
    await settle();
    expect(ask.mock.calls.map(([input]) => input.ids.length)).toEqual([NAMES_MAX_IDS, NAMES_MAX_IDS, 10]);
  });
});
