/** The county-bureau demo as the runbook tests start from it, and a walk helper. */
import { openDatabase, type Db } from '../../electron/db/database';
import type { ServiceContext } from '../../electron/kernel/context';
import { loadDemo } from '../../electron/seeds/demo';
import { cancelRunbook, getRunbook, listRunbooks, nextStep, recordStep } from '../../electron/capabilities/runbooks';
import { afterEach } from 'vitest';
import { fixedClock } from './helpers';

const opened: Db[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

export const MIDDLE = 'group-middle-managers';
export const OFFICE = 'group-office';

export function bureau() {
  const db = openDatabase(':memory:');
  opened.push(db);
  const clock = fixedClock('2026-11-20T09:00:00.000Z');
  const ctx: ServiceContext & { clock: typeof clock } = { db, clock, actor: '李伟' };
  loadDemo(ctx, 'county-bureau', 'zh-CN');
  // The demo's own open runbooks (the planned dissolution of the middle-manager group, the paused
  // prune of the registry group) are set aside, so each test starts with every group free.
  for (const r of listRunbooks(db, {}))
    if (r.state === 'draft' || r.state === 'paused') cancelRunbook(ctx, r.id, '测试');
  return { ctx, clock, db };
}

/** Records `done` for every step left (or stops before `stopBefore` steps remain), 30 s apart. */
export function walk(ctx: ServiceContext & { clock: ReturnType<typeof fixedClock> }, id: number, stopBefore = 0): void {
  for (;;) {
    const view = getRunbook(ctx.db, ctx.clock, id);
    if (view.progress.total - view.progress.done <= stopBefore) return;
    const next = nextStep(ctx.db, id)!;
    ctx.clock.set(new Date(ctx.clock.now().getTime() + 30_000).toISOString());
    recordStep(ctx, { id, ord: next.ord, outcome: 'done' });
  }
}

export function openMembers(db: Db, groupId: string): number {
  return (
    db.prepare('SELECT count(*) AS n FROM memberships WHERE group_id = ? AND left_on IS NULL').get(groupId) as {
      n: number;
    }
  ).n;
}

export function groupStatus(db: Db, groupId: string): string {
  return (db.prepare('SELECT status FROM groups WHERE id = ?').get(groupId) as { status: string }).status;
}
