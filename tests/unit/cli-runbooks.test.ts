/**
 * `runbook` and `incident` on the command line, on the county-bureau demo: a dissolve started in
 * the app is walked from the command line and back (the same registry), skip needs a note, the
 * report is written as PDF and XLSX; an incident is recorded, escalated, decided, closed and
 * reported. Names are shown beside every #N handle; bad usage exits 2 and changes nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRunbook, nextStep, recordStep, startRunbook } from '../../electron/capabilities/runbooks';
import { addKind, retireKind } from '../../electron/capabilities/incidents';
import { registryPath } from '../../electron/core/paths';
import { openDatabase, type Db } from '../../electron/db/database';
import { cli, fixedClock, pdfText, tempDir } from './helpers';

const MIDDLE = 'group-middle-managers';

/** The app's side: the same registry opened as the window would, for one change. */
function inApp<T>(dir: string, fn: (ctx: { db: Db; clock: ReturnType<typeof fixedClock>; actor: string }) => T): T {
  const db = openDatabase(registryPath(dir));
  try {
    return fn({ db, clock: fixedClock('2026-11-21T07:00:00.000Z'), actor: '李伟' });
  } finally {
    db.close();
  }
}

async function demo(): Promise<string> {
  const dir = tempDir('gl-cli-rb-');
  const init = await cli(['init', '--demo', 'county-bureau', '--data', dir]);
  expect(init.code, init.err).toBe(0);
  return dir;
}

