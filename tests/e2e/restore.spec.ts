/**
 * "Open or restore a ledger…" from the UI alone (issue 11, point 8): a snapshot chosen with the
 * browser's own file picker is sent over the harness RPC, verified and shown; then it is restored
 * over the ledger after a copy of that ledger is kept (the page says where), or opened in a new
 * data folder that the app switches to and opens again at the next start. A damaged or oversized
 * file changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, startHarness, stopHarness, SCREENSHOTS, picture } from './harness';
import { loadDemo, openSection } from './helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const YOUTH_UNION = 'Đoàn khối các cơ quan và doanh nghiệp tỉnh Trà Vinh';
const COUNTY_BUREAU = '云溪县自然资源局';

/** The command line the product ships, for setting a scene the test does not watch. */
function cli(...args: string[]): string {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'dist/node/cli.mjs'), ...args], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`group-ledger ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** A youth-union snapshot exported by the command line. */
function youthUnionSnapshot(): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'group-ledger-e2e-snap-'));
  cli('init', '--demo', 'youth-union', '--locale', 'vi', '--data', join(dir, 'data'));
  const file = join(dir, 'doan-khoi.groupledger.json');
  cli('export', 'snapshot', file, '--data', join(dir, 'data'));
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Clicks the button and answers the browser's file picker with `file`. */
async function chooseWithPicker(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('inspect-snapshot').click();
  await (await chooser).setFiles(file);
}

/** Screenshots at the two sizes the office PCs have; the page must not scroll sideways. */
async function shots(page: Page, name: string) {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(sideways, `${name} scrolls sideways at ${width}×${height}`).toBe(false);
    await picture(page, { path: join(SCREENSHOTS, `restore-${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('restore over: a youth-union snapshot replaces the county-bureau ledger after a copy is kept', async ({
  page,
  harness,
}) => {
  test.slow();
  // The youth union's ledger, exported from its own installation through the Snapshots page.
  const other = mkdtempSync(join(tmpdir(), 'group-ledger-e2e-youth-'));
  const youth = await startHarness(other);
  let snapshot: string;
  try {
    await loadDemo(page, youth.url, 'vi', 'youth-union');
    await openSection(page, 'Bản chụp');
    await page.getByTestId('export-snapshot').click();
    await expect(page.getByTestId('snapshot-checksum')).toBeVisible();
    snapshot = (await page.getByTestId('snapshot-path').textContent())!.trim();
    expect(existsSync(snapshot)).toBe(true);
  } finally {
    await stopHarness(youth.child);
  }

  try {
    await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
    await expect(page.getByTestId('org-name')).toHaveText(COUNTY_BUREAU);
    await openSection(page, '快照');
    await chooseWithPicker(page, snapshot);

    // What the file holds, before anything is written.
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(YOUTH_UNION);
    await expect(dialog).toContainText('.groupledger');
    const counts = dialog.getByTestId('snapshot-counts');
    await expect(counts.locator('[data-count=people]')).toContainText('74');
    await expect(counts.locator('[data-count=groups]')).toContainText('5');
    await expect(counts.locator('[data-count=memberships]')).toContainText('72');
    for (const key of ['units', 'incidents', 'runbooks'])
      await expect(counts.locator(`[data-count=${key}]`)).toBeVisible();
    await expect(dialog).toContainText('导出时间');

    // The safe choice is the default; the other says what it replaces and where the copy goes.
    await expect(dialog.getByRole('radio', { name: /在新的数据目录中打开/ })).toBeChecked();
    await dialog.getByText('覆盖恢复当前打开的台账').click();
    await expect(dialog.getByRole('radio', { name: /覆盖恢复当前打开的台账/ })).toBeChecked();
    await expect(dialog.getByTestId('choice-replace')).toContainText(`“${COUNTY_BUREAU}”（110 人、6 个群`);
    await expect(dialog.getByTestId('choice-replace-path')).toHaveText(join(harness.dataDir, 'backups'));
    await shots(page, 'dialog-zh-CN');
    await dialog.getByRole('button', { name: '保留副本并恢复' }).click();

    // Where the copy is, said on the page; the copy is a file of its own in the data folder.
    const kept = page.getByTestId('restore-backup-path');
    await expect(kept).toContainText(join(harness.dataDir, 'backups', 'registry-before-restore-'));
    const backupPath = (await kept.textContent())!.trim();
    expect(existsSync(backupPath)).toBe(true);
    // The copy and its manifest (what it holds, where its history ends), nothing else.
    const copyName = backupPath.split('/').pop()!;
    expect(readdirSync(join(harness.dataDir, 'backups')).sort()).toEqual([
      copyName.replace(/\.sqlite$/, '.json'),
      copyName,
    ]);
    await expect(page.getByTestId('restore-result')).toContainText('110 人、6 个群');
    await shots(page, 'replaced-zh-CN');

    // The window shows the restored ledger: its name, its people, its groups.
    await expect(page.getByTestId('org-name')).toHaveText(YOUTH_UNION);
    await openSection(page, '工作台');
    await expect(page.getByTestId('stat-people')).toContainText('73');
    await openSection(page, '工作群');
    await expect(page.getByTestId('groups-table')).toContainText('BTV Đoàn khối');
    await expect(page.getByTestId('groups-table')).not.toContainText('中层干部工作群');
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
});

test('open in a new folder: the app switches to it, opens it again at the next start, and can go back', async ({
  page,
  harness,
}) => {
  test.slow();
  const { file, cleanup } = youthUnionSnapshot();
  try {
    await loadDemo(page, harness.url, 'en', 'county-bureau');
    await openSection(page, 'Snapshots');
    await expect(page.getByTestId('data-folder')).toHaveText(harness.dataDir);
    await chooseWithPicker(page, file);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(YOUTH_UNION);
    const planned = (await dialog.getByTestId('choice-newFolder-path').textContent())!.trim();
    expect(planned.startsWith(join(harness.dataDir, 'ledgers', 'Đoàn-khối-các-cơ-quan'))).toBe(true);
    await shots(page, 'dialog-en');
    await dialog.getByRole('button', { name: 'Open in the new folder' }).click();

    await expect(page.getByTestId('opened-folder-path')).toHaveText(planned);
    await expect(page.getByTestId('restore-result')).toContainText(
      `The previous ledger is unchanged in ${harness.dataDir}`,
    );
    await expect(page.getByTestId('org-name')).toHaveText(YOUTH_UNION);
    await expect(page.getByTestId('data-folder')).toHaveText(planned);
    // The administrator's settings came along: the language is still English.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await shots(page, 'opened-en');
    await openSection(page, 'Dashboard');
    await expect(page.getByTestId('stat-people')).toContainText('73');

    // The county bureau's ledger is where it was, untouched.
    expect(cli('search', '中层干部工作群', '--data', harness.dataDir)).toContain('中层干部工作群');

    // The next start on the same data root opens the new folder. The app is closed first: one
    // process writes to a data folder at a time, and a second start beside it would be refused.
    await harness.stop();
    const again = await startHarness(harness.dataDir);
    try {
      await page.goto(again.url);
      await expect(page.getByTestId('org-name')).toHaveText(YOUTH_UNION, { timeout: 30_000 });
      await openSection(page, 'Snapshots');
      await expect(page.getByTestId('data-folder')).toHaveText(planned);
      // And the way back: the county bureau's ledger is listed, and opens.
      const others = page.getByTestId('other-folders');
      await expect(others).toContainText(COUNTY_BUREAU);
      await expect(others).toContainText(harness.dataDir);
      await others.getByRole('button', { name: `Open ${COUNTY_BUREAU}` }).click();
      await expect(page.getByTestId('org-name')).toHaveText(COUNTY_BUREAU);
      await expect(page.getByTestId('data-folder')).toHaveText(harness.dataDir);
      await expect(page.getByTestId('other-folders')).toContainText(YOUTH_UNION);
    } finally {
      await stopHarness(again.child);
    }
  } finally {
    cleanup();
  }
});

test('refusals: a damaged snapshot and one too large change nothing', async ({ page, harness }) => {
  test.slow();
  const { file, cleanup } = youthUnionSnapshot();
  const dir = mkdtempSync(join(tmpdir(), 'group-ledger-e2e-bad-'));
  try {
    await loadDemo(page, harness.url, 'vi', 'county-bureau');
    await openSection(page, 'Bản chụp');

    const damaged = join(dir, 'hong.json');
    writeFileSync(damaged, readFileSync(file, 'utf8').replace('"name":"Đoàn khối', '"name":"Đoàn khoi'));
    await chooseWithPicker(page, damaged);
    await expect(page.getByTestId('import-error')).toContainText('Mã kiểm tra của bản chụp không khớp');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    const huge = join(dir, 'qua-lon.json');
    writeFileSync(huge, Buffer.alloc(65 * 1024 * 1024, 0x20));
    await chooseWithPicker(page, huge);
    await expect(page.getByTestId('import-error')).toContainText('tối đa 64 MB');
    await shots(page, 'refused-vi');

    // Nothing was written: no copy, no new folder, the same organisation.
    expect(existsSync(join(harness.dataDir, 'backups'))).toBe(false);
    expect(existsSync(join(harness.dataDir, 'ledgers'))).toBe(false);
    await expect(page.getByTestId('org-name')).toHaveText(COUNTY_BUREAU);
  } finally {
    cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
});
