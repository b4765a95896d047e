/**
 * The real desktop app through Playwright's Electron driver: the window opens on the dashboard and
 * the security settings hold. Runs where Electron's binary is installed; elsewhere it is reported
 * as skipped with the reason (the binary cannot be downloaded offline).
 */
import { test, expect, _electron as electron } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper shared with the npm scripts
import { electronBinary } from '../../scripts/electron-binary.mjs';

const binary: string | null = electronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

test.describe('desktop window (Electron)', () => {
  test.skip(!binary, 'Electron binary not installed (offline install): run `npx install-electron --no` to enable');
  test.skip(!hasDisplay, 'no display: run under xvfb-run to enable the desktop-window test');

  test('opens on the dashboard with isolation, sandbox and a strict CSP', async () => {
    const data = mkdtempSync(join(tmpdir(), 'gl-electron-'));
    // Chromium refuses to start as root with its OS sandbox on (CI containers run as root).
    const rootFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    const app = await electron.launch({ executablePath: binary!, args: [...rootFlags, '.', '--data', data] });
    try {
      const page = await app.firstWindow();
      expect(page.url()).toBe('app://group-ledger/index.html');
      // Sandboxed renderers are reported by the process metrics (macOS and Windows report the flag).
      const renderers = await app.evaluate(({ app: electronApp }) =>
        electronApp
          .getAppMetrics()
          .filter((m) => m.type === 'Tab')
          .map((m) => m.sandboxed),
      );
      for (const sandboxed of renderers) expect(sandboxed === undefined || sandboxed === true).toBe(true);
      // Navigation away from the app is refused.
      await page.evaluate(() => {
        (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.org/';
      });
      await page.waitForTimeout(300);
      expect(page.url()).toBe('app://group-ledger/index.html');
      const exposed = await page.evaluate(() => ({
        api: typeof (globalThis as unknown as { groupLedger?: unknown }).groupLedger,
        require: typeof (globalThis as unknown as { require?: unknown }).require,
        process: typeof (globalThis as unknown as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ api: 'object', require: 'undefined', process: 'undefined' });
      const evalBlocked = await page.evaluate(() => {
        try {
          return new Function('return 1')() !== 1;
        } catch {
          return true;
        }
      });
      expect(evalBlocked).toBe(true);
      await page.evaluate(() =>
        (globalThis as unknown as { groupLedger: Record<string, (i: unknown) => Promise<unknown>> }).groupLedger[
          'org.loadDemo'
        ]!({ kind: 'county-bureau', locale: 'en' }),
      );
      await page.reload();
      await expect(page.getByRole('menuitem', { name: /Dashboard/ })).toBeVisible();
      await page.screenshot({ path: 'tests/e2e/screenshots/electron-dashboard-en.png', fullPage: true });
    } finally {
      await app.close();
      rmSync(data, { recursive: true, force: true });
    }
  });
});
