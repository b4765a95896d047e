// `npm run bench`: measures GroupLedger at 100, 2,000 and 10,000 people and writes
// bench/results.json and bench/results.md. Options:
//   --sizes 100,2000,10000   organisation sizes (people)
//   --quick                  few samples, for CI's smoke run (figures are not meaningful)
//   --out DIR                where results go (default bench/)
//   --no-browser             skip the Chromium part
//   --only registry,runbooks,incidents,exports
//                            measure only these parts (the registry's own rows; issue 9's runbooks,
//                            browser walk included; issue 10's incidents); the other rows show —
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,2000,10000' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench' },
    'no-browser': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string', default: 'registry,runbooks,incidents,exports' },
  },
});
const SECTIONS = ['registry', 'runbooks', 'incidents', 'exports'];
const only = values.only.split(',').map((s) => s.trim());
for (const s of only) {
  if (!SECTIONS.includes(s)) {
    console.error(`--only: ${SECTIONS.join(', ')}; not “${s}”`);
    process.exit(2);
  }
}
const partial = SECTIONS.filter((s) => !only.includes(s)).length > 0;
const out = resolve(values.out);
// Other work on the machine slows every figure; the load at the start says how quiet it was.
const loadAtStart = Math.round(loadavg()[0] * 10) / 10;
const startedAt = Date.now();
const work = join(out, 'work');
mkdirSync(work, { recursive: true });

// The Node side is always built (seconds), so the CLI that is timed is never older than the
// registry schema the benchmark writes; the renderer too when the browser part runs, so the page
// measured is never older than the harness that serves it (a stale page can fail to load).
// Always a production build: under vitest (the smoke run) NODE_ENV is 'test', which would give a
// development bundle (slower, and antd's development warnings in the console the e2e tests read).
// --no-build skips it when the caller has just built (npm test builds before the unit tests).
const builds = values['no-build']
  ? []
  : values['no-browser']
    ? [['run', '--silent', 'build:node']]
    : [['run', '--silent', 'build']];
