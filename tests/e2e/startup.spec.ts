/**
 * Start-up with a damaged preferences.json (issue 12): the harness starts instead of crashing, the
 * file is kept aside, and the window says so in the language the UI falls back to — the system's
 * when there is no registry yet, the organisation's when there is one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, startHarness, stopHarness, test, picture } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const DAMAGED = '{"settings": {"locale": "en", "adminName": "Alex Morgan"'; // cut off mid-file

test.describe('start-up notice', () => {
  test.describe('no registry yet, a Vietnamese system', () => {
    test.use({ locale: 'vi-VN' });
    test('start-up-vi: the first-run page opens in Vietnamese and tells where the settings file was kept', async ({
      page,
    }) => {
      test.slow();
      const dataDir = mkdtempSync(join(tmpdir(), 'group-ledger-e2e-'));
      writeFileSync(join(dataDir, 'preferences.json'), DAMAGED);
      const { url, child } = await startHarness(dataDir);
      try {
        await page.setViewportSize({ width: 1366, height: 768 });
        await page.goto(url);
        // The first load can take a while on a loaded machine.
        await expect(page.getByTestId('first-run')).toBeVisible({ timeout: 30_000 });
        await expect(page.getByTestId('startup-notice-title')).toHaveText('Không đọc được phần cài đặt');
        const kept = readdirSync(dataDir).find((f) => f.startsWith('preferences.damaged-'))!;
        expect(readFileSync(join(dataDir, kept), 'utf8')).toBe(DAMAGED);
        const notice = page.getByTestId('startup-notice');
        await expect(notice).toContainText('GroupLedger đã khởi động với cài đặt mặc định');
        await expect(notice).toContainText(kept);
        await picture(page, { path: join(ROOT, 'tests/e2e/screenshots/start-up-notice-1366-vi.png') });
        await page.setViewportSize({ width: 1920, height: 1080 });
        await picture(page, { path: join(ROOT, 'tests/e2e/screenshots/start-up-notice-1920-vi.png') });
        // Closed, it stays closed; the first run goes on as usual.
        await page.locator('.ant-notification-notice-close').click();
        await expect(page.getByTestId('startup-notice')).toBeHidden();
        await expect(page.getByTestId('first-run')).toBeVisible();
      } finally {
        await stopHarness(child);
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });

  test('start-up-zh: with a Chinese registry on an English system, the notice is in Chinese on the dashboard', async ({
    page,
  }) => {
    test.slow();
    const dataDir = mkdtempSync(join(tmpdir(), 'group-ledger-e2e-'));
    const init = spawnSync(
      join(ROOT, 'node_modules/.bin/node'),
      [join(ROOT, 'dist/node/cli.mjs'), 'init', '--demo', 'county-bureau', '--locale', 'zh-CN', '--data', dataDir],
      { encoding: 'utf8' },
    );
    expect(init.status, init.stderr).toBe(0);
    writeFileSync(join(dataDir, 'preferences.json'), '{"settings": {"locale": "klingon"}}');
    const { url, child } = await startHarness(dataDir);
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(url);
      await expect(page.getByTestId('page-dashboard')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId('startup-notice-title')).toHaveText('无法读取设置');
      await expect(page.getByTestId('startup-notice')).toContainText('台账及其记录不受影响');
      await picture(page, { path: join(ROOT, 'tests/e2e/screenshots/start-up-notice-1366-zh-CN.png') });
    } finally {
      await stopHarness(child);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test.describe('a damaged installation, a Chinese system', () => {
    test.use({ locale: 'zh-CN' });
    test('start-up-unreadable: a language file that cannot be read gives a Chinese message and Try again, never a key', async ({
      page,
    }) => {
      test.slow();
      const dataDir = mkdtempSync(join(tmpdir(), 'group-ledger-e2e-'));
      const { url, child } = await startHarness(dataDir);
      try {
        await page.setViewportSize({ width: 1366, height: 768 });
        // The Chinese strings' file is missing, as after an interrupted copy of the app.
        let blocked = true;
        await page.route(/\/assets\/zh-CN-[^/]+\.js$/, (route) => (blocked ? route.abort() : route.continue()));
        await page.goto(url);
        const failed = page.getByTestId('boot-failed');
        await expect(failed).toBeVisible({ timeout: 30_000 });
        await expect(failed).toContainText('GroupLedger 无法启动');
        await expect(failed).toContainText('安装可能不完整');
        await expect(failed).not.toContainText('common.');
        await expect(failed).not.toContainText('dynamically imported');
        await picture(page, { path: join(ROOT, 'tests/e2e/screenshots/start-up-unreadable-1366-zh-CN.png') });
        // The file is back: Try again starts the app (the first run, in Chinese).
        blocked = false;
        await page.getByTestId('boot-retry').click();
        await expect(page.getByTestId('first-run')).toBeVisible({ timeout: 30_000 });
        await expect(page.getByTestId('first-run')).toContainText('欢迎');
      } finally {
        await stopHarness(child);
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
});
