/**
 * Escalations (capability D) end to end: the county bureau's mis-posted confidential voice message
 * escalated twice and decided "解散", with the leadership report; and the youth union's off-topic
 * incident in a Zalo group, warned and closed, with the month's report.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, collectConsoleErrors, PICTURES, picture } from './harness';
import { choose, loadDemo, openGroup, openSection } from './helpers';

const OUT = join(process.cwd(), 'test-results', 'incidents');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Screenshots at both sizes (full page, so nothing cut off goes unseen). */
async function shots(page: Page, name: string, locale: string) {
  mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    if (!PICTURES) continue;
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(OUT, `${name}-${locale}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

const option = (page: Page, text: string) =>
  page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();

async function pick(page: Page, trigger: Locator, text: string) {
  await choose(page, trigger, option(page, text), () => expect(trigger).toContainText(text, { timeout: 1_000 }));
}

/** Types into a searching select and picks the first option that shows `text`. */
async function search(page: Page, trigger: Locator, query: string, text: string) {
  await trigger.click();
  await page.keyboard.type(query);
  // The options change as the search answers arrive: the choice is made again until it holds, as
  // `pick` does (incident-runbook's single click on an option being replaced left the field empty).
  await choose(page, trigger, option(page, text), () => expect(trigger).toContainText(text, { timeout: 1_000 }));
}

async function submitDialog(page: Page, kind: string) {
  await page.getByTestId('incident-dialog-submit').click();
  await expect(page.getByTestId(`incident-dialog-${kind}`)).toBeHidden();
}

test('incidents-zh: the mis-posted voice message, escalated twice, dissolution decided, report', async ({
  page,
  harness,
}) => {
  test.slow();
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
  await expect(page.getByTestId('dashboard-incidents')).toBeVisible();
  // The demo already holds the bureau's own incidents: this one adds to them.
  const openBefore = Number((await page.getByTestId('dashboard-incidents-open').innerText()).replace(/\D/g, ''));
  await openSection(page, '事件上报');
  await expect(page.getByTestId('page-escalations')).toBeVisible();

  await page.getByTestId('incident-new').click();
  const form = page.getByTestId('incident-form');
  await expect(page.getByTestId('incident-summary-warning')).toContainText('请勿粘贴聊天内容');
  await pick(page, form.getByTestId('incident-form-kind'), '误发涉密内容');
  await pick(page, form.getByTestId('incident-form-severity'), '特别严重');
  await search(page, form.getByTestId('incident-form-group'), '中层', '中层干部工作群');
  await form.getByTestId('incident-form-add-person').click();
  // Pinyin initials find the poster.
  const poster = '周文峰';
  await search(page, form.getByTestId('incident-person-select'), 'zwf', poster);
  await expect(form.getByTestId('incident-person-role')).toContainText('发布人');
  await form
    .getByTestId('incident-form-summary')
    .fill('有人在中层干部工作群误发一条涉密文件的语音说明，约两分钟后撤回，已报告。');
  await form.getByTestId('incident-form-docref').fill('办〔2026〕15号');
  await page.getByTestId('incident-form-submit').click();

  await expect(page.getByTestId('page-incident')).toBeVisible();
  await expect(page.getByTestId('incident-status')).toHaveText('待处理');
  await expect(page.getByTestId('incident-people')).toContainText(poster);
  // Status rules: no decision without a waiting step, no reopening of an open incident.
  await expect(page.getByTestId('incident-decide')).toBeDisabled();
  await expect(page.getByTestId('incident-reopen')).toBeDisabled();

  // Step 1: to the office director.
  await page.getByTestId('incident-escalate').click();
  await page.getByTestId('escalate-from-position').fill('群主');
  await page.getByTestId('escalate-to-position').fill('办公室主任');
  await page.getByTestId('escalate-request').fill('请示如何处置误发的涉密语音');
  await submitDialog(page, 'escalate');
  await expect(page.getByTestId('incident-status')).toHaveText('已上报');
  await expect(page.getByTestId('incident-close')).toBeDisabled();

  // Step 2: the office director takes it to the director (局长); "from" follows the last step.
  await page.getByTestId('incident-escalate').click();
  await expect(page.getByTestId('escalate-from-position')).toHaveValue('办公室主任');
  await page.getByTestId('escalate-to-position').fill('局长');
  await page.getByTestId('escalate-request').fill('请示是否解散该群');
  await submitDialog(page, 'escalate');
  await expect(page.getByTestId('incident-step')).toHaveCount(2);

  // Decisions: the office director passes it on, the director orders dissolution.
  await page.getByTestId('incident-decide').click();
  await expect(page.getByTestId('decide-by-position')).toHaveValue('办公室主任');
  await page.getByTestId('decide-decision').fill('同意报局长决定');
  await submitDialog(page, 'decide');
  await page.getByTestId('incident-decide').click();
  await expect(page.getByTestId('decide-by-position')).toHaveValue('局长');
  await page.getByTestId('decide-decision').fill('解散');
  await page.getByTestId('decide-docref').fill('局长办公会纪要〔2026〕3号');
  await submitDialog(page, 'decide');
  await expect(page.getByTestId('incident-status')).toHaveText('已决定');
  await expect(page.getByTestId('incident-steps').getByTestId('step-decision').last()).toHaveText('解散');
  await expect(page.getByTestId('incident-dismiss')).toBeDisabled();
  await expect(page.getByTestId('incident-history').getByTestId('history-item').first()).toBeVisible();
  await expect(page.getByTestId('incident-history')).toContainText('局长 决定：解散');
  await shots(page, 'incident', 'zh-CN');

  // The report for leadership.
  await page.getByTestId('incident-report').click();
  const paper = page.getByTestId('incident-report-paper');
  await expect(paper.getByTestId('report-step')).toHaveCount(2);
  await expect(paper).toContainText('办公室主任');
  await expect(paper).toContainText('局长');
  await expect(paper).toContainText('解散');
  await expect(paper.getByTestId('report-membership')).toContainText('人');
  await expect(paper.getByTestId('report-org')).not.toBeEmpty();
  await shots(page, 'report', 'zh-CN');
  await page.emulateMedia({ media: 'print' });
  await picture(page, { path: join(OUT, 'report-print-zh-CN.png'), fullPage: true });
  await expect(page.locator('.ant-layout-sider')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' }).catch(() => null);
  if (pdf) expect(pdf.length).toBeGreaterThan(1000);
  await page.emulateMedia({ media: 'screen' });

  // The list shows it, and finds it by pinyin initials of the summary.
  await openSection(page, '事件上报');
  await page.getByTestId('incident-search').fill('sm');
  await expect(page.getByTestId('incident-row')).toHaveCount(1);
  await expect(page.getByTestId('incident-row')).toContainText('特别严重');
  await shots(page, 'list', 'zh-CN');

  // The person's and the group's pages list it; the dashboard counts it as open.
  await page.getByTestId('incident-row').click();
  await page.getByTestId('incident-people').getByText(poster).click();
  await expect(
    page.getByTestId('person-incidents').getByTestId('incident-card-line').filter({ hasText: '涉密文件' }),
  ).toHaveCount(1);
  await expect(page.getByTestId('person-incidents')).toContainText('发布人');
  await shots(page, 'person', 'zh-CN');
  await page.goBack();
  await page.getByTestId('incident-facts').getByText('中层干部工作群').click();
  await expect(
    page.getByTestId('group-incidents').getByTestId('incident-card-line').filter({ hasText: '涉密文件' }),
  ).toHaveCount(1);
  await openSection(page, '工作台');
  await expect(page.getByTestId('dashboard-incidents-open')).toContainText(String(openBefore + 1));
  await shots(page, 'dashboard', 'zh-CN');
  expect(errors).toEqual([]);
});

test('incidents-vi: off-topic posts in a Zalo group, a warning, closed, the month report', async ({
  page,
  harness,
}) => {
  test.slow();
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'vi', 'youth-union');
  await openSection(page, 'Sự việc');
  await page.getByTestId('incident-new').click();
  const form = page.getByTestId('incident-form');
  await pick(page, form.getByTestId('incident-form-kind'), 'Ngoài lề hoặc spam');
  await pick(page, form.getByTestId('incident-form-severity'), 'Nhẹ');
  await search(page, form.getByTestId('incident-form-group'), 'BTV', 'BTV Đoàn khối');
  await form.getByTestId('incident-form-add-person').click();
  await search(page, form.getByTestId('incident-person-select'), 'nguyen trong nhan', 'Nguyễn Trọng Nhân');
  await form
    .getByTestId('incident-form-summary')
    .fill('Đăng liên tiếp nhiều tin mời chào bảo hiểm nhân thọ không liên quan công việc.');
  await page.getByTestId('incident-form-submit').click();
  await expect(page.getByTestId('page-incident')).toBeVisible();
  await expect(page.getByTestId('incident-status')).toHaveText('Mới');

  await page.getByTestId('incident-addAction').click();
  await pick(page, page.getByTestId('action-kind'), 'Nhắc nhở');
  await search(page, page.getByTestId('action-target'), 'nguyen trong nhan', 'Nguyễn Trọng Nhân');
  await page.getByTestId('action-note').fill('Đã nhắc nhở trực tiếp, cam kết không tái phạm');
  await submitDialog(page, 'addAction');
  await expect(page.getByTestId('incident-action')).toContainText('Nhắc nhở');

  await page.getByTestId('incident-close').click();
  await submitDialog(page, 'close');
  await expect(page.getByTestId('incident-status')).toHaveText('Đã đóng');
  await expect(page.getByTestId('incident-escalate')).toBeDisabled();
  await expect(page.getByTestId('incident-reopen')).toBeEnabled();
  await shots(page, 'incident', 'vi');

  // Unaccented Vietnamese finds it in the list.
  await openSection(page, 'Sự việc');
  await page.getByTestId('incident-search').fill('bao hiem nhan tho');
  await expect(page.getByTestId('incident-row')).toHaveCount(1);
  await shots(page, 'list', 'vi');
  await page.getByTestId('incident-search').fill('');

  await page.getByTestId('incidents-period-report').click();
  const paper = page.getByTestId('incident-report-paper');
  // This month's report holds this incident (and any other the demo recorded this month).
  expect(Number(await paper.getByTestId('report-total').innerText())).toBeGreaterThanOrEqual(1);
  await expect(paper.getByTestId('report-by-kind')).toContainText('Ngoài lề hoặc spam');
  await expect(paper.getByTestId('report-incident').filter({ hasText: 'bảo hiểm nhân thọ' })).toContainText('Nhắc nhở');
  await expect(paper.getByTestId('report-membership')).toContainText('người');
  await shots(page, 'report', 'vi');

  // The group's page lists the incident.
  await openGroup(page, 'Nhóm', 'BTV', 'BTV Đoàn khối');
  await expect(
    page.getByTestId('group-incidents').getByTestId('incident-card-line').filter({ hasText: 'bảo hiểm nhân thọ' }),
  ).toHaveCount(1);
  expect(errors).toEqual([]);
});
