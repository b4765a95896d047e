/**
 * CI's small-scale run of `npm run bench`: it must run end to end and write its files. It asserts
 * no times — speed targets live in the benchmark's own figures, not in tests.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers';

const hasChromium = existsSync(process.env.GROUP_LEDGER_CHROMIUM ?? '/usr/bin/chromium');
const built = ['dist/node/harness.mjs', 'dist/node/cli.mjs', 'dist/renderer/index.html'].every((f) => existsSync(f));

describe('benchmark smoke run', () => {
  it('runs at 100 people and writes results.json and results.md with every measure', { timeout: 600_000 }, () => {
    const out = tempDir('gl-bench-');
    const args = [
      'scripts/bench.mjs',
      '--quick',
      '--sizes',
      '100',
      '--out',
      out,
      ...(hasChromium ? [] : ['--no-browser']),
      // npm test has just built (a rebuild here would also race the e2e tests for dist/).
      ...(built ? ['--no-build'] : []),
    ];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    const size = results.sizes[0];
    expect(size.people).toBe(100);
    for (const k of ['addMember', 'removeMember', 'runbookStep']) {
      expect(size.commands.sqlite[k].n).toBeGreaterThan(0);
      expect(size.commands.naiveJson[k].n).toBeGreaterThan(0);
    }
    expect(Object.keys(size.search)).toEqual(['name', 'pinyinInitials', 'unaccentedVietnamese']);
    for (const s of Object.values(size.search) as Array<{ hits: number }>) expect(s.hits).toBeGreaterThan(0);
    expect(size.snapshot.bytes).toBeGreaterThan(0);
    expect(size.snapshot.json.bytes).toBeGreaterThan(0);
    expect(size.scopeCreepReport.n).toBeGreaterThan(0);
    expect(size.scopeCreepReport.groupsWithCreep).toBeGreaterThan(0);
    if (hasChromium) expect(size.browser.median.scrollLongFrames).toBeTypeOf('number');
    // Runbooks: the plans of the largest group, walk steps, the report PDF (in process and the CLI).
    expect(size.runbooks.plan.dissolve.steps).toBeGreaterThan(10);
    expect(size.runbooks.plan.dissolve.n).toBeGreaterThan(0);
    expect(size.runbooks.plan.prune.steps).toBeGreaterThan(0);
    expect(size.runbooks.walk.answer.n).toBeGreaterThan(0);
    expect(size.runbooks.reportPdf.bytes).toBeGreaterThan(1000);
    expect(size.runbooks.reportPdf.cli.n).toBeGreaterThan(0);
    // Incidents: two per person recorded through the capability, every list filter, timelines, the period PDF.
    expect(size.incidents.fixture.incidents).toBe(200);
    expect(size.incidents.fixture.steps).toBeGreaterThan(0);
    expect(Object.keys(size.incidents.list.byFilter)).toContain('words+status');
    expect(size.incidents.groupTimeline.maxEntries).toBeGreaterThan(0);
    expect(size.incidents.periodReport.incidents).toBe(200);
    expect(size.incidents.periodReport.bytes).toBeGreaterThan(1000);
    // doctor on what the runbooks and incidents left: every table still matches the history.
    expect(size.doctor).toMatchObject({ ok: true });
    expect(size.doctor.events).toBeGreaterThan(size.incidents.fixture.incidents);
    // The same on the worker thread, as the window runs it (one run in a quick benchmark).
    expect(size.doctor.threaded).toMatchObject({ ok: true, runs: 1 });
    expect(size.doctor.threaded.worstStallMs).toBe(size.doctor.threaded.stallMs);
    // The snapshot's export and import on the worker thread, the same way.
    expect(size.snapshot.threaded).toMatchObject({ runs: 1 });
    expect(size.snapshot.threaded.worstExportStallMs).toBe(size.snapshot.threaded.exportStallMs);
    // Beside it, once with the worker started only when the job is asked for.
    expect(size.snapshot.threaded.coldExportMs).toBeGreaterThan(0);
    expect(size.snapshot.threaded.coldImportMs).toBeGreaterThan(0);
    // And encrypted, on the worker thread as well.
    expect(size.snapshot.threaded.encryptedExportMs).toBeGreaterThan(0);
    expect(size.snapshot.threaded.encryptedImportMs).toBeGreaterThan(0);
    if (hasChromium) {
      // The walk page: each Enter showed the next person (a new name, the step counter moved on).
      const walks = size.browser.walk.walks as Array<{
        presses: number;
        distinctNames: number;
        idle: number[];
        immediate: number[];
      }>;
      for (const w of walks) {
        expect(w.idle.length + w.immediate.length).toBe(w.presses);
        expect(w.distinctNames).toBeGreaterThan(1);
      }
      expect(size.browser.walk.keyToNextPerson.n).toBeGreaterThan(0);
    }
    const markdown = readFileSync(join(out, 'results.md'), 'utf8');
    expect(markdown).toMatch(/\| add member p50 \/ p95 \/ p99 \|/);
    expect(markdown).toMatch(
      /\| scope-creep report p50 \/ p95 \(whole registry\) \| p95 ≤ 200 \| [\d.]+ \/ [\d.]+ \(\d+ groups, \d+ outside; the first in the process \d+, the fastest \d+\) \|/,
    );
    expect(markdown).toMatch(
      /\| runbooks: plan a dissolution p50 \/ p95 \(command \+ view\) \| p95 ≤ 200 \(1,000 members\) \| [\d.]+ \/ [\d.]+ /,
    );
    expect(markdown).toMatch(
      /\| +the same as the Reports page reads it to print: .+ \| — \| \d+ \/ \d+ \(\d+ calls, \d+ people listed\) \|/,
    );
    expect(markdown).toMatch(
      /\| +encrypted, on the worker thread as the app runs them: .+ \| ≤ 1\.2× \| [\d.]+ \([\d.]+×\) \/ [\d.]+ \([\d.]+×\) \|/,
    );
    expect(markdown).toMatch(/\| incidents: period report to PDF p50 \| ≤ 2,000 \(1,000 incidents\) \| [\d.]+ /);
    expect(markdown).toMatch(/\| doctor on the whole registry, .+ \| — \| [\d.]+ \(replay [\d.]+\) \|/);
  });
});
