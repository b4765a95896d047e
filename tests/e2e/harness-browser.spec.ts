/**
 * The browser the tests and the benchmark drive (tests/chromium.ts): Chrome's own address-bar popup
 * is not built, and the features Playwright turns off stay off. Chromium keeps only the last
 * `--disable-features` it is given, so tests/chromium.ts repeats Playwright's list in its own; this
 * reads the started browser's command line and fails when Playwright's list (after an upgrade) has
 * a name ours lacks.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHROME_UI_FEATURES_OFF } from '../chromium';

/** The command lines of this process's child browsers (Playwright starts Chromium as a child). */
function childBrowserCommandLines(): string[][] {
  const lines: string[][] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (args.some((arg) => arg.startsWith('--remote-debugging-pipe'))) lines.push(args);
    } catch {
      // a process that ended meanwhile
    }
  }
  return lines;
}

test.describe('the harness browser', () => {
  test.skip(!existsSync('/proc/self/stat'), 'reads the browser command line from /proc (Linux)');

  test('builds no address-bar popup, and keeps Playwright’s own features off', async ({ browser, page }) => {
    await page.goto('about:blank');
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: Array<{ url: string }> };
    expect(targetInfos.map((target) => target.url).filter((url) => url.startsWith('chrome://'))).toEqual([]);

    const lines = childBrowserCommandLines();
    expect(lines.length).toBeGreaterThan(0);
    for (const args of lines) {
      const lists = args
        .filter((arg) => arg.startsWith('--disable-features='))
        .map((arg) => arg.slice('--disable-features='.length).split(','));
      // Playwright's own list first, ours last: the one Chromium uses.
      expect(lists.length).toBeGreaterThanOrEqual(2);
      const used = new Set(lists.at(-1));
      for (const name of [...lists.slice(0, -1).flat(), ...CHROME_UI_FEATURES_OFF]) {
        expect(used.has(name), `--disable-features lacks ${name}`).toBe(true);
      }
    }
  });
});
