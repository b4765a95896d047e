/**
 * Incident kinds edited in Settings (issue 10: "the list editable in settings") and the days after
 * which a waiting escalation is called out: in zh-CN, the administrator adds a kind in their own
 * words (a duplicate of a built-in kind is refused with a message), records an incident with it,
 * finds it by the kind filter and in the month's report, renames it, retires it (no longer offered,
 * the incident still reads it) and hides a built-in kind; then sets N and the dashboard follows.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, collectConsoleErrors, PICTURES } from './harness';
import { choose, loadDemo, openSection } from './helpers';

const OUT = join(process.cwd(), 'test-results');

async function shots(page: Page, name: string) {
  mkdirSync(OUT, { recursive: true });
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    if (!PICTURES) continue;
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(OUT, `incident-kinds-${name}-${width}x${height}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

const option = (page: Page, text: string) =>
  page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();
const options = (page: Page) => page.locator('.ant-select-dropdown:visible .ant-select-item-option');

async function pick(page: Page, trigger: Locator, text: string) {
  await choose(page, trigger, option(page, text), () => expect(trigger).toContainText(text, { timeout: 1_000 }));
}

const kindRow = (page: Page, name: string) =>
  page.getByTestId('kind-row').filter({ has: page.getByTestId('kind-name').getByText(name, { exact: true }) });

test('incident-kinds: add, use, rename, retire and hide kinds in Settings; N days on the dashboard', async ({
  page,
  harness,
}) => {
  // A loaded build machine answers each step in seconds; the whole tour is the test.
  test.setTimeout(480_000);
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
  await openSection(page, '设置');
  const card = page.getByTestId('incident-kinds');
  await expect(card.getByTestId('kind-row')).toHaveCount(6);
  await expect(card).toContainText('误发涉密内容');

  // A built-in kind's name, and an empty name, are refused with a message; nothing is added.
  await card.getByTestId('kind-add-input').fill('争吵');
  await card.getByTestId('kind-add').click();
  await expect(card).toContainText('已有名为“争吵”的类型。');
  await card.getByTestId('kind-add-input').fill('   ');
  await card.getByTestId('kind-add-input').press('Enter');
  await expect(card).toContainText('请填写类型名称。');
  await card.getByTestId('kind-add-input').fill('发广告');
  await card.getByTestId('kind-add-input').press('Enter');
  await expect(kindRow(page, '发广告')).toContainText('自行添加');
  await expect(card.getByTestId('kind-row')).toHaveCount(7);
  // The same name with other spaces and case is the same kind.
  await card.getByTestId('kind-add-input').fill(' 发广告 ');
  await card.getByTestId('kind-add-input').press('Enter');
  await expect(card).toContainText('已有名为“发广告”的类型。');
  await expect(card.getByTestId('kind-row')).toHaveCount(7);
  await shots(page, 'settings');

  // An incident of that kind, recorded from the escalations page.
  await openSection(page, '事件上报');
  await page.getByTestId('incident-new').click();
  const form = page.getByTestId('incident-form');
  await pick(page, form.getByTestId('incident-form-kind'), '发广告');
  await pick(page, form.getByTestId('incident-form-severity'), '一般');
  await form.getByTestId('incident-form-summary').fill('有人在群里连续转发商品广告，已提醒');
  await page.getByTestId('incident-form-submit').click();
  await expect(page.getByTestId('page-incident')).toBeVisible();
  await expect(page.getByTestId('page-incident')).toContainText('发广告');

  // The list shows it and its filter finds it; the month's report counts it by its name.
  await openSection(page, '事件上报');
  await pick(page, page.getByTestId('incident-filter-kind'), '发广告');
  await expect(page.getByTestId('incident-row')).toHaveCount(1);
  await expect(page.getByTestId('incident-row')).toContainText('发广告');
  await shots(page, 'escalations');
  await page.getByTestId('incidents-period-report').click();
  await expect(page.getByTestId('report-by-kind')).toContainText('发广告');
  await expect(page.getByTestId('report-by-kind').locator('tr', { hasText: '发广告' })).toContainText('1');

  // Renamed and retired in Settings: the incident reads the new name; the form no longer offers it.
  await openSection(page, '设置');
  await kindRow(page, '发广告').getByTestId('kind-rename').click();
  await page.getByTestId('kind-rename-input').fill('转发商品广告');
  await page.getByTestId('kind-rename-input').press('Enter');
  await expect(kindRow(page, '转发商品广告')).toBeVisible();
  await kindRow(page, '转发商品广告').getByTestId('kind-toggle').click();
  await expect(kindRow(page, '转发商品广告').getByTestId('kind-retired')).toHaveText('已停用');
  // A built-in kind is hidden, not deleted: it has no rename.
  await kindRow(page, '成员范围失控').getByTestId('kind-toggle').click();
  await expect(kindRow(page, '成员范围失控').getByTestId('kind-retired')).toHaveText('已隐藏');
  await expect(kindRow(page, '成员范围失控').getByTestId('kind-rename')).toHaveCount(0);
  await shots(page, 'settings-retired');

  await openSection(page, '事件上报');
  await page.getByTestId('incident-row').filter({ hasText: '有人在群里连续转发商品广告' }).click();
  await expect(page.getByTestId('page-incident')).toContainText('转发商品广告');
  await openSection(page, '事件上报');
  await page.getByTestId('incident-new').click();
  await form.getByTestId('incident-form-kind').click();
  await expect(option(page, '争吵')).toBeVisible();
  const offered = await options(page).allInnerTexts();
  expect(offered).not.toContain('转发商品广告');
  expect(offered).not.toContain('成员范围失控');
  await page.keyboard.press('Escape');
  await expect(options(page)).toHaveCount(0);
  // The second Escape closes the form. Pressed while the list is still closing (60 ms after the
  // first, seen in CI), the select takes it for itself and the form stays: press again, as a person
  // would, until the dialog is gone.
  const dialog = page.getByRole('dialog');
  await expect(async () => {
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden({ timeout: 1_000 });
  }).toPass();
  await expect(form).toBeHidden();

  // N days: the dashboard calls out escalations waiting longer than the days set.
  await openSection(page, '设置');
  await page.getByTestId('settings-wait-days').fill('400');
  await page.getByTestId('settings-wait-days-save').click();
  await expect(page.getByText('请输入 1 到 365 之间的整数天数。')).toBeVisible();
  await page.getByTestId('settings-wait-days').fill('30');
  await page.getByTestId('settings-wait-days-save').click();
  await expect(page.getByText('请输入 1 到 365 之间的整数天数。')).toBeHidden();
  await openSection(page, '工作台');
  await expect(page.getByTestId('dashboard-incidents')).toContainText('30 天');
  // Kept across a reload (a preference).
  await page.reload();
  await expect(page.getByTestId('dashboard-incidents')).toContainText('30 天', { timeout: 30_000 });
  expect(errors).toEqual([]);
});
