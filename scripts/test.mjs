// `npm test`: build, type checks of both sides, lint (with the folder boundaries), the Electron
// security scan, unit tests,
// then the end-to-end tests (browser harness in Chromium; the Electron window where its binary
// exists). Ends with one summary line, "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { electronBinary } from './electron-binary.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
const steps = [];
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  steps.push({ label, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

const built = run('build (renderer and Node entry points)', 'npm', ['run', '--silent', 'build']);
run('type check: shared, electron, tests', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
run('type check: renderer', bin('tsc'), ['-p', 'renderer/tsconfig.json', '--noEmit']);
run('lint (including folder boundaries)', bin('eslint'), ['.']);
// Electronegativity, offline; a finding not on scripts/electronegativity-allow.json fails (about 4 s).
run('Electron security scan (Electronegativity)', process.execPath, ['scripts/electronegativity.mjs']);

run('unit tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
} else failed += 1;

if (!existsSync('/usr/bin/chromium') && !process.env.GROUP_LEDGER_CHROMIUM) {
  console.log(
    '\n✘ Chromium is not installed (/usr/bin/chromium): the end-to-end tests cannot run. Run .ci/run, or apt-get install chromium.',
  );
  failed += 1;
} else if (built) {
  // The desktop-window test needs a display: give it a virtual one when Electron is installed.
  const needsDisplay =
    electronBinary() && process.platform === 'linux' && !process.env.DISPLAY && hasCommand('xvfb-run');
  const [cmd, args] = needsDisplay ? ['xvfb-run', ['-a', bin('playwright'), 'test']] : [bin('playwright'), ['test']];
  // Screenshots assert nothing and are a fifth of the run: `npm run screenshots` writes them.
  run('end-to-end tests (Playwright)', cmd, args, {
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json',
    E2E_SCREENSHOTS: process.env.E2E_SCREENSHOTS ?? '0',
  });
  const e2e = readJson('test-results/e2e.json');
  for (const { title, reason } of skippedWithReasons(e2e)) console.log(`  skipped: ${title} — ${reason}`);
  for (const { title, status, tries, notes } of retried(e2e)) {
    const what =
      status === 'flaky' ? 'flaky (failed, then passed on its retry)' : tries > 1 ? 'failed twice' : 'failed';
    console.log(`  ${what}: ${title}`);
    for (const note of notes) console.log(`    ${note}`);
  }
  if (e2e?.stats) {
    passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected;
    skipped += e2e.stats.skipped;
  } else failed += 1;
} else {
  failed += 1;
}

/** Every test of Playwright's JSON report with the title of its spec, through the nested suites. */
function testsOf(report) {
  const found = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) found.push({ title: spec.title, test: t });
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report?.suites ?? []) walk(suite);
  return found;
}

/** Tests that failed at least once, with what their page was doing then (tests/e2e/harness.ts). */
function retried(report) {
  return testsOf(report)
    .filter(({ test: t }) => t.status === 'flaky' || t.status === 'unexpected')
    .map(({ title, test: t }) => {
      const notes = [];
      for (const r of t.results ?? []) {
        for (const a of r.attachments ?? []) {
          if (a.name === 'page-frames' && a.body) notes.push(`try ${r.retry + 1}: ${Buffer.from(a.body, 'base64')}`);
        }
      }
      return { title, status: t.status, tries: (t.results ?? []).length, notes };
    });
}

function skippedWithReasons(report) {
  return testsOf(report)
    .filter(({ test: t }) => t.status === 'skipped')
    .map(({ title, test: t }) => {
      const notes = (t.annotations ?? []).filter((a) => a.type === 'skip' && a.description);
      return { title, reason: notes.map((a) => a.description).join('; ') || 'skipped' };
    });
}

console.log('\nSteps:');
for (const s of steps) console.log(`  ${s.ok ? '✔' : '✘'} ${s.label} (${s.seconds.toFixed(1)} s)`);
const stepFailures = steps.filter(
  (s) => !s.ok && !s.label.startsWith('unit') && !s.label.startsWith('end-to-end'),
).length;
failed += stepFailures;
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || steps.some((s) => !s.ok) ? 1 : 0);
