/**
 * Groups have a life (issue 9 "ad-hoc lifecycle", issue 11 point 6), end to end in the real UI.
 * In Vietnamese: the youth union's expired task group is found on the dashboard, its dissolution
 * planned there in one click, authorised, started and walked with the keyboard (Enter, one S with
 * a reason, F with a note on the owner, who comes last); the group is left "dissolving" and says
 * so; the rest is planned from the dashboard again and walked, the group ends dissolved, both
 * reports are printed to PDF and read back, and the group is archived. In Chinese: the groups
 * list's "expired" filter, the group page's banner, archive refused while people are in the group,
 * and the end date extended with a typed ISO date.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, collectConsoleErrors, PICTURES } from './harness';
import { loadDemo, openSection, pdfText } from './helpers';

const OUT = join(process.cwd(), 'test-results');
const TASK_GROUP = 'Tổ giúp việc Hội thi Tin học trẻ';

/** Screenshots at the two sizes an office screen has, into test-results/ (looked at by hand). */
async function shots(page: Page, name: string, fullPage: boolean) {
  mkdirSync(OUT, { recursive: true });
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    if (!PICTURES) continue;
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, `adhoc-${name}-${width}x${height}.png`), fullPage });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** The walk's "n / N". */
async function progress(page: Page): Promise<number> {
  const text = (await page.getByTestId('walk-progress').textContent()) ?? '';
  return Number(/^(\d+)/.exec(text.trim())?.[1] ?? NaN);
}

/** Walk total from "n / N". */
async function total(page: Page): Promise<number> {
  return Number(/\/ (\d+)/.exec((await page.getByTestId('walk-progress').textContent())!)![1]);
}

/** Presses a key and waits for the registry's answer: the progress moves, or the walk finishes. */
async function press(page: Page, key: string, last = false) {
  const before = await progress(page);
  await page.keyboard.press(key);
  if (last) await expect(page.getByTestId('page-runbook')).toHaveAttribute('data-state', 'finished');
  else await expect(page.getByTestId('walk-progress')).toHaveText(new RegExp(`^${before + 1} `));
}

