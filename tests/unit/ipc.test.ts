import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, contract, ipcChannel } from '../../shared/contract';
import { registerIpc, type IpcEventLike, type IpcMainLike } from '../../electron/ipc/register';
import { tempLedger } from './ledger-helpers';

function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcEventLike, input: unknown) => Promise<unknown>>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipc, handlers };
}

const trusted: IpcEventLike = {
  senderFrame: { url: 'app://group-ledger/index.html', parent: null },
  sender: { id: 7 },
};
const policy = { appOrigin: 'app://group-ledger', allowedSenders: () => [7] };

describe('IPC contract and handlers', () => {
  it('registers exactly one handler per contract channel, and nothing generic', () => {
    const { ledger } = tempLedger();
    const { ipc, handlers } = fakeIpcMain();
    const unregister = registerIpc(ipc, ledger, policy);
    expect([...handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map(ipcChannel).sort());
    expect(Object.keys(contract).sort()).toEqual([...CHANNEL_NAMES].sort());
    unregister();
    expect(handlers.size).toBe(0);
    ledger.close();
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 7 } }],
    ['an iframe of the app', { senderFrame: { url: 'app://group-ledger/x.html', parent: {} }, sender: { id: 7 } }],
    ['another window', { senderFrame: { url: 'app://group-ledger/index.html', parent: null }, sender: { id: 8 } }],
    ['a detached frame', { senderFrame: null, sender: { id: 7 } }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/index.html', parent: null }, sender: { id: 7 } }],
  ])('refuses a call from %s without running it', async (_label, event) => {
    const { ledger } = tempLedger();
    const invoke = vi.spyOn(ledger, 'invoke');
    const { ipc, handlers } = fakeIpcMain();
    registerIpc(ipc, ledger, policy);
    const result = await handlers.get(ipcChannel('org.create'))!(event as IpcEventLike, { name: 'X', locale: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(invoke).not.toHaveBeenCalled();
    ledger.close();
  });

  it('validates input against the contract and answers with a translated error, never a stack', async () => {
    const { ledger } = tempLedger();
    const { ipc, handlers } = fakeIpcMain();
    registerIpc(ipc, ledger, policy);
    await handlers.get(ipcChannel('settings.update'))!(trusted, { locale: 'zh-CN' });
    const result = (await handlers.get(ipcChannel('groups.get'))!(trusted, { id: 'g-1', asOf: '2024/03/01' })) as {
      ok: false;
      error: { code: string; message: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toContain('YYYY-MM-DD');
    expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
    ledger.close();
  });

  it('rejects extra fields (no smuggled parameters)', async () => {
    const { ledger } = tempLedger();
    const result = await ledger.invoke('org.create', { name: 'X', locale: 'en', admin: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    ledger.close();
  });

  it('answers unknown channels with a typed error', async () => {
    const { ledger } = tempLedger();
    expect(await ledger.invoke('sql.run', 'DROP TABLE people')).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    expect(await ledger.invoke('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    ledger.close();
  });

  it('tells listeners the new revision after a committed change, and only then', async () => {
    const { ledger } = tempLedger();
    const revisions: number[] = [];
    ledger.onChange((r) => revisions.push(r));
    await ledger.invoke('org.get', undefined);
    expect(revisions).toEqual([]);
    const created = await ledger.invoke('org.create', { name: '测试局', locale: 'zh-CN' });
    expect(created.ok).toBe(true);
    expect(revisions).toEqual([1]);
    const again = await ledger.invoke('org.create', { name: '测试局', locale: 'zh-CN' });
    expect(again).toMatchObject({ ok: false, error: { code: 'organisation_exists' } });
    expect(revisions).toEqual([1]);
    ledger.close();
  });
});

describe('translated errors', () => {
  it('names the kind of record and a group status in the UI language', async () => {
    const { errorMessage } = await import('../../shared/i18n/errors');
    expect(errorMessage('zh-CN', 'not_found', { kind: 'group', id: 'g-1' })).toBe('台账中没有编号为“g-1”的群。');
    expect(errorMessage('vi', 'group_closed', { group: 'BTV', status: 'dissolved' })).toContain('đã giải tán');
    expect(errorMessage('en', 'io_error', { path: '/x' })).not.toMatch(/\{\{|\s\./);
  });
});

describe('audit support', () => {
  it('lists the kinds of history entry the registry holds', async () => {
    const { ledger } = tempLedger();
    expect(await ledger.invoke('events.kinds', undefined)).toEqual({ ok: true, value: [] });
    await ledger.invoke('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' });
    const kinds = (await ledger.invoke('events.kinds', undefined)) as { ok: true; value: string[] };
    expect(kinds.value).toEqual(
      expect.arrayContaining(['organisation.created', 'membership.added', 'membership.removed']),
    );
    expect(kinds.value).toEqual([...kinds.value].sort());
    ledger.close();
  });
});
