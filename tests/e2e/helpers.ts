/** Steps shared by the end-to-end tests, written against what the admin sees. */
import { spawnSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { expect } from './harness';

export type UiLocale = 'zh-CN' | 'vi' | 'en';

/** Who signs the changes the tests make, as an administrator would type it on first run. */
export const ADMIN_NAME: Record<UiLocale, string> = {
  'zh-CN': '张敏 办公室',
  vi: 'Trần Minh Anh, văn phòng',
  en: 'Alex Morgan, office',
};

export const LANGUAGE_LABEL: Record<UiLocale, string> = { 'zh-CN': '简体中文', vi: 'Tiếng Việt', en: 'English' };

/** First run: pick the language, choose a demo and load it; ends on the dashboard. */
export async function loadDemo(page: Page, url: string, locale: UiLocale, demo: 'county-bureau' | 'youth-union') {
  await page.goto(url);
  // A fresh harness's first paint can take longer than the expect timeout on a loaded machine.
  await expect(page.getByTestId('first-run')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('first-run-language').getByText(LANGUAGE_LABEL[locale], { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await page.getByTestId('first-run-admin-name').fill(ADMIN_NAME[locale]);
  await page.getByTestId(`demo-${demo}`).click();
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('page-dashboard')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('stat-people')).toBeVisible();
}

/** Clicks a section in the left menu by its (translated) label. */
export async function openSection(page: Page, label: string) {
  // A dialog left over the page would take the click: say so here instead of retrying the click
  // until the test times out (seen in CI: an Escape meant for the incident form, taken by its select).
  await expect(page.locator('.ant-modal-wrap:visible'), 'no dialog is left open over the page').toHaveCount(0);
  await page.getByTestId('main-menu').getByRole('menuitem', { name: label }).click();
}

/** Groups page: search, then open the group whose name is shown. */
export async function openGroup(page: Page, groupsLabel: string, query: string, name: string) {
  await openSection(page, groupsLabel);
  await expect(page.getByTestId('page-groups')).toBeVisible();
  await page.getByTestId('groups-search').fill(query);
  const row = page.getByTestId('groups-table').locator('.ant-table-row', { hasText: name }).first();
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByTestId('group-name')).toHaveText(name);
}

export async function memberCount(page: Page): Promise<number> {
  const tag = page.getByTestId('member-count');
  await expect(tag).toBeVisible();
  return Number(await tag.getAttribute('data-count'));
}

/**
 * Picks an entry of a popup (select option, date preset) and waits for its effect. Popups animate
 * open; on a loaded machine a click can land while the list is still settling and be lost, so the
 * open–click–check cycle is retried until the effect shows (or the time runs out).
 */
export async function choose(
  page: Page,
  trigger: Locator,
  option: Locator,
  effect: () => Promise<void>,
  timeout = 20_000,
) {
  await expect(async () => {
    if (!(await option.isVisible())) await trigger.click();
    await option.click({ timeout: 3_000 });
    await effect();
  }).toPass({ timeout, intervals: [250, 500, 1000] });
}

/**
 * The text of a PDF as pdftotext (poppler-utils, installed by .ci/run) reads it, pages in order:
 * `layout` keeps columns apart, `raw` keeps Vietnamese letters with their marks.
 */
export function pdfText(path: string, mode: 'layout' | 'raw' = 'layout'): string {
  const result = spawnSync('pdftotext', [`-${mode}`, path, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr || result.error}`);
  return result.stdout;
}
