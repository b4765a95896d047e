// `npm run soak`: the runbook crash test of `npm test` (tests/unit/runbook-crash.test.ts), run
// longer — 1,000 SIGKILLs by default — and its figures added to bench/soak.json and bench/soak.md.
//   --kills N     how many kills (default 1000)
//   --seed S      replay a seed (default: a new one, printed and recorded)
//   --out DIR     where soak.json and soak.md go (default bench/)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    out: { type: 'string', default: 'bench' },
  },
});
const kills = Number(values.kills);
if (!Number.isInteger(kills) || kills < 1) {
  console.error(`--kills: a whole number ≥ 1, not “${values.kills}”`);
  process.exit(2);
}
const seed = values.seed ?? String(1 + Math.floor(Math.random() * 2 ** 31));
if (!/^\d+$/.test(seed)) {
  console.error(`--seed: a whole number, not “${seed}”`);
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), 'gl-soak-'));
const reportFile = join(scratch, 'figures.json');
const loadAtStart = loadavg().map((x) => Math.round(x * 10) / 10);
console.log(`soak: ${kills} kills, seed ${seed} (load average ${loadAtStart.join(' ')})`);
const run = spawnSync('node_modules/.bin/vitest', ['run', 'tests/unit/runbook-crash.test.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    RUNBOOK_CRASH_KILLS: String(kills),
    RUNBOOK_CRASH_SEED: seed,
    RUNBOOK_CRASH_REPORT: reportFile,
  },
});
const figures = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null;
rmSync(scratch, { recursive: true, force: true });
const passed = run.status === 0 && figures?.result === 'passed';

const out = resolve(values.out);
const history = existsSync(join(out, 'soak.json')) ? JSON.parse(readFileSync(join(out, 'soak.json'), 'utf8')) : [];
history.push({
  at: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.versions.node },
  requestedKills: kills,
  seed: Number(seed),
  result: passed ? 'passed' : 'failed',
  ...(figures ?? { failure: `the test did not report (exit ${run.status})` }),
  loadAverageAtStart: loadAtStart,
  replay: `RUNBOOK_CRASH_SEED=${seed} RUNBOOK_CRASH_KILLS=${kills} npx vitest run tests/unit/runbook-crash.test.ts`,
});
writeFileSync(join(out, 'soak.json'), `${JSON.stringify(history, null, 2)}\n`);
writeFileSync(join(out, 'soak.md'), markdown(history));
console.log(`soak ${passed ? 'passed' : 'FAILED'}: figures in ${join(out, 'soak.md')}`);
process.exit(passed ? 0 : 1);

function markdown(runs) {
  const lines = [
    '# Runbook crash soak',
    '',
    'The crash test of `npm test` run longer (`npm run soak`, 1,000 kills unless `--kills N`): a child',
    'process walks dissolutions of 120-member groups, one committed step at a time, and is SIGKILLed',
    'at seeded moments — inside a step’s transaction at an exact row written, a few milliseconds after',
    'an acknowledgement (between steps, in a transaction or in its commit), or while it reopens the',
    'registry. After every kill: each acknowledged step is stored exactly once, no step, removal or',
    'event is doubled, the event chain and the file verify (doctor), and the restarted child resumes',
    'at the first step without an outcome. A finished dissolution is checked whole and the next one starts.',
    '',
    '| when | result | kills (in a transaction / after an ack / while restarting) | runs | dissolutions × steps | steps acknowledged | committed, killed before the ack | wall s | CPU s (test + children) | load average at start | seed |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of runs) {
    const by = r.killsBy ?? {};
    const cpu = r.cpuSeconds ? `${r.cpuSeconds.test} + ${r.cpuSeconds.children ?? '?'}` : '—';
    lines.push(
      `| ${r.at.slice(0, 16).replace('T', ' ')} | ${r.result} | ${r.kills ?? '—'} (${by.write ?? '—'} / ${by.acks ?? '—'} / ${by.start ?? '—'}) | ${r.runs ?? '—'} | ${r.rounds ?? '—'} × ${r.stepsPerRound ?? '—'} | ${r.acknowledged ?? '—'} | ${r.committedNotAcknowledged ?? '—'} | ${r.seconds ?? '—'} | ${cpu} | ${(r.loadAverageAtStart ?? []).join(' ')} | ${r.seed} |`,
    );
  }
  const failed = runs.filter((r) => r.result !== 'passed');
  if (failed.length) {
    lines.push('', '## Failures', '');
    for (const r of failed) {
      lines.push(`- ${r.at}: ${r.failure ?? 'failed'}`, `  replay: \`${r.replay}\``);
      if (r.note) lines.push(`  ${r.note}`);
    }
  }
  lines.push(
    '',
    `Machine of the last run: ${runs.at(-1).machine.cpu} (${runs.at(-1).machine.cores} cores), Node ${runs.at(-1).machine.node}.`,
    'Replay a run: `npm run soak -- --seed SEED --kills N` (the seed fixes the plan of kills; the kills',
    'inside a transaction land on the same row every time, the timed ones where the timing falls).',
    '',
  );
  return lines.join('\n');
}
