import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { CAPABILITIES } from '../../electron/app/capabilities';
import { openDatabase } from '../../electron/db/database';
import { createOrganisation } from '../../electron/capabilities/organisation';
import { CHANNEL_NAMES } from '../../shared/channels';
import type { ImportParsed } from '../../shared/contract';
import { fixedClock, tempDir } from './helpers';
import { ledgerAt } from './ledger-helpers';

describe('the ledger assembled from its capabilities', () => {
  it('answers every channel of the contract exactly once', () => {
    const seen = new Map<string, string>();
    const { ledger } = ledgerAt(tempDir());
    const context = { db: ledger.db, pending: () => ({}) } as never;
    for (const capability of CAPABILITIES) {
      for (const channel of Object.keys(capability.handlers(context))) {
        expect(seen.get(channel), `${channel} answered by ${seen.get(channel)} and ${capability.name}`).toBeUndefined();
        seen.set(channel, capability.name);
      }
    }
    expect([...seen.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    ledger.close();
  });

  it('a parsed people file waits ten minutes on the ledger’s clock, then must be chosen again', async () => {
    const { ledger, clock } = ledgerAt(tempDir());
    await ledger.invoke('org.create', { name: '测试局', locale: 'zh-CN' });
    const data = Buffer.from('姓名,单位\n李伟,办公室\n').toString('base64');
    const parsed = await ledger.invoke('people.importParse', { fileName: 'a.csv', data });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { token, mapping } = parsed.value as ImportParsed;
    clock.set('2026-11-30T08:09:00.000Z');
    expect(await ledger.invoke('people.importPreview', { token, mapping })).toMatchObject({ ok: true });
    clock.set('2026-11-30T08:20:00.000Z');
    expect(await ledger.invoke('people.importPreview', { token, mapping })).toMatchObject({
      ok: false,
      error: { code: 'import_expired' },
    });
    ledger.close();
  });

  it('notices a change committed by another process on the same registry and tells its listeners', async () => {
    const dir = tempDir();
    const { ledger } = ledgerAt(dir);
    const heard: number[] = [];
    ledger.onChange((revision) => heard.push(revision));
    ledger.checkExternalChanges();
    expect(heard).toEqual([]);
    // The command line opens the same file and writes.
    const other = openDatabase(join(dir, 'registry.sqlite'));
    createOrganisation({ db: other, clock: fixedClock(), actor: 'cli' }, { name: '测试局', locale: 'zh-CN' });
    other.close();
    ledger.checkExternalChanges();
    expect(heard).toEqual([1]);
    ledger.checkExternalChanges();
    expect(heard).toEqual([1]);
    ledger.close();
  });
});
