/**
 * The dashboard's summary is worked out again only when the registry or the day changed (at 10,000
 * people it takes 130–580 ms, and the window asks for it after every change it is told of): a held
 * summary must never show a registry as it was. Changes by the app, by another process on the same
 * file (the command line), and a new day each give a new summary; a registry opened by the app has
 * its summary worked out ahead, before the window asks.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../electron/db/database';
import { saveUnit } from '../../electron/capabilities/directory/commands';
import { createOrganisation } from '../../electron/capabilities/organisation';
import { currentDashboardSummary, dashboardSummary } from '../../electron/capabilities/insights';
import { fixedClock, openTempDb, smallRegistry, tempDir } from './helpers';
import { ledgerAt } from './ledger-helpers';

describe('the dashboard summary held between changes', () => {
  it('is the same answer while nothing changed, and a new one after a change by the app', () => {
    const { ctx, clock } = smallRegistry();
    const first = currentDashboardSummary(ctx.db, clock);
    expect(currentDashboardSummary(ctx.db, clock)).toBe(first);
    expect(first).toEqual(dashboardSummary(ctx.db, clock));

    saveUnit(ctx, { parentId: null, name: '综合科' });
    const after = currentDashboardSummary(ctx.db, clock);
    expect(after.units).toBe(first.units + 1);
    expect(after.recentEvents[0]?.kind).toBe('unit.created');
    expect(after).toEqual(dashboardSummary(ctx.db, clock));
  });

  it('sees a change committed by another process on the same file', () => {
    const { db, dir } = openTempDb();
    const clock = fixedClock();
    createOrganisation({ db, clock, actor: 'tester' }, { name: '测试局', locale: 'zh-CN' });
    const before = currentDashboardSummary(db, clock);
    expect(before.units).toBe(0);

    const other = openDatabase(join(dir, 'registry.sqlite'));
    saveUnit({ db: other, clock, actor: 'cli' }, { parentId: null, name: '办公室' });
    other.close();

    expect(currentDashboardSummary(db, clock).units).toBe(1);
  });

  it('is worked out again on a new day (what has expired or is due depends on it)', () => {
    const { ctx, clock } = smallRegistry();
    const today = currentDashboardSummary(ctx.db, clock);
    clock.set('2024-03-05T09:00:00.000Z');
    const tomorrow = currentDashboardSummary(ctx.db, clock);
    expect(tomorrow).not.toBe(today);
    expect(tomorrow).toEqual(dashboardSummary(ctx.db, clock));
  });

  it('a registry opened by the app answers the same summary it would work out, before and after a change', async () => {
    const dir = tempDir();
    const clock = fixedClock('2026-11-30T08:00:00.000Z');
    const setup = openDatabase(join(dir, 'registry.sqlite'));
    createOrganisation({ db: setup, clock, actor: 'tester' }, { name: 'Đoàn phường', locale: 'vi' });
    setup.close();
    const { ledger } = ledgerAt(dir, clock);
    try {
      // The summary worked out just after the open (the window loads meanwhile) is the one answered.
      await new Promise((resolve) => setImmediate(resolve));
      const ahead = currentDashboardSummary(ledger.db, clock);
      const answered = await ledger.invoke('dashboard.summary', undefined);
      expect(answered).toEqual({ ok: true, value: ahead });
      expect(ahead.organisation.name).toBe('Đoàn phường');

      expect((await ledger.invoke('units.save', { parentId: null, name: 'Ban Tuyên giáo' })).ok).toBe(true);
      const changed = await ledger.invoke('dashboard.summary', undefined);
      expect(changed.ok && (changed.value as { units: number }).units).toBe(1);
    } finally {
      ledger.close();
    }
  });
});
