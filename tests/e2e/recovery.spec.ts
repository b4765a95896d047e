/**
 * Opening safely (issue 12, points 1–2), in Chinese: a backup taken from the Backups section,
 * the registry damaged while the app is closed, the next start shows the recovery page (what is
 * wrong, the newest backup that verifies and what would be lost), and restoring it leads to the
 * dashboard with the damaged file kept aside.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, startHarness, stopHarness, collectConsoleErrors, SCREENSHOTS, picture } from './harness';
import { openSection } from './helpers';

const ROOT = resolve(import.meta.dirname, '../..');

// An office PC in Chinese: the window's language before any registry can be read.
test.use({ locale: 'zh-CN' });

/** The command line the product ships, for setting a scene the test does not watch. */
function cli(...args: string[]): void {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'dist/node/cli.mjs'), ...args], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`group-ledger ${args.join(' ')} failed: ${result.stderr}`);
}

/** A screenshot at 1366×768; the page must not scroll sideways. */
async function shot(page: Page, name: string) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.waitForTimeout(300);
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(sideways, `${name} scrolls sideways at 1366×768`).toBe(false);
  await picture(page, { path: join(SCREENSHOTS, `recovery-${name}-1366.png`), fullPage: true });
}

test('recovery: a damaged registry is restored from the newest backup, in Chinese', async ({ page }) => {
  test.slow();
  const dataDir = mkdtempSync(join(tmpdir(), 'group-ledger-e2e-recovery-'));
  const errors = collectConsoleErrors(page);
  cli('init', '--demo', 'county-bureau', '--locale', 'zh-CN', '--data', dataDir);
  let harness = await startHarness(dataDir);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(harness.url);
    await expect(page.getByTestId('page-dashboard')).toBeVisible({ timeout: 30_000 });
    await openSection(page, '快照');
    const card = page.getByTestId('backups-card');
    await card.getByTestId('backup-now').click();
    await expect(card.getByTestId('backup-created')).toBeVisible();
    // The start of the day's backup may be listed too: the harness takes it 15 s after opening the registry.
    await expect(card.getByRole('cell', { name: '手动' })).toBeVisible();
    // Each backup says how far its history goes: the last entry and the start of its fingerprint.
    await expect(card.getByTestId('backup-head').first()).toHaveText(/^[\d,]+ [0-9a-f]{8}$/);
    await shot(page, 'backups-section');
    await stopHarness(harness.child);
    // Two people imported from the command line (a backup is kept before it): three changes the
    // newest backup does not hold.
    const staff = join(dataDir, '..', `${dataDir.split('/').pop()}-staff.csv`);
    writeFileSync(staff, '姓名,部门\n王新,办公室\n李新,办公室\n');
    cli('import', 'people', staff, '--data', dataDir);
    rmSync(staff);

    // While the app is closed the registry's header is overwritten (a disk error, a bad copy).
    const registry = join(dataDir, 'registry.sqlite');
    const bytes = readFileSync(registry);
    bytes.fill(0, 0, 100);
    writeFileSync(registry, bytes);

    harness = await startHarness(dataDir);
    await page.goto(harness.url);
    const recovery = page.getByTestId('recovery-page');
    await expect(recovery).toBeVisible({ timeout: 30_000 });
    await expect(recovery.getByText('无法打开台账：台账文件已损坏')).toBeVisible();
    await expect(page.getByTestId('recovery-problem')).toHaveText(/不是 SQLite 数据库/);
    // What a restore loses, counted from the history's last entry recorded beside the registry.
    await expect(page.getByTestId('recovery-lost')).toContainText('之后的 3 项更改将丢失');
    await expect(page.getByTestId('recovery-restore')).toContainText('云溪县自然资源局');
    await shot(page, 'page');

    await page.getByTestId('recovery-restore-button').click();
    await page.getByRole('dialog').getByRole('button', { name: '恢复此备份' }).click();
    await expect(page.getByTestId('page-dashboard')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('stat-people')).toBeVisible();
    // The damaged file is kept beside the restored one, byte for byte.
    const aside = readdirSync(dataDir).filter((n) => /^registry\.damaged-.*\.sqlite$/.test(n));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0]!)).equals(bytes)).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await stopHarness(harness.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test.describe('an office PC in Vietnamese', () => {
  test.use({ locale: 'vi' });
  test('recovery-history: a registry put back from an older copy says which changes are missing, and a backup brings them back, in Vietnamese', async ({
    page,
  }) => {
    test.slow();
    const dataDir = mkdtempSync(join(tmpdir(), 'group-ledger-e2e-history-'));
    const errors = collectConsoleErrors(page);
    cli('init', '--demo', 'youth-union', '--locale', 'vi', '--data', dataDir);
    const registry = join(dataDir, 'registry.sqlite');
    const older = readFileSync(registry);
    // Two people imported (the import keeps a backup of the registry before it first), then the
    // registry is put back from the copy taken before: the three changes of the import are gone.
    const file = join(dataDir, '..', `${dataDir.split('/').pop()}-people.csv`);
    writeFileSync(file, 'Họ tên,Bộ phận\nTrần Văn Mới,Văn phòng\nLê Thị Mới,Văn phòng\n');
    cli('import', 'people', file, '--data', dataDir);
    rmSync(file);
    for (const suffix of ['-wal', '-shm']) rmSync(registry + suffix, { force: true });
    writeFileSync(registry, older);
    const harness = await startHarness(dataDir);
    try {
      await page.goto(harness.url);
      const recovery = page.getByTestId('recovery-page');
      await expect(recovery).toBeVisible({ timeout: 30_000 });
      await expect(
        recovery.getByText('Không mở được sổ: lịch sử của sổ không đến được các thay đổi đã ghi'),
      ).toBeVisible();
      await expect(page.getByTestId('recovery-problem')).toContainText('3 thay đổi cuối cùng bị mất');
      await expect(page.getByTestId('recovery-problem')).not.toContainText('{{');
      // The file itself is left exactly as it was put back.
      expect(readFileSync(registry).equals(older)).toBe(true);
      await expect(page.getByTestId('recovery-restore')).toContainText('Đoàn khối');
      await shot(page, 'history-vi');

      await page.getByTestId('recovery-restore-button').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Khôi phục bản sao lưu này' }).click();
      await expect(page.getByTestId('page-dashboard')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId('stat-people')).toBeVisible();
      const aside = readdirSync(dataDir).filter((n) => /^registry\.damaged-.*\.sqlite$/.test(n));
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(dataDir, aside[0]!)).equals(older)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await stopHarness(harness.child);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