describe('runbook', () => {
  it('continues a dissolve started in the app, step by step, and back; reports and cancels it', async () => {
    const dir = await demo();
    // The demo holds the dissolution leader A ordered, planned and authorised: the app starts it.
    const id = inApp(dir, (ctx) => {
      const planned = ctx.db
        .prepare(
          `SELECT r.id FROM runbooks r JOIN runbook_groups g ON g.runbook_id = r.id
           WHERE g.group_id = ? AND r.kind = 'dissolve' AND r.state = 'draft'`,
        )
        .get(MIDDLE) as { id: number };
      startRunbook(ctx, planned.id);
      return planned.id;
    });
    const data = ['--data', dir];

    const list = await cli(['runbook', 'list', ...data]);
    expect(list.code, list.err).toBe(0);
    expect(list.out).toContain(`#${id}`);
    expect(list.out).toContain('中层干部工作群');
    expect(list.out).toContain('Dissolve the group');
    const running = await cli(['runbook', 'list', '--state', 'in_progress', '--json', ...data]);
    expect(JSON.parse(running.out)).toHaveLength(1);
    expect((await cli(['runbook', 'list', '--state', 'walking', ...data])).code).toBe(2);

    const first = inApp(dir, (ctx) => getRunbook(ctx.db, ctx.clock, id).next!);
    const show = await cli(['runbook', 'show', `#${id}`, ...data]);
    expect(show.code, show.err).toBe(0);
    expect(show.out).toContain(`Next: step 1 — Remove ${first.name}`);
    expect(show.out).not.toMatch(/person-\d/);

    const done = await cli(['runbook', 'step', String(id), 'done', ...data]);
    expect(done.code, done.err).toBe(0);
    expect(done.out).toContain(`Step 1: ${first.name}`);
    expect(done.out).toContain('1 of 100 recorded');

    const noNote = await cli(['runbook', 'step', String(id), 'skip', ...data]);
    expect(noNote.code).toBe(2);
    expect(noNote.err).toContain('--note');
    const skipped = await cli(['runbook', 'step', String(id), 'skip', '--note', '本人已自行退群', ...data]);
    expect(skipped.code, skipped.err).toBe(0);

    // back in the app: the next step is the third
    inApp(dir, (ctx) => recordStep(ctx, { id, ord: nextStep(ctx.db, id)!.ord, outcome: 'done' }));
    const failed = await cli(['runbook', 'step', String(id), 'failed', '--note', '手机没有信号', '--json', ...data]);
    expect(failed.code, failed.err).toBe(0);
    expect(JSON.parse(failed.out)).toMatchObject({ step: { ord: 4, outcome: 'failed' }, progress: { done: 4 } });
    expect(inApp(dir, (ctx) => getRunbook(ctx.db, ctx.clock, id).progress.done)).toBe(4);

    const pdf = join(dir, 'dissolve.pdf');
    const written = await cli(['runbook', 'report', String(id), '--pdf', pdf, '--lang', 'zh-CN', ...data]);
    expect(written.code, written.err).toBe(0);
    expect(written.out).toContain(pdf);
    const text = pdfText(pdf);
    expect(text).toContain('A领导要求解散本群');
    expect(text).toContain('本人已自行退群');
    expect(text).toContain('手机没有信号');
    expect(text).toContain(first.name);
    expect(text).toMatch(/页码 1 \//);

    const xlsx = join(dir, 'dissolve.xlsx');
    const book = await cli(['runbook', 'report', String(id), '--xlsx', xlsx, '--json', ...data]);
    expect(book.code, book.err).toBe(0);
    expect(JSON.parse(book.out)).toMatchObject({ path: xlsx });
    expect(existsSync(xlsx)).toBe(true);
    expect((await cli(['runbook', 'report', String(id), ...data])).code).toBe(2);
    expect((await cli(['runbook', 'report', String(id), '--pdf', pdf, '--xlsx', xlsx, ...data])).code).toBe(2);

    const cancelled = await cli(['runbook', 'cancel', String(id), '--reason', '改为保留该群', ...data]);
    expect(cancelled.code, cancelled.err).toBe(0);
    expect(cancelled.out).toContain('中层干部工作群');
    expect(inApp(dir, (ctx) => getRunbook(ctx.db, ctx.clock, id).state)).toBe('cancelled');
    const after = await cli(['runbook', 'step', String(id), 'done', ...data]);
    expect(after.code).toBe(1);
  });

  it('refuses bad handles and unknown runbooks, and explains itself in three languages', async () => {
    const dir = await demo();
    expect((await cli(['runbook', 'step', 'abc', 'done', '--data', dir])).code).toBe(2);
    expect((await cli(['runbook', 'step', '1', 'maybe', '--data', dir])).code).toBe(2);
    const missing = await cli(['runbook', 'show', '99', '--data', dir]);
    expect(missing.code).toBe(1);
    const main = await cli(['--help']);
    expect(main.out).toContain('runbook report ID');
    expect(main.out).toContain('incident report ID');
    expect((await cli(['runbook', '--help'], { LANG: 'zh_CN.UTF-8' })).out).toContain('操作流程');
    expect((await cli(['incident', '--help'], { LANG: 'vi_VN.UTF-8' })).out).toContain('Trạng thái');
  });
});

describe('incident', () => {
  it('is recorded, escalated to a position, decided, closed and reported', async () => {
    const dir = await demo();
    const data = ['--data', dir];
    const created = await cli([
      'incident',
      'new',
      '--kind',
      'confidential_leak',
      '--severity',
      'high',
      '--summary',
      '误发含内部意见的语音',
      '--group',
      '中层干部工作群',
      '--occurred',
      '2026-11-18',
      '--noticed',
      '2026-11-18',
      '--json',
      ...data,
    ]);
    expect(created.code, created.err).toBe(0);
    const id = (JSON.parse(created.out) as { id: number }).id;

    const escalated = await cli([
      'incident',
      'escalate',
      String(id),
      '--to',
      '局长',
      '--how',
      'phone',
      '--asked',
      '是否解散该群',
      ...data,
    ]);
    expect(escalated.code, escalated.err).toBe(0);
    expect(escalated.out).toContain(`#${id}`);
    expect(escalated.out).toContain('中层干部工作群');
    expect(escalated.out).toContain('Escalated');
    const decided = await cli(['incident', 'decide', String(id), '--by', '局长', '--decision', '立即解散', ...data]);
    expect(decided.code, decided.err).toBe(0);

    const show = await cli(['incident', 'show', String(id), ...data]);
    expect(show.out).toContain('是否解散该群');
    expect(show.out).toContain('立即解散');
    const list = await cli(['incident', 'list', '--group', '中层干部工作群', '--status', 'decided', ...data]);
    expect(list.out).toContain(`#${id}`);
    expect(list.out).toContain('Confidential leak');

    const closed = await cli(['incident', 'close', String(id), '--json', ...data]);
    expect(closed.code, closed.err).toBe(0);
    expect(JSON.parse(closed.out)).toMatchObject({ status: 'closed' });

    const pdf = join(dir, 'incident.pdf');
    const one = await cli(['incident', 'report', String(id), '--pdf', pdf, '--lang', 'vi', ...data]);
    expect(one.code, one.err).toBe(0);
    const text = pdfText(pdf);
    expect(text).toContain('误发含内部意见的语音');
    expect(text).toContain('Lộ thông tin mật');
    expect(text).toContain('Trang 1 /');
    const xlsx = join(dir, 'incidents.xlsx');
    const all = await cli(['incident', 'report', '--since', '2026-01-01', '--xlsx', xlsx, ...data]);
    expect(all.code, all.err).toBe(0);
    expect(existsSync(xlsx)).toBe(true);

    expect((await cli(['incident', 'report', '--pdf', pdf, ...data])).code).toBe(2);
    expect(
      (await cli(['incident', 'new', '--kind', 'fight', '--severity', 'low', '--summary', 'x', ...data])).code,
    ).toBe(2);
    expect((await cli(['incident', 'list', '--since', '18/11/2026', ...data])).code).toBe(2);
  });

  it('names kinds of the administrator’s own: `incident kinds`, `new --kind` by name, list and show', async () => {
    const dir = await demo();
    const data = ['--data', dir];
    inApp(dir, (ctx) => {
      const own = addKind(ctx, { label: '转发商品广告' }).find((k) => !k.builtin)!;
      addKind(ctx, { label: '旧类型' });
      retireKind(ctx, { id: 'custom-2', retired: true });
      retireKind(ctx, { id: 'scope_creep', retired: true });
      return own;
    });
    const kinds = await cli(['incident', 'kinds', ...data]);
    expect(kinds.code, kinds.err).toBe(0);
    expect(kinds.out).toMatch(/转发商品广告\s+your own\s+offered\s+0/);
    expect(kinds.out).toMatch(/旧类型\s+your own\s+retired/);
    expect(kinds.out).toMatch(/Scope creep \(scope_creep\)\s+built-in\s+hidden/);
    expect(kinds.out).not.toContain('custom-');

    const created = await cli([
      'incident',
      'new',
      '--kind',
      '转发商品广告',
      '--severity',
      'low',
      '--summary',
      '有人在群里连续转发商品广告',
      '--json',
      ...data,
    ]);
    expect(created.code, created.err).toBe(0);
    const id = (JSON.parse(created.out) as { id: number; kindLabel: string }).id;
    expect(JSON.parse(created.out)).toMatchObject({ kind: 'custom-1', kindLabel: '转发商品广告' });
    expect((await cli(['incident', 'show', String(id), ...data])).out).toContain(`#${id} 转发商品广告`);
    expect((await cli(['incident', 'list', ...data])).out).toContain('转发商品广告');
    // A retired or hidden kind is named back as no longer offered; an unknown one lists those offered.
    const retired = await cli(['incident', 'new', '--kind', '旧类型', '--severity', 'low', '--summary', 'x', ...data]);
    expect(retired.code).not.toBe(0);
    expect(retired.err).toContain('“旧类型” is no longer offered');
    const hidden = await cli([
      'incident',
      'new',
      '--kind',
      'scope_creep',
      '--severity',
      'low',
      '--summary',
      'x',
      ...data,
    ]);
    expect(hidden.err).toContain('“Scope creep” is no longer offered');
    const unknown = await cli(['incident', 'new', '--kind', '打架', '--severity', 'low', '--summary', 'x', ...data]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('"转发商品广告"');
    expect(unknown.err).not.toContain('旧类型');
  });
});
