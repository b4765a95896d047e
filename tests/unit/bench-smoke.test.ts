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

describe('benchmark smoke run', () => {
  it('runs at 100 people and writes results.json and results.md with every measure', { timeout: 300_000 }, () => {
    const out = tempDir('gl-bench-');
    const args = [
      'scripts/bench.mjs',
      '--quick',
      '--sizes',
      '100',
      '--out',
      out,
      ...(hasChromium ? [] : ['--no-browser']),
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
    expect(size.scopeCreepReport.n).toBeGreaterThan(0);
    expect(size.scopeCreepReport.groupsWithCreep).toBeGreaterThan(0);
    if (hasChromium) expect(size.browser.median.scrollLongFrames).toBeTypeOf('number');
    const markdown = readFileSync(join(out, 'results.md'), 'utf8');
    expect(markdown).toMatch(/\| add member p50 \/ p95 \/ p99 \|/);
    expect(markdown).toMatch(
      /\| scope-creep report p50 \/ p95 \(whole registry\) \| p95 ≤ 200 \| [\d.]+ \/ [\d.]+ \(\d+ groups, \d+ outside\) \|/,
    );
  });
});