for (const args of builds) {
  const built = spawnSync('npm', args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (built.status !== 0) process.exit(1);
}
await build({
  entryPoints: {
    'node-bench': 'tests/bench/node-bench.ts',
    'browser-bench': 'tests/bench/browser-bench.ts',
    'workbook-child': 'tests/bench/workbook-child.ts',
  },
  outdir: 'dist/bench',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external: ['playwright-core'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});

function runJson(label, args) {
  console.log(`▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    console.error(`✘ ${label} failed (exit ${result.status})`);
    process.exit(1);
  }
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return JSON.parse(result.stdout);
}

const node = runJson('registry benchmark (Node)', [
  // So the naive JSON registry's gigabytes are collected once it is measured (see node-bench.ts).
  '--expose-gc',
  'dist/bench/node-bench.mjs',
  '--sizes',
  values.sizes,
  '--work',
  work,
  ...(values.quick ? ['--quick'] : []),
  '--only',
  only.join(','),
]);

const browser = {};
const browserParts = only.filter((s) => s === 'registry' || s === 'runbooks');
if (!values['no-browser'] && browserParts.length > 0) {
  for (const size of node.sizes) {
    // What the Node part wrote (gigabytes at 10,000 people) goes to the disk first: the window's
    // frames are timed on a machine that is not still flushing the benchmark's own files (the
    // snapshot rows do the same, node-bench.ts).
    spawnSync('sync', { stdio: 'ignore' });
    browser[size.people] = runJson(`browser benchmark at ${size.people} people (Chromium)`, [
      'dist/bench/browser-bench.mjs',
      '--data',
      size.dataDir,
      '--runs',
      values.quick ? '1' : '3',
      '--presses',
      values.quick ? '3' : '60',
      '--only',
      browserParts.join(','),
    ]);
  }
}

const results = {
  generatedAt: new Date().toISOString(),
  // How long the whole run took (builds, fixtures, Node and Chromium parts), for the Reproduce line.
  runMinutes: Math.round((Date.now() - startedAt) / 6000) / 10,
  quick: values.quick,
  only: partial ? only : undefined,
  machine: { ...node.machine, loadAverageAtStart: loadAtStart },
  nodePeakRssMb: node.nodePeakRssMb,
  sizes: node.sizes.map((s) => ({ ...s, dataDir: undefined, browser: browser[s.people] ?? null })),
};
writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(out, 'results.md'), markdown(results));
if (!values.quick) rmSync(work, { recursive: true, force: true });
console.log(`wrote ${join(out, 'results.json')} and ${join(out, 'results.md')}`);

function markdown(r) {
  const m = r.machine;
  const lines = [
    '# GroupLedger benchmark',
    '',
    `${r.generatedAt} · ${m.cpu} (${m.cores} cores) · Node ${m.node} · SQLite ${m.sqlite} · ${m.platform} · load average ${m.loadAverageAtStart} at start${r.quick ? ' · QUICK RUN (not meaningful)' : ''}`,
    '',
    ...(m.calibration
      ? [
          `Machine check: a fixed 20-million-step JavaScript loop took ${m.calibration.wallMs} ms (${m.calibration.cpuMs} ms of CPU) at the start; compare runs by it.`,
          '',
        ]
      : []),
    ...(r.only ? [`Partial run (--only ${r.only.join(',')}): the other rows were not measured.`, ''] : []),
    'Times in milliseconds. Commands are durable: committed to disk (WAL, synchronous=FULL) before they return.',
    '',
    `| measure | target (10,000 people) | ${r.sizes.map((s) => `${s.people.toLocaleString('en')} people`).join(' | ')} |`,
    `|---|---|${r.sizes.map(() => '---').join('|')}|`,
  ];
  const row = (label, target, f) =>
    lines.push(
      `| ${label} | ${target} | ${r.sizes
        .map((s) => {
          try {
            const v = f(s);
            return v === null || v === undefined || Number.isNaN(v) ? '—' : v;
          } catch {
            return '—';
          }
        })
        .join(' | ')} |`,
    );
  const c = (s) => s.commands;
  row(
    'add member p50 / p95 / p99',
    'p95 ≤ 2',
    (s) => `${c(s).sqlite.addMember.p50} / ${c(s).sqlite.addMember.p95} / ${c(s).sqlite.addMember.p99}`,
  );
  row(
    'remove member p50 / p95 / p99',
    'p95 ≤ 2',
    (s) => `${c(s).sqlite.removeMember.p50} / ${c(s).sqlite.removeMember.p95} / ${c(s).sqlite.removeMember.p99}`,
  );
  row(
    'runbook step p50 / p95 / p99',
    'p95 ≤ 2',
    (s) => `${c(s).sqlite.runbookStep.p50} / ${c(s).sqlite.runbookStep.p95} / ${c(s).sqlite.runbookStep.p99}`,
  );
  row('naive JSON registry: add member p50', '—', (s) => c(s).naiveJson.addMember.p50);
  row('naive JSON registry: remove member p50', '—', (s) => c(s).naiveJson.removeMember.p50);
  row('naive ÷ SQLite (p50): add / remove / step', '≥ 1,000×', (s) => {
    const x = c(s).ratioNaiveOverSqliteP50;
    return `${x.addMember}× / ${x.removeMember}× / ${x.runbookStep}×`;
  });
  row('search p95: name', '≤ 10', (s) => `${s.search.name.p95} (“${s.search.name.query}”)`);
  row(
    'search p95: pinyin initials',
    '≤ 10',
    (s) => `${s.search.pinyinInitials.p95} (“${s.search.pinyinInitials.query}”)`,
  );
  row(
    'search p95: unaccented Vietnamese',
    '≤ 10',
    (s) => `${s.search.unaccentedVietnamese.p95} (“${s.search.unaccentedVietnamese.query}”)`,
  );
  row(
    'members as of a date, p95 (largest group)',
    '≤ 50',
    (s) => `${s.asOfQuery.p95} (${s.asOfQuery.members} members)`,
  );
  row(
    'scope-creep report p50 / p95 (whole registry)',
    'p95 ≤ 200',
    (s) =>
      `${s.scopeCreepReport.p50} / ${s.scopeCreepReport.p95} (${s.scopeCreepReport.groupsWithCreep} groups, ${s.scopeCreepReport.outside} outside${
        s.scopeCreepReport.firstMs === undefined
          ? ''
          : `; the first in the process ${s.scopeCreepReport.firstMs}, the fastest ${s.scopeCreepReport.fastestMs}`
      })`,
  );
  row(
    '  the same as the Reports page reads it to print: the counts, then every section 100 groups a call (first pass / again, nothing changed)',
    '—',
    (s) =>
      s.scopeCreepReport.windowPrint
        ? `${s.scopeCreepReport.windowPrint.firstMs} / ${s.scopeCreepReport.windowPrint.againMs} (${s.scopeCreepReport.windowPrint.calls} calls, ${s.scopeCreepReport.windowPrint.entries} people listed)`
        : '—',
  );
  row("snapshot export (SQLite file, signed: the app's form; median of 3)", '≤ 1,000', (s) => s.snapshot.exportMs);
  row(
    'snapshot import with verification (into a new folder; median of 3)',
    '≤ 2,000',
    (s) => s.snapshot.importWithVerificationMs,
  );
  row('snapshot size (MB)', '—', (s) => (s.snapshot.bytes / 1e6).toFixed(1));
  row('  the JSON form (--format json): export / verified import / MB', '—', (s) =>
    s.snapshot.json
      ? `${s.snapshot.json.exportMs} / ${s.snapshot.json.importWithVerificationMs} / ${(s.snapshot.json.bytes / 1e6).toFixed(1)}`
      : '—',
  );
  row(
    'encrypted snapshot export, median of 3 alternating with the plain ones (÷ plain; in the benchmark’s thread, see the worker-thread row below)',
    '—',
    (s) =>
      s.snapshot.encryptedExportMs === undefined
        ? '—'
        : `${s.snapshot.encryptedExportMs} (${(s.snapshot.encryptedExportMs / s.snapshot.exportMs).toFixed(2)}×)`,
  );
  row('encrypted snapshot import with verification, median of 3 (÷ plain; the same)', '—', (s) =>
    s.snapshot.encryptedImportMs === undefined
      ? '—'
      : `${s.snapshot.encryptedImportMs} (${(s.snapshot.encryptedImportMs / s.snapshot.importWithVerificationMs).toFixed(2)}×)`,
  );
  row(
    'snapshot export / verified import on the worker thread, as the app runs them (the worker started when the save / open dialog opens; medians of 3 runs)',
    '≤ 1,000 / ≤ 2,000',
    (s) => s.snapshot.threaded && `${s.snapshot.threaded.exportMs} / ${s.snapshot.threaded.importMs}`,
  );
  row(
    '  encrypted, on the worker thread as the app runs them: export / verified import (medians of 3, alternating with the plain ones; ÷ plain)',
    '≤ 1.2×',
    (s) =>
      s.snapshot.threaded?.encryptedExportMs === undefined
        ? '—'
        : `${s.snapshot.threaded.encryptedExportMs} (${(s.snapshot.threaded.encryptedExportMs / s.snapshot.threaded.exportMs).toFixed(2)}×) / ${s.snapshot.threaded.encryptedImportMs} (${(s.snapshot.threaded.encryptedImportMs / s.snapshot.threaded.importMs).toFixed(2)}×)`,
  );
  row(
    '  the same with the worker started only when the job is asked for (a file sent by the browser mode, no dialog; one run)',
    '—',
    (s) =>
      s.snapshot.threaded?.coldExportMs == null
        ? '—'
        : `${s.snapshot.threaded.coldExportMs} / ${s.snapshot.threaded.coldImportMs}`,
  );
  row(
    '  longest wait of the main process (answers the window) during the export / the import (medians of 3; the worst run’s; the worst encrypted run’s)',
    '≤ 50',
    (s) =>
      s.snapshot.threaded &&
      `${s.snapshot.threaded.exportStallMs} / ${s.snapshot.threaded.importStallMs}${
        s.snapshot.threaded.worstExportStallMs === undefined
          ? ''
          : ` (worst ${s.snapshot.threaded.worstExportStallMs} / ${s.snapshot.threaded.worstImportStallMs})`
      }${
        s.snapshot.threaded.worstEncryptedExportStallMs === undefined
          ? ''
          : `; encrypted, worst ${s.snapshot.threaded.worstEncryptedExportStallMs} / ${s.snapshot.threaded.worstEncryptedImportStallMs}`
      }`,
  );
  row('process start → first answer (CLI, p50)', '—', (s) => s.processStartToFirstAnswerMs.p50);
  row('verified backup (copy + integrity + chain + manifest)', '≤ 1,000', (s) => s.backup?.backupMs);
  row(
    '  longest main-thread stall during the backup (idle: same timer, nothing running)',
    '≤ 50',
    (s) => s.backup && `${s.backup.longestStallMs} (idle ${s.backup.idleStallMs})`,
  );
  row('open-time check of the registry file (blocking part)', '≤ 200', (s) => s.backup?.openCheckMs);
  row(
    'doctor on the whole registry, incidents included when measured (of which the replay of the history)',
    '—',
    (s) => s.doctor && `${s.doctor.doctorMs} (replay ${s.doctor.replayMs})${s.doctor.ok ? '' : ' FAILED'}`,
  );
  row(
    '  the same as the window runs it, on a worker thread: time / longest main-thread stall (medians of 3 runs; the worst run’s stall)',
    '— / ≤ 50',
    (s) =>
      s.doctor?.threaded &&
      `${s.doctor.threaded.ms} / ${s.doctor.threaded.stallMs} (worst ${s.doctor.threaded.worstStallMs})${
        s.doctor.threaded.ok ? '' : ' FAILED'
      }`,
  );
  row('  quick_check of the whole file, on a worker after the open', '—', (s) => s.backup?.fullCheckOffThreadMs);
  row(
    'page load → interactive dashboard (its largest groups painted, timed in the page)',
    '≤ 1,500',
    (s) => s.browser?.median.pageLoadToDashboardMs,
  );
  row(
    '  the same as the test driver notices it (Playwright re-checks after 20, 50, 100, 100 ms, then every 500 ms; the row’s figure before 2026-12-04 evening)',
    '—',
    (s) => s.browser?.median.pageLoadToDashboardDriverMs,
  );
  row(
    'people table mount, first visit 2 s after the dashboard (its first page read ahead, table rehearsed out of sight) (click → rows painted)',
    '≤ 100',
    (s) => s.browser?.median.tableMountMs,
  );
  row(
    '  reading its first page, 100 rows (people.window: searched, filtered and sorted in the main process) / the whole list, as the table read it before 2026-12-05 evening (people.list)',
    '—',
    (s) => s.browser && `${s.browser.median.peopleFetchMs} / ${s.browser.median.peopleWholeListMs ?? '—'}`,
  );
  row('people table, second visit (first page already held)', '≤ 100', (s) => s.browser?.median.tableRemountMs);
  row(
    'scroll through the table, a screen a frame, its pages read as they come into view: long frames (> 50 ms)',
    '0',
    (s) => s.browser?.median.scrollLongFrames,
  );
  row(
    'groups table mount, first visit (its first page read ahead, table rehearsed out of sight) (click → rows painted)',
    '≤ 100',
    (s) => s.browser?.median.groupsTableMountMs,
  );
  row('scroll through the groups table: long frames (> 50 ms)', '0', (s) => s.browser?.median.groupsScrollLongFrames);
  row(
    'the window’s longest frame while a snapshot is exported / a backup taken from the Snapshots page (click → done shown, and the 0.5 s after; medians of the runs)',
    '≤ 50',
    (s) =>
      s.browser?.median.exportLongestFrameMs === undefined
        ? '—'
        : `${s.browser.median.exportLongestFrameMs} / ${s.browser.median.backupLongestFrameMs} (in ${s.browser.median.exportMs} / ${s.browser.median.backupMs} ms)`,
  );
  row(
    '  the same while that snapshot is opened (verified until its preview shows, and 0.5 s) / imported into a new data folder (until its result shows, and the 1.5 s the window takes to read and draw that ledger), from another ledger of the same installation; the host’s open dialog answered by the harness (medians of the runs)',
    '≤ 50',
    (s) =>
      s.browser?.median.importLongestFrameMs === undefined
        ? '—'
        : `${s.browser.median.importVerifyLongestFrameMs} / ${s.browser.median.importLongestFrameMs} (in ${s.browser.median.importVerifyMs} / ${s.browser.median.importMs} ms)`,
  );
  row('page JS heap (MB, after GC)', '≤ 150', (s) => s.browser?.median.jsHeapMb);
  // Browser references measured in the same run (tests/bench/browser-bench.ts): a blank page of
  // the same bundle, and a plain list of 10,000 fixed-height rows built without a framework.
  const bref = (s) => s.browser?.reference;
  const times = (a, b) => (a === undefined || b === undefined || !b ? '—' : `${(a / b).toFixed(a / b < 1 ? 2 : 1)}×`);
  row(
    'reference: blank page of the same bundle (load) / plain list of 10,000 fixed rows (built → painted)',
    '—',
    (s) => bref(s) && `${bref(s).blankPageMs} / ${bref(s).plainListMs}`,
  );
  row(
    '  ratio: dashboard ÷ blank page; people mount ÷ plain list; groups mount ÷ plain list',
    '—',
    (s) =>
      bref(s) &&
      `${times(s.browser.median.pageLoadToDashboardMs, bref(s).blankPageMs)}; ${times(s.browser.median.tableMountMs, bref(s).plainListMs)}; ${times(s.browser.median.groupsTableMountMs, bref(s).plainListMs)}`,
  );
  row(
    '  ratio: key press → next person p95 ÷ plain list',
    '—',
    (s) => bref(s) && s.browser.walk && times(s.browser.walk.keyToNextPerson.p95, bref(s).plainListMs),
  );
  // The new rows give wall p50 / p95 and, in brackets, the CPU time's p95: on a busy machine the
  // wall time waits for a core, the CPU time is what the code costs.
  const p = (x) => `${x.p50} / ${x.p95}`;
  const cpu = (x) => `CPU p95 ${x.cpu.p95}`;
  const rb = (s) => s.runbooks;
  row(
    'runbooks: plan a dissolution p50 / p95 (command + view)',
    'p95 ≤ 200 (1,000 members)',
    (s) => `${p(rb(s).plan.dissolve)} (${cpu(rb(s).plan.dissolve)}; ${rb(s).plan.dissolve.steps} steps)`,
  );
  row(
    'runbooks: plan a prune p50 / p95 (command + view)',
    '—',
    (s) =>
      `${p(rb(s).plan.prune)} (${cpu(rb(s).plan.prune)}; ${rb(s).plan.prune.steps} of ${rb(s).group.members} outside)`,
  );
  row(
    'runbooks: one walk step p50 / p95 (command + view)',
    '—',
    (s) => `${p(rb(s).walk.answer)} (${cpu(rb(s).walk.answer)}; ${rb(s).walk.steps}-step walk)`,
  );
  const walk = (s) => s.browser.walk;
  row(
    'runbooks: key press → next person shown p50 / p95 (Chromium, at the walk’s pace)',
    'p95 ≤ 50',
    (s) => `${p(walk(s).keyToNextPerson)} (${walk(s).keyToNextPerson.n} presses, ${walk(s).walks[0].steps}-step walk)`,
  );
  row('  the same, Enter again as soon as the next person shows', '—', (s) => p(walk(s).backToBack));
  row('  page busy re-reading the registry after each step', '—', (s) => p(walk(s).busyAfterStep));
  row(
    'runbooks: report PDF, first in the process (font and pdfkit loaded)',
    '≤ 1,000 (100 steps)',
    (s) => `${rb(s).reportPdf.coldMs} (CPU ${rb(s).reportPdf.coldCpuMs}; ${rb(s).reportPdf.steps} steps)`,
  );
  row('runbooks: report PDF again p50 / p95', '—', (s) => `${p(rb(s).reportPdf.warm)} (${cpu(rb(s).reportPdf.warm)})`);
  row('runbooks: `runbook report --pdf` command, start to exit p50', '—', (s) => rb(s).reportPdf.cli.p50);
  const inc = (s) => s.incidents;
  row(
    'incidents: recorded through the capability (ms)',
    '—',
    (s) =>
      `${inc(s).fixture.generateMs} (${inc(s).fixture.incidents.toLocaleString('en')} incidents, ${inc(s).fixture.steps.toLocaleString('en')} steps, ${inc(s).fixture.actions.toLocaleString('en')} actions)`,
  );
  row(
    'incidents: list with filters p50 / p95 (all filters)',
    'p95 ≤ 50 (20,000 incidents)',
    (s) =>
      `${p(inc(s).list.all)} (${cpu(inc(s).list.all)}; slowest: ${inc(s).list.worst.filter} p95 ${inc(s).list.worst.p95})`,
  );
  row(
    'incidents: group timeline p50 / p95',
    'p95 ≤ 50',
    (s) =>
      `${p(inc(s).groupTimeline)} (${cpu(inc(s).groupTimeline)}; ${inc(s).groupTimeline.groups} groups, up to ${inc(s).groupTimeline.maxEntries} entries)`,
  );
  row(
    'incidents: period report to PDF p50',
    '≤ 2,000 (1,000 incidents)',
    (s) =>
      `${inc(s).periodReport.pdf.p50} (CPU p50 ${inc(s).periodReport.pdf.cpu.p50}; ${inc(s).periodReport.incidents} incidents)`,
  );
  const ex = (s) => s.exports;
  row(
    'diff of two snapshots a month apart p50 / p95 (contents read)',
    '≤ 1,000',
    (s) =>
      `${p(ex(s).diff.computeMs)} (${cpu(ex(s).diff.computeMs)}; ${ex(s).diff.groups} groups changed, ${ex(s).diff.joined} joined, ${ex(s).diff.left} left, ${ex(s).diff.peopleChanged} people changed; ${ex(s).diff.days.join(' → ')})`,
  );
  row(
    '  the same from the two files in the JSON form (each read whole and verified, then diffed, in the benchmark’s thread)',
    '—',
    (s) => `${ex(s).diff.fromFilesMs} (CPU ${ex(s).diff.fromFilesCpuMs}; ${ex(s).diff.snapshotsMb} MB of snapshots)`,
  );
  row(
    '  as the Diff page runs it, on its worker thread, two snapshot files in the app’s form (signed here): choosing a file (verified, its copy kept) / comparing the two chosen / the later against the registry at the end of the earlier day (medians of 3; the comparison reads the copies’ tables)',
    '— / ≤ 1,000 / ≤ 1,000',
    (s) =>
      ex(s).diff.app
        ? `${ex(s).diff.app.chooseMs ?? '—'} / ${ex(s).diff.app.twoFilesMs} / ${ex(s).diff.app.fileAndDayMs} (${ex(s).diff.app.left} left; ${ex(s).diff.app.snapshotsMb} MB of snapshots)`
        : '—',
  );
  row(
    '    the two compared with both files verified again (the page before 2026-12-05 evening; median of 3)',
    '—',
    (s) => (ex(s).diff.app?.verifiedAgainMs !== undefined ? `${ex(s).diff.app.verifiedAgainMs}` : '—'),
  );
  row(
    '台账 workbook of the whole registry (XLSX): time / peak memory',
    '≤ 5,000 / ≤ 500 MB',
    (s) =>
      `${ex(s).workbook.ms} / ${ex(s).workbook.peakRssMb} MB (CPU ${ex(s).workbook.cpuMs}; ${(ex(s).workbook.bytes / 1e6).toFixed(1)} MB file, ${ex(s).workbook.rows.toLocaleString('en')} rows)`,
  );
  // Raw SQLite work of the registry's size measured in the same run (tests/bench/reference.ts): a
  // slow or busy day slows both, so the ratios compare runs on different days.
  const ref = (s) => s.reference;
  const x = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(1)}×`);
  row('reference: raw SQLite, one row committed durably, p50', '—', (s) => ref(s).commit.p50);
  row(
    'reference: raw SQLite, rows of the registry’s size inserted in one commit / read back',
    '—',
    (s) => `${ref(s).bulkInsertMs} / ${ref(s).bulkReadMs} (${(ref(s).bytes / 1e6).toFixed(1)} MB)`,
  );
  row('  ratio: add member p50 ÷ raw commit p50', '—', (s) => x(c(s).sqlite.addMember.p50, ref(s).commit.p50));
  row('  ratio: runbook walk step p50 ÷ raw commit p50', '—', (s) => x(rb(s)?.walk.answer.p50, ref(s).commit.p50));
  row('  ratio: snapshot export ÷ raw read back', '—', (s) => x(s.snapshot?.exportMs, ref(s).bulkReadMs));
  row('  ratio: snapshot import with verification ÷ raw insert', '—', (s) =>
    x(s.snapshot?.importWithVerificationMs, ref(s).bulkInsertMs),
  );
  row('  ratio: verified backup ÷ raw insert', '—', (s) => x(s.backup?.backupMs, ref(s).bulkInsertMs));
  row('  ratio: 台账 workbook ÷ raw insert', '—', (s) => x(ex(s)?.workbook.ms, ref(s).bulkInsertMs));
  // The other Node rows beside the same references: reads beside the raw read back of the
  // registry's size, commands beside the raw durable commit (small ratios with two figures).
  const xs = (a, b) => {
    if (a === undefined || a === null || b === undefined) return '—';
    const r = a / b;
    return `${r < 0.1 ? r.toPrecision(2) : r.toFixed(1)}×`;
  };
  const join3 = (...parts) => parts.join(' / ');
  row('  ratio: search p95 (name / pinyin / Vietnamese) ÷ raw read back', '—', (s) =>
    s.search
      ? join3(
          xs(s.search.name.p95, ref(s).bulkReadMs),
          xs(s.search.pinyinInitials.p95, ref(s).bulkReadMs),
          xs(s.search.unaccentedVietnamese.p95, ref(s).bulkReadMs),
        )
      : '—',
  );
  row('  ratio: members as of a date p95 / scope-creep report p95 ÷ raw read back', '—', (s) =>
    s.asOfQuery ? join3(xs(s.asOfQuery.p95, ref(s).bulkReadMs), xs(s.scopeCreepReport.p95, ref(s).bulkReadMs)) : '—',
  );
  row('  ratio: worker export ÷ raw read back; worker verified import ÷ raw insert', '—', (s) =>
    s.snapshot?.threaded
      ? `${xs(s.snapshot.threaded.exportMs, ref(s).bulkReadMs)}; ${xs(s.snapshot.threaded.importMs, ref(s).bulkInsertMs)}`
      : '—',
  );
  row('  ratio: doctor on its thread ÷ raw read back', '—', (s) => xs(s.doctor?.threaded?.ms, ref(s).bulkReadMs));
  row('  ratio: diff p95 (contents read) / as the Diff page runs it, two files ÷ raw read back', '—', (s) =>
    ex(s)
      ? join3(xs(ex(s).diff.computeMs.p95, ref(s).bulkReadMs), xs(ex(s).diff.app?.twoFilesMs, ref(s).bulkReadMs))
      : '—',
  );
  row('  ratio: plan a dissolution p95 / runbook report PDF again p50 ÷ raw commit p50', '—', (s) =>
    rb(s)
      ? join3(xs(rb(s).plan.dissolve.p95, ref(s).commit.p50), xs(rb(s).reportPdf?.warm?.p50, ref(s).commit.p50))
      : '—',
  );
  row('  ratio: incidents list p95 / group timeline p95 ÷ raw read back', '—', (s) =>
    inc(s) ? join3(xs(inc(s).list.all.p95, ref(s).bulkReadMs), xs(inc(s).groupTimeline?.p95, ref(s).bulkReadMs)) : '—',
  );
  lines.push(
    '',
    `Peak RSS of the Node benchmark process (includes the naive JSON registry): ${r.nodePeakRssMb} MB.`,
    '',
  );
  lines.push(
    `Reproduce: \`npm run bench\` (this run took ${r.runMinutes} minutes on ${m.cores} cores). Raw figures: results.json.`,
    '',
  );
  return lines.join('\n');
}