/** The report on paper: emulated print, Chromium's PDF, pdftotext; whitespace dropped (raw order). */
async function printedText(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('main-menu')).toBeHidden();
  await expect(page.getByTestId('runbook-print')).toBeHidden();
  const pdf = join(OUT, `adhoc-${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  return pdfText(pdf, 'raw').replace(/\s+/g, '');
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** Plans from the dialog the dashboard opened: the reason is already there; authorise by position. */
async function authorise(page: Page, position: string) {
  await expect(page.getByTestId('plan-reason')).toBeFocused();
  await page.getByTestId('plan-position').fill(position);
  await page.getByTestId('plan-position').press('Enter');
  await expect(page.getByTestId('page-runbook')).toHaveAttribute('data-state', 'draft');
  await expect(page.getByTestId('runbook-start')).toBeVisible();
  // Start has the focus: Enter takes the snapshot and opens the walk.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-runbook')).toHaveAttribute('data-state', 'in_progress');
}

test('adhoc-dissolve-vi: the expired task group, from the dashboard to dissolved, archived and on paper', async ({
  page,
  harness,
}) => {
  test.slow();
  test.setTimeout(600_000);
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'vi', 'youth-union');

  // The dashboard: the expired task group, and the one still running in the next 14 days.
  const panel = page.getByTestId('adhoc-groups');
  const line = panel.getByTestId('expired-group').filter({ hasText: TASK_GROUP });
  await expect(line).toHaveCount(1);
  await expect(line).toContainText(/Đã hết hạn ngày \d{2}\/\d{2}\/\d{4}/);
  await expect(line).toContainText('thành viên');
  await expect(panel.getByTestId('ending-groups')).toContainText('Tổ công tác Hội thao Đoàn khối');
  await expect(page.getByTestId('lapsed-exceptions')).toContainText('Không có ngoại lệ nào đã quá hạn rà soát.');
  await panel.scrollIntoViewIfNeeded();
  await shots(page, 'dashboard-vi', false);

  // One click: the plan dialog of the operations feature, the reason already written.
  await line.getByTestId('plan-dissolution').click();
  await expect(page.getByTestId('plan-reason')).toHaveValue(/^Nhiệm vụ đã kết thúc ngày \d{2}\/\d{2}\/\d{4}$/);
  await expect(page.getByTestId('plan-modal')).toContainText(`Lập kế hoạch giải thể ${TASK_GROUP}`);
  await authorise(page, 'Bí thư Đoàn khối');
  await expect(page.getByTestId('runbook-name')).toContainText(TASK_GROUP);

  // While it runs, the dashboard links to it instead of offering a second plan.
  await openSection(page, 'Tổng quan');
  const held = page.getByTestId('expired-group').filter({ hasText: TASK_GROUP });
  await expect(held.getByTestId('plan-dissolution')).toHaveCount(0);
  await expect(held.getByTestId('open-dissolution')).toHaveText('Đang giải thể');
  await held.getByTestId('open-dissolution').click();
  await expect(page.getByTestId('page-runbook')).toHaveAttribute('data-state', 'in_progress');
  await expect(page.getByTestId('walk-progress')).toHaveText(/^0 \//);

  // The walk, keyboard only: Enter for most, S with a reason for the third, F with a note on the owner.
  const steps = await total(page);
  expect(steps).toBeGreaterThanOrEqual(8);
  let skipped = '';
  let owner = '';
  for (let i = 0; i < steps; i++) {
    const name = (await page.getByTestId('walk-name').textContent())!.trim();
    const isOwner = await page.getByTestId('walk-step').locator('[data-role="owner"]').isVisible();
    // The owner is last, and only last.
    expect(isOwner).toBe(i === steps - 1);
    if (i === 2) {
      skipped = name;
      await page.keyboard.press('s');
      await expect(page.getByTestId('walk-note')).toBeFocused();
      await page.keyboard.type('Đang đi học tập trung, chưa liên lạc được');
      await press(page, 'Enter');
    } else if (isOwner) {
      owner = name;
      await page.keyboard.press('f');
      await expect(page.getByTestId('walk-note')).toBeFocused();
      await page.keyboard.type('Zalo báo lỗi khi rời nhóm, sẽ thử lại');
      await press(page, 'Enter', true);
    } else {
      await press(page, 'Enter', false);
    }
  }

  // Ended with a step skipped and one failed: the group stays dissolving, and the page says so.
  await expect(page.getByTestId('runbook-report')).toContainText('nhóm vẫn ở trạng thái “đang giải thể”');
  await expect(page.getByTestId('report-skipped')).toContainText(skipped);
  await expect(page.getByTestId('report-skipped')).toContainText('Đang đi học tập trung');
  await expect(page.getByTestId('report-failed')).toContainText(owner);
  await expect(page.getByTestId('report-failed')).toContainText('Zalo báo lỗi khi rời nhóm');
  const first = await printedText(page, 'first-vi');
  for (const text of [TASK_GROUP, skipped, owner, 'Đang đi học tập trung', 'Zalo báo lỗi', 'đang giải thể']) {
    expect(first).toContain(squash(text));
  }
  expect(first).not.toMatch(/group-|person-|runbook-/);

  // Back on the dashboard the group is still past its end date, dissolving, with two people left.
  await openSection(page, 'Tổng quan');
  const rest = page.getByTestId('expired-group').filter({ hasText: TASK_GROUP });
  await expect(rest).toContainText('giải thể chưa xong');
  await expect(rest).toContainText('2 thành viên');
  await rest.getByTestId('plan-dissolution').click();
  await expect(page.getByTestId('plan-modal')).toContainText('Trong nhóm còn 2 người');
  await authorise(page, 'Bí thư Đoàn khối');
  expect(await total(page)).toBe(2);
  await expect(page.getByTestId('walk-name')).toHaveText(skipped);
  await press(page, 'Enter');
  await expect(page.getByTestId('walk-name')).toHaveText(owner);
  await press(page, 'Enter', true);
  await expect(page.getByTestId('report-people').locator('.ant-table-row')).toHaveCount(2);
  await expect(page.getByTestId('runbook-report')).not.toContainText('đang giải thể');
  await shots(page, 'report-rest-vi', true);

  // The report on paper: the two people, the organisation, page numbers, no internal ids.
  const second = await printedText(page, 'rest-vi');
  for (const text of [TASK_GROUP, skipped, owner, 'Báo cáo tác vụ', 'Đoàn khối các cơ quan']) {
    expect(second).toContain(squash(text));
  }
  expect(second).toMatch(/1\/\d/);
  expect(second).not.toMatch(/group-|person-|runbook-/);

  // The group: dissolved, its history showing each status move; archived from its banner.
  await openSection(page, 'Tổng quan');
  await expect(page.getByTestId('expired-group').filter({ hasText: TASK_GROUP })).toHaveCount(0);
  await openSection(page, 'Nhóm');
  await page.getByTestId('groups-search').fill('tin hoc tre');
  // The list filters as it is typed: wait for the row, not for whatever row is first meanwhile.
  await page.getByTestId('groups-table').locator('.ant-table-row', { hasText: TASK_GROUP }).first().click();
  await expect(page.getByTestId('group-name')).toContainText(TASK_GROUP);
  const banner = page.getByTestId('lifecycle-banner');
  await expect(banner).toHaveAttribute('data-status', 'dissolved');
  const history = page.getByTestId('group-history');
  await expect(history).toContainText('Đang hoạt động → Đang giải thể');
  await expect(history).toContainText('Đang giải thể → Đã giải thể');
  await banner.getByTestId('archive-group').click();
  await page.getByTestId('archive-reason').fill('Đã tổng kết hội thi, hồ sơ đã lưu');
  await page.getByTestId('archive-reason').press('Enter');
  await expect(banner).toHaveAttribute('data-status', 'archived');
  await expect(history).toContainText('Đã giải thể → Đã lưu trữ');
  await expect(history).toContainText('Đã tổng kết hội thi');
  await shots(page, 'group-archived-vi', false);
  expect(errors).toEqual([]);
});

test('adhoc-expired-zh: the expired filter, the banner, archive refused, the end date extended', async ({
  page,
  harness,
}) => {
  test.slow();
  test.setTimeout(420_000);
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'zh-CN', 'youth-union');
  await openSection(page, '工作群');
  const table = page.getByTestId('groups-table');
  // The rows in view are drawn once the table knows its height: wait for them before counting.
  await expect(table.locator('.ant-table-row').first()).toBeVisible();
  const all = await table.locator('.ant-table-row').count();
  expect(all).toBeGreaterThan(2);

  // The status filter offers "expired" beside the four statuses.
  const filterExpired = async () => {
    await table.locator('th', { hasText: '状态' }).locator('.ant-table-filter-trigger').click();
    const dropdown = page.locator('.ant-table-filter-dropdown');
    for (const status of ['在用', '解散中', '已解散', '已归档', '14 天内到期']) {
      await expect(dropdown.getByText(status, { exact: true })).toBeVisible();
    }
    await dropdown.getByText('已到期（已过结束日期）', { exact: true }).click();
    await dropdown.getByRole('button', { name: '确定' }).click();
  };
  await filterExpired();
  await expect(table.locator('.ant-table-row')).toHaveCount(1);
  const row = table.locator('.ant-table-row').first();
  await expect(row).toContainText(TASK_GROUP);
  await expect(row.getByTestId('expired-tag')).toHaveText('已到期');
  await expect(page.getByTestId('groups-count')).toHaveText(`显示 1 个群，共 ${all} 个`);
  await shots(page, 'groups-expired-zh-CN', false);

  // The group page: tag, banner, and archive refused while people are still in it.
  await row.click();
  await expect(page.getByTestId('group-name')).toContainText(TASK_GROUP);
  await expect(page.getByTestId('expired-tag')).toBeVisible();
  const banner = page.getByTestId('lifecycle-banner');
  await expect(banner).toHaveAttribute('data-expired', 'true');
  await expect(banner).toContainText(/任务已于 \d{4}年\d{1,2}月\d{1,2}日 结束：此临时群已过结束日期。/);
  await expect(banner.getByTestId('archive-group')).toBeDisabled();
  await banner.getByTestId('archive-blocked').hover();
  await expect(page.getByRole('tooltip')).toContainText(/只有群内已无成员或已解散的群才能归档：群内还有 \d+ 人。/);
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toBeHidden();
  await shots(page, 'group-expired-zh-CN', false);

  // Extend the end date: an ISO date typed in the Chinese UI is understood.
  const next = new Date(Date.now() + 30 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}`;
  const shown = `${next.getFullYear()}年${next.getMonth() + 1}月${next.getDate()}日`;
  await banner.getByTestId('extend-end-date').click();
  const picker = page.getByTestId('extend-date');
  await expect(picker).toBeFocused();
  await page.getByTestId('extend-reason').fill('颁奖仪式推迟到下月');
  await picker.click();
  await picker.fill(iso);
  // Enter takes the typed date and saves.
  await picker.press('Enter');
  // The dialog closes once the registry has committed (slow on a loaded machine).
  await expect(page.getByTestId('extend-date')).toBeHidden({ timeout: 30_000 });
  await expect(page.getByTestId('lifecycle-banner')).toHaveCount(0);
  await expect(page.getByTestId('expired-tag')).toHaveCount(0);
  await expect(page.getByTestId('group-overview')).toContainText(shown);
  const history = page.getByTestId('group-history');
  await expect(history).toContainText('延长结束日期');
  await expect(history).toContainText(`→ ${shown}`);
  await expect(history).toContainText('颁奖仪式推迟到下月');

  // The list has no expired group any more; the dashboard neither.
  await openSection(page, '工作群');
  await filterExpired();
  await expect(table.locator('.ant-table-row')).toHaveCount(0);
  await openSection(page, '工作台');
  await expect(page.getByTestId('expired-groups')).toHaveAttribute('data-total', '0');
  expect(errors).toEqual([]);
});
