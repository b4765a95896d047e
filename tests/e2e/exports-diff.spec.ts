/**
 * Exports people use and the Diff page, in Chinese: the 中层干部工作群 member list exported to XLSX
 * as of 2019-03-04 and as of today, each read back with exceljs (22 and 100 people); then two
 * snapshots around a removal and the end of a prune compared on the Diff page, which shows exactly
 * the removed people with their reasons. Screenshots of the Diff page at 1366×768 and 1920×1080.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, collectConsoleErrors, SCREENSHOTS, picture } from './harness';
import { loadDemo, memberCount, openGroup, openSection } from './helpers';

const MIDDLE = '中层干部工作群';
/** The demo's paused prune (3 of 6 people removed): walked to its end between the two snapshots. */
const REGISTRY_GROUP = '不动产登记中心业务群';

/** Exports the members shown (XLSX) and returns the data rows of the downloaded workbook. */
async function exportMembers(page: Page, dir: string, name: string): Promise<ExcelJS.CellValue[][]> {
  await page.getByTestId('members-export').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('members-export-xlsx').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^中层干部工作群-成员名单-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const path = join(dir, name);
  await download.saveAs(path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.worksheets[0]!;
  expect(sheet.getRow(1).getCell(2).value).toBe('姓名');
  return sheet
    .getSheetValues()
    .filter((row): row is ExcelJS.CellValue[] => Array.isArray(row))
    .slice(1);
}

async function snapshotNow(page: Page): Promise<string> {
  await openSection(page, '快照');
  await page.getByTestId('export-snapshot').click();
  const path = page.getByTestId('snapshot-path');
  await expect(path).toBeVisible();
  return (await path.textContent())!.trim();
}

test('exports-diff: member lists on two days as XLSX, and two snapshots around a removal and a prune', async ({
  page,
  harness,
}) => {
  test.slow();
  const errors = collectConsoleErrors(page);
  const out = join(harness.dataDir, 'e2e-downloads');
  mkdirSync(out, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
  const before = await snapshotNow(page);

  // The member list on the founding day and today, as workbooks.
  await openGroup(page, '工作群', '中层干部', MIDDLE);
  await page.getByTestId('as-of-picker').click();
  await page.keyboard.type('2019-03-04');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('as-of-banner')).toContainText('2019年3月4日');
  expect(await memberCount(page)).toBe(22);
  const founding = await exportMembers(page, out, 'founding.xlsx');
  expect(founding).toHaveLength(22);
  expect(founding.every((row) => row[7] instanceof Date)).toBe(true); // joined on: a date cell
  await page.getByTestId('as-of-reset').click();
  await expect.poll(() => memberCount(page), { timeout: 30_000 }).toBe(100);
  const today = await exportMembers(page, out, 'today.xlsx');
  expect(today).toHaveLength(100);
  expect(new Set(today.map((row) => row[2])).size).toBe(100);

  // One member outside the charter leaves; a second snapshot.
  await page
    .getByTestId('eligibility-filter')
    .getByText(/^超出范围/)
    .click();
  const target = page.getByTestId('members-table').locator('.ant-table-row').first();
  await expect(target.getByTestId('eligibility')).toHaveAttribute('data-eligibility', 'outside');
  const name = (await target.locator('.ant-table-cell').first().innerText()).trim();
  await target.getByTestId('remove-member').click();
  await page.getByTestId('remove-reason').fill('调往乡镇任职');
  await page.getByTestId('remove-confirm').click();
  await expect.poll(() => memberCount(page), { timeout: 30_000 }).toBe(99);

  // The paused prune of the registry group is walked to its end: its last three people removed.
  await openSection(page, '批量操作');
  await page
    .getByTestId('operations-table')
    .locator('.ant-table-row', { hasText: REGISTRY_GROUP })
    .first()
    .click();
  await page.getByTestId('walk-resume').click();
  await expect(page.getByTestId('page-runbook')).toHaveAttribute('data-state', 'in_progress');
  const pruned: string[] = [];
  const remaining = 3;
  for (let i = 0; i < remaining; i++) {
    const next = (await page.getByTestId('walk-name').textContent())!.trim();
    pruned.push(next);
    await page.keyboard.press('Enter');
    if (i < remaining - 1) await expect(page.getByTestId('walk-name')).not.toHaveText(next);
  }
  await expect(page.getByTestId('page-runbook')).toHaveAttribute('data-state', 'finished');
  const after = await snapshotNow(page);

  // The Diff page: snapshot before → snapshot after.
  await openSection(page, '变更对比');
  await expect(page.getByTestId('page-diff')).toBeVisible();
  for (const [which, file] of [
    ['from', before],
    ['to', after],
  ] as const) {
    await page.getByTestId(`diff-${which}-kind-snapshot`).click();
    await page.getByTestId(`diff-${which}-input`).setInputFiles(file);
    await expect(page.getByTestId(`diff-${which}-file`)).toContainText(file.split('/').pop()!);
  }
  await page.getByTestId('diff-run').click();
  await expect(page.getByTestId('diff-title')).toContainText('快照');
  // Exactly the people who left: the one removed by hand, and the three the prune removed, each
  // with its reason; nobody joined.
  const groups = page.getByTestId('diff-group');
  await expect(groups).toHaveCount(2);
  const middle = groups.and(page.locator(`[data-group="${MIDDLE}"]`));
  const left = middle.getByTestId('diff-left').locator('.ant-table-row');
  await expect(left).toHaveCount(1);
  await expect(left).toContainText(name);
  await expect(left).toContainText('调往乡镇任职');
  const prunedRows = groups
    .and(page.locator(`[data-group="${REGISTRY_GROUP}"]`))
    .getByTestId('diff-left')
    .locator('.ant-table-row');
  await expect(prunedRows).toHaveCount(remaining);
  for (const person of pruned) await expect(prunedRows.filter({ hasText: person })).toHaveCount(1);
  await expect(prunedRows.filter({ hasText: '按群章程清理' })).toHaveCount(remaining);
  await expect(groups.getByTestId('diff-joined')).toHaveCount(0);
  await expect(page.getByTestId('diff-total-left')).toContainText(String(1 + remaining));
  await expect(page.getByTestId('page-diff')).not.toContainText(/person-|group-/);

  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    // Nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await picture(page, { path: join(SCREENSHOTS, `exports-diff-diff-zh-CN-${width}.png`), fullPage: true });
  }
  expect(errors).toEqual([]);
});
