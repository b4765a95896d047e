/**
 * Runbooks at organisation scale (issue 9's benchmark): planning a dissolution and a prune of a
 * 1,000-member group as `runbooks.plan` answers it (the command and the view it returns), one
 * walk step as `runbooks.step` answers it in that 1,000-step walk, and the report PDF of a
 * finished 100-step dissolution through the documents capability — in this process (cold: the
 * first PDF, loading pdfkit and parsing the font; then warm) and as the `runbook report` command
 * line, start to exit. Leaves the 1,000-step dissolution in progress for the browser's walk, and
 * the finished 100-step one (the plans are measured on a copy).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, stmt, transaction, type Db } from '../../electron/db/database';
import type { Clock, ServiceContext } from '../../electron/kernel/context';
import { saveGroup, setCharter } from '../../electron/capabilities/groups';
import { addMember } from '../../electron/capabilities/membership';
import {
  cancelRunbook,
  getRunbook,
  getRunbookPage,
  nextStep,
  planRunbook,
  recordStep,
  startRunbook,
} from '../../electron/capabilities/runbooks';
import { exportRunbookReport } from '../../electron/capabilities/documents';
import { EMPTY_CHARTER } from '../../shared/domain';
import { Samples, stats, time } from './measure';

/** A clock the benchmark moves: a walk takes time between steps. */
export function movableClock(start = Date.now()): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

/**
 * A new group of `size` active people (every k-th by id, so all units and both languages are in
 * it) made through the commands — created, members added, then a charter that only the owner's
 * branch meets, so most members are outside it — in one transaction.
 */
function benchGroup(ctx: ServiceContext, size: number, name: string, offset: number): { id: string; members: number } {
  const people = (
    stmt(ctx.db, "SELECT id, unit_id FROM people WHERE status = 'active' ORDER BY id").all() as Array<{
      id: string;
      unit_id: string | null;
    }>
  ).filter((_, i) => i % 2 === offset % 2);
  const step = Math.max(1, Math.floor(people.length / size));
  const chosen = people.filter((_, i) => i % step === 0).slice(0, size);
  return transaction(ctx.db, () => {
    const [owner, ...rest] = chosen;
    const group = saveGroup(ctx, {
      name,
      platform: 'wechat',
      platformGroupId: null,
      purpose: null,
      kind: 'standing',
      task: null,
      endDate: null,
      authorisingDoc: null,
      ownerId: owner!.id,
      deputyIds: rest.slice(0, 2).map((p) => p.id),
    });
    for (const p of rest.slice(2)) addMember(ctx, { groupId: group.id, personId: p.id });
    const branch = topUnit(ctx.db, owner!.unit_id);
    setCharter(ctx, { groupId: group.id, charter: { ...EMPTY_CHARTER, unitIds: branch ? [branch] : [] } });
    return { id: group.id, members: chosen.length };
  });
}

function topUnit(db: Db, unitId: string | null): string | null {
  let id = unitId;
  const parent = stmt(db, 'SELECT parent_id FROM units WHERE id = ?');
  for (let guard = 0; id && guard < 50; guard++) {
    const row = parent.get(id) as { parent_id: string | null } | undefined;
    if (!row?.parent_id) return id;
    id = row.parent_id;
  }
  return id;
}

/** `runbooks.plan` as the window calls it: the draft planned, then its view; the draft cancelled after. */
function measurePlan(ctx: ServiceContext, input: Parameters<typeof planRunbook>[1], repeat: number) {
  const samples = new Samples();
  let steps = 0;
  let notPlanned = 0;
  for (let i = 0; i < repeat; i++) {
    const view = samples.run(() => getRunbook(ctx.db, ctx.clock, planRunbook(ctx, input)));
    steps = view.progress.total;
    notPlanned = view.notPlanned.length;
    cancelRunbook(ctx, view.id, 'benchmark');
  }
  return { steps, notPlanned, ...samples.stats() };
}

export interface RunbooksBenchOptions {
  quick: boolean;
  dataDir: string;
  work: string;
  cli: string;
}

