/**
 * Ctrl+K finds incidents by words of their summary (issue 10), typed the way names are: in zh-CN
 * by pinyin initials or in full, several words in any order; in Vietnamese without accents. Each
 * hit shows the day, the kind and the start of the summary; Enter opens the incident. Keyboard only.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, collectConsoleErrors, PICTURES } from './harness';
import { loadDemo } from './helpers';

const OUT = join(process.cwd(), 'test-results');

/** The palette's list once it answers `query`: every row, and the incident hits among them. */
async function searchPalette(page: Page, query: string) {
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('palette-input')).toBeFocused();
  await page.keyboard.type(query);
  const hits = page.getByTestId('palette-section-incidents').getByTestId('palette-hit');
  return hits;
}

async function shots(page: Page, name: string) {
  mkdirSync(OUT, { recursive: true });
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    if (!PICTURES) continue;
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, `search-incidents-${name}-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('search-incidents: a word of the summary in pinyin initials finds the incident in zh-CN', async ({
  page,
  harness,
}) => {
  test.slow();
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');

  // 表情包 (biao qing bao) is in the summary of the mis-posted voice message, and in nothing else.
  const hits = await searchPalette(page, 'bqb');
  await expect(hits).toHaveCount(1);
  const hit = hits.first();
  await expect(hit.getByTestId('palette-incident-kind')).toHaveText('误发涉密内容');
  await expect(hit.getByTestId('palette-incident-summary')).toContainText('规划股一位同事午休时误把A领导');
  await expect(hit.getByTestId('palette-incident-date')).toHaveText(/\d/);
  await expect(hit).not.toContainText(/incident-|group-|person-/);
  // The incident is the first thing the list offers: Enter opens it.
  await expect(page.getByRole('option').first()).toHaveAttribute('data-source', 'incidents');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await shots(page, 'initials');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-incident')).toBeVisible();
  await expect(page.getByTestId('page-incident')).toContainText('超过撤回时限后连发十多分钟表情包刷屏');

  // Full pinyin, and two words of the summary in another order: 约架 … 围观 (yuejia, wg).
  await searchPalette(page, 'yuejia');
  await expect(hits).toHaveCount(1);
  await expect(hits.first().getByTestId('palette-incident-kind')).toHaveText('争吵');
  await page.getByTestId('palette-input').fill('wg yj');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('执法监察大队与城关自然资源所的两位同事');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-incident')).toContainText('“约架”');

  // Nothing found says so, in the UI language.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('zzqqxx');
  await expect(page.getByTestId('palette-list')).toContainText('台账中没有与“zzqqxx”匹配的内容');
  await page.keyboard.press('Escape');
  expect(errors).toEqual([]);
});

test('search-incidents-vi: Vietnamese words typed without accents find the off-topic post', async ({
  page,
  harness,
}) => {
  test.slow();
  await loadDemo(page, harness.url, 'vi', 'youth-union');
  const hits = await searchPalette(page, 'quang cao ban hang');
  await expect(hits).toHaveCount(1);
  await expect(hits.first().getByTestId('palette-incident-kind')).toHaveText('Ngoài lề hoặc spam');
  await expect(hits.first().getByTestId('palette-incident-summary')).toContainText('Một đoàn viên đăng liên tiếp');
  await shots(page, 'vi');
  await hits.first().click();
  await expect(page.getByTestId('page-incident')).toContainText('quảng cáo bán hàng cá nhân');
});