export async function measureRunbooks(db: Db, options: RunbooksBenchOptions) {
  const clock = movableClock();
  const ctx: ServiceContext = { db, clock, actor: 'bench' };
  const active = (stmt(db, "SELECT count(*) AS n FROM people WHERE status = 'active'").get() as { n: number }).n;
  // At the small sizes there are not 1,000 people (nor 1,100 for both groups): as many as there are.
  const bigSize = Math.min(1000, Math.floor(active / 2) - 1);
  const [big, groupMs] = time(() => benchGroup(ctx, bigSize, '基准测试全员群', 0));
  // Planned (and cancelled) on a copy of the registry: thirty cancelled 1,000-step drafts would
  // stay in the registry the browser walks, and the Operations list reads every runbook.
  const scratchPath = join(options.work, 'plan-scratch.sqlite');
  rmSync(scratchPath, { force: true });
  db.exec(`VACUUM INTO '${scratchPath.replace(/'/g, "''")}'`);
  const scratch = openDatabase(scratchPath);
  const scratchCtx: ServiceContext = { db: scratch, clock, actor: 'bench' };
  const repeat = options.quick ? 2 : 15;
  const dissolvePlan = measurePlan(scratchCtx, { kind: 'dissolve', groupId: big.id, reason: '基准测试：解散' }, repeat);
  const prunePlan = measurePlan(scratchCtx, { kind: 'prune', groupId: big.id, reason: '基准测试：清理' }, repeat);
  scratch.close();
  rmSync(scratchPath, { force: true });
  rmSync(`${scratchPath}-wal`, { force: true });
  rmSync(`${scratchPath}-shm`, { force: true });

  // The walk the browser benchmark continues: started, and some steps taken here as the window
  // takes them (the command, then the view it answers with).
  const walkId = startRunbook(
    ctx,
    planRunbook(ctx, { kind: 'dissolve', groupId: big.id, reason: '基准测试：逐人移出' }),
  );
  const stepSamples = new Samples();
  for (let i = 0; i < (options.quick ? 5 : 40); i++) {
    const next = nextStep(db, walkId)!;
    clock.advance(20_000);
    stepSamples.run(() => getRunbookPage(db, clock, recordStep(ctx, { id: walkId, ord: next.ord, outcome: 'done' })));
  }

  // A finished 100-step dissolution with skipped and failed steps, and its report.
  const small = benchGroup(ctx, Math.min(100, Math.floor(active / 2) - 1), '基准测试报告群', 1);
  const reportId = startRunbook(
    ctx,
    planRunbook(ctx, { kind: 'dissolve', groupId: small.id, reason: '任务结束，撤销' }),
  );
  // Each planned step once, in order (not `nextStep`: a dissolve offers its failed steps again
  // before the owner leaves, and the owner fails here, so that walk would never end).
  for (const step of getRunbook(db, clock, reportId).steps) {
    clock.advance(25_000);
    const failed = step.role === 'owner' || step.ord % 41 === 0;
    const skipped = !failed && step.ord % 23 === 0;
    recordStep(ctx, {
      id: reportId,
      ord: step.ord,
      outcome: failed ? 'failed' : skipped ? 'skipped' : 'done',
      note: failed ? '手机上移出失败，稍后再试' : skipped ? '本人在外出差，由部门另行通知' : undefined,
    });
  }
  if (getRunbook(db, clock, reportId).state !== 'finished') throw new Error('the report runbook did not finish');
  const reportSteps = getRunbook(db, clock, reportId).progress.total;
  const pdf = (n: number) =>
    exportRunbookReport(db, clock, 'zh-CN', {
      id: reportId,
      format: 'pdf',
      path: join(options.work, `runbook-report-${n}.pdf`),
    });
  const cold = new Samples();
  const file = await cold.runAsync(() => pdf(0));
  const warm = new Samples();
  for (let i = 1; i <= (options.quick ? 2 : 5); i++) await warm.runAsync(() => pdf(i));
  const cliRuns: number[] = [];
  for (let i = 0; i < (options.quick ? 1 : 3); i++) {
    const started = process.hrtime.bigint();
    const out = join(options.work, `runbook-report-cli-${i}.pdf`);
    const result = spawnSync(
      process.execPath,
      [options.cli, 'runbook', 'report', String(reportId), '--pdf', out, '--data', options.dataDir],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`runbook report (CLI) failed: ${result.stderr}`);
    cliRuns.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return {
    group: { members: big.members, createMs: Math.round(groupMs) },
    plan: { dissolve: dissolvePlan, prune: prunePlan },
    walk: { runbookId: walkId, steps: bigSize, answer: stepSamples.stats() },
    reportPdf: {
      steps: reportSteps,
      bytes: file.bytes,
      coldMs: Math.round(cold.wall[0]!),
      coldCpuMs: Math.round(cold.cpu[0]!),
      warm: warm.stats(),
      cli: stats(cliRuns),
    },
  };
}
