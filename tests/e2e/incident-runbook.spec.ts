/**
 * From an incident to its runbook and back, in zh-CN, on a computer in China's time zone: record
 * the mis-posted voice message, escalate it twice, record leader A's decision, plan the dissolution
 * from that decision (the dialog filled in from it; the demo's own draft holds the group, so it is
 * linked instead), change the draft, see a change refused once another window has started it,
 * walk a few people, open the incident from the runbook, cancel, export the report as a PDF and
 * read it back, then the director's incident report with the runbook's state and outcome.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect as baseExpect, collectConsoleErrors, PICTURES } from './harness';
import { ADMIN_NAME, choose, loadDemo, openSection, pdfText } from './helpers';

// The build machine is shared and loaded (a re-render of a 100-step table can take seconds).
const expect = baseExpect.configure({ timeout: 30_000 });

const OUT = join(process.cwd(), 'test-results', 'incident-runbook');
const ZONE = 'Asia/Shanghai';
const LEADER_A = '赵玉';
const GROUP = '中层干部工作群';
const DECISION = '解散中层干部工作群，另按部门建群';
const DECISION_DOC = 'A领导批示〔2026〕1号';
const SUMMARY = '规划股一位同事误把领导间评论的语音发到中层干部工作群，已过撤回时限，随后有人刷表情想盖住。';

// The office PC is in China: the browser and the harness (which writes the PDF and says what day
// it is) share its time zone, as the app's window and its main process do.
test.use({ timezoneId: ZONE });
let savedZone: string | undefined;
test.beforeAll(() => {
  savedZone = process.env.TZ;
  process.env.TZ = ZONE;
});
test.afterAll(() => {
  if (savedZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedZone;
});

/** Screenshots at both office sizes; a dialog is shot as the screen shows it (not the full page). */
async function shots(page: Page, name: string, fullPage = true) {
  mkdirSync(OUT, { recursive: true });
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    if (!PICTURES) continue;
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(OUT, `${name}-${size.width}.png`), fullPage });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

const option = (page: Page, text: string) =>
  page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();

async function pick(page: Page, trigger: Locator, text: string) {
  await choose(page, trigger, option(page, text), () => expect(trigger).toContainText(text, { timeout: 1_000 }));
}

async function search(page: Page, trigger: Locator, query: string, text: string) {
  await trigger.click();
  await page.keyboard.type(query);
  // The options change as the search answers arrive: the choice is made again until it holds, as
  // `pick` does (a single click on an option being replaced left the field empty in a CI run).
  await choose(page, trigger, option(page, text), () => expect(trigger).toContainText(text, { timeout: 1_000 }));
}

async function submitDialog(page: Page, kind: string) {
  await page.getByTestId('incident-dialog-submit').click();
  await expect(page.getByTestId(`incident-dialog-${kind}`)).toBeHidden();
}

/** A time as dayjs's zh-CN `lll` shows it in the office's zone: 2026年3月5日 14:20. */
function zoned(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${Number(parts.year)}年${Number(parts.month)}月${Number(parts.day)}日 ${parts.hour}:${parts.minute}`;
}

/** The walk's "n / N". */
async function progress(page: Page): Promise<number> {
  const text = (await page.getByTestId('walk-progress').textContent()) ?? '';
  return Number(/^(\d+)/.exec(text.trim())?.[1] ?? NaN);
}

async function press(page: Page, key: string) {
  const before = await progress(page);
  await page.keyboard.press(key);
  await expect(page.getByTestId('walk-progress')).toHaveText(new RegExp(`^${before + 1} `));
}

test('incident-runbook-zh: from leader A’s decision to the dissolution runbook, its report and the director’s', async ({
  page,
  harness,
  context,
}) => {
  test.slow();
  test.setTimeout(1_200_000);
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
  const organisation =
    (
      await page
        .getByTestId('org-name')
        .textContent()
        .catch(() => null)
    )?.trim() || null;

  // Record the incident.
  await openSection(page, '事件上报');
  await page.getByTestId('incident-new').click();
  const form = page.getByTestId('incident-form');
  await pick(page, form.getByTestId('incident-form-kind'), '误发涉密内容');
  await pick(page, form.getByTestId('incident-form-severity'), '特别严重');
  await search(page, form.getByTestId('incident-form-group'), '中层', GROUP);
  await form.getByTestId('incident-form-add-person').click();
  await search(page, form.getByTestId('incident-person-select'), 'zwf', '周文峰');
  await form.getByTestId('incident-form-summary').fill(SUMMARY);
  await page.getByTestId('incident-form-submit').click();
  await expect(page.getByTestId('page-incident')).toBeVisible();
  await expect(page.getByTestId('incident-runbooks')).toContainText('尚无与此事件关联的操作');
  await expect(page.getByTestId('incident-plan-runbook')).toBeDisabled();

  // Escalated twice: to the office director, who takes it to leader A.
  await page.getByTestId('incident-escalate').click();
  await page.getByTestId('escalate-from-position').fill('群主');
  await page.getByTestId('escalate-to-position').fill('办公室主任');
  await page.getByTestId('escalate-request').fill('语音撤不回，请示如何处置');
  await submitDialog(page, 'escalate');
  await page.getByTestId('incident-escalate').click();
  await expect(page.getByTestId('escalate-from-position')).toHaveValue('办公室主任');
  await page.getByTestId('escalate-to').getByText('人员', { exact: true }).click();
  await search(page, page.getByTestId('escalate-to-person'), LEADER_A, LEADER_A);
  await page.getByTestId('escalate-request').fill('语音涉及A领导，请A领导决定');
  await submitDialog(page, 'escalate');
  await expect(page.getByTestId('incident-step')).toHaveCount(2);

  // The office director passes it on; leader A decides.
  await page.getByTestId('incident-decide').click();
  await page.getByTestId('decide-decision').fill('报A领导决定');
  await submitDialog(page, 'decide');
  await page.getByTestId('incident-decide').click();
  await expect(page.getByTestId('decide-by')).toContainText(LEADER_A);
  await page.getByTestId('decide-decision').fill(DECISION);
  await page.getByTestId('decide-docref').fill(DECISION_DOC);
  await submitDialog(page, 'decide');
  await expect(page.getByTestId('incident-status')).toHaveText('已决定');
  const incidentUrlTitle = await page.getByTestId('incident-header').getByTestId('page-title').textContent();

  // Plan from the decision: everything it says is filled in and the incident is named.
  await expect(page.getByTestId('incident-plan-runbook')).toBeEnabled();
  await page.getByTestId('incident-plan-runbook').click();
  const dialog = page.getByTestId('plan-modal');
  await expect(page.getByTestId('plan-reason')).toBeVisible();
  await expect(page.getByTestId('plan-reason')).toHaveValue(DECISION);
  await expect(page.getByTestId('plan-authoriser-name')).toContainText(LEADER_A);
  await expect(page.getByTestId('plan-document')).toHaveValue(DECISION_DOC);
  await expect(dialog.getByTestId('plan-on')).toBeVisible();
  await expect(dialog.locator('.ant-picker input')).not.toHaveValue('');
  await expect(page.getByTestId('plan-incident')).toContainText('误发涉密内容');
  await expect(page.getByTestId('plan-incident')).toContainText('规划股一位同事');
  // The demo's own draft dissolution holds the group: open it or link it, not a dead end.
  await expect(page.getByTestId('plan-holding')).toContainText(`解散${GROUP}`);
  await expect(page.getByTestId('plan-holding')).toContainText('草稿');
  await expect(page.getByTestId('plan-open-holding')).toBeVisible();
  await expect(dialog).not.toContainText(/person-|group-|runbook-/);
  await shots(page, 'plan-from-decision', false);
  await page.getByTestId('plan-link-holding').click();

  await expect(page.getByTestId('page-runbook')).toHaveAttribute('data-state', 'draft');
  const runbookPage = page.getByTestId('page-runbook');
  await expect(runbookPage).toContainText(DECISION);
  await expect(runbookPage).toContainText(LEADER_A);
  await expect(runbookPage).toContainText(DECISION_DOC);
  await expect(page.getByTestId('runbook-incident-link')).toContainText('误发涉密内容');

  // The draft is changed from its page: the document and the reason.
  await page.getByTestId('runbook-edit').click();
  await expect(page.getByTestId('plan-reason')).toHaveValue(DECISION);
  await expect(page.getByTestId('plan-authoriser-name')).toContainText(LEADER_A);
  await page.getByTestId('plan-reason').fill(`${DECISION}（局长同意）`);
  await page.getByTestId('plan-document').fill('局长办公会议纪要〔2026〕3号');
  await shots(page, 'edit-draft', false);
  await page.getByTestId('plan-submit').click();
  await expect(page.getByTestId('plan-reason')).toBeHidden();
  await expect(runbookPage).toContainText('（局长同意）');
  await expect(runbookPage).toContainText('局长办公会议纪要〔2026〕3号');
  await expect(page.getByTestId('runbook-incident-link')).toBeVisible();

  // A second window has the draft's change open when this one starts it: the change is refused.
  const other = await context.newPage();
  await other.goto(harness.url);
  await expect(other.getByTestId('page-dashboard')).toBeVisible({ timeout: 30_000 });
  await openSection(other, '批量操作');
  await other
    .getByTestId('operation-row')
    .filter({ hasText: `解散${GROUP}` })
    .filter({ hasText: '草稿' })
    .click();
  await other.getByTestId('runbook-edit').click();
  await other.getByTestId('plan-reason').fill('在另一个窗口改的原因');

  const beforeStart = new Date();
  await page.getByTestId('runbook-start').click();
  await expect(runbookPage).toHaveAttribute('data-state', 'in_progress');
  const afterStart = new Date();
  await other.getByTestId('plan-submit').click();
  await expect(other.getByTestId('plan-error')).toContainText('只有草稿状态的操作流程可以修改或开始');
  await other.close();
  await expect(runbookPage).not.toContainText('在另一个窗口改的原因');

  // Walk a few people: five done, one skipped with a reason, two more done.
  await expect(page.getByTestId('walk-progress')).toHaveText(/^0 \/ 100/);
  const walked: string[] = [];
  for (let i = 0; i < 5; i++) {
    walked.push((await page.getByTestId('walk-name').textContent())!.trim());
    await press(page, 'Enter');
  }
  const skipped = (await page.getByTestId('walk-name').textContent())!.trim();
  await page.keyboard.press('s');
  await expect(page.getByTestId('walk-note')).toBeFocused();
  await page.keyboard.type('借调外单位，暂留群内联系工作');
  await press(page, 'Enter');
  for (let i = 0; i < 2; i++) {
    walked.push((await page.getByTestId('walk-name').textContent())!.trim());
    await press(page, 'Enter');
  }
  // The walk's times are the office's, with the date.
  const walkSteps = page.getByTestId('walk-steps');
  await expect(walkSteps).toContainText(new RegExp(`${zoned(afterStart).slice(0, 4)}年\\d+月\\d+日 \\d{2}:\\d{2}`));
  await shots(page, 'walk');

  // The runbook leads to its incident, which lists it as in progress.
  await page.getByTestId('runbook-incident-link').click();
  await expect(page.getByTestId('page-incident')).toBeVisible();
  const linked = page.getByTestId('incident-runbook');
  await expect(linked).toHaveCount(1);
  await expect(linked).toContainText(`解散${GROUP}`);
  await expect(linked).toContainText('进行中');
  await expect(linked).toContainText('8/100');
  await shots(page, 'incident-with-runbook');
  await linked.click();
  await expect(runbookPage).toHaveAttribute('data-state', 'in_progress');

  // Cancelled with a reason: the report.
  await page.getByTestId('runbook-cancel').click();
  await page.getByTestId('cancel-reason').fill('局长要求先通知全体成员，暂缓解散');
  await page.getByTestId('cancel-reason').press('Enter');
  await expect(runbookPage).toHaveAttribute('data-state', 'cancelled');
  const summary = page.getByTestId('report-summary');
  await expect(summary).toContainText(ADMIN_NAME['zh-CN']);
  await expect(summary).toContainText('误发涉密内容');
  // Started in the office's time zone (not UTC), with the date.
  const startedShown = [zoned(beforeStart), zoned(afterStart)];
  await expect(summary).toContainText(new RegExp(startedShown.map((s) => s.replace(/[()]/g, '\\$&')).join('|')));
  await expect(page.getByTestId('runbook-report')).not.toContainText(/group-|person-|runbook-|incident-\d/);
  await shots(page, 'report');

  // Export PDF: downloaded, and the PDF names the group, the organisation and the people.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('runbook-export-pdf').click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfPath = join(OUT, 'runbook-report.pdf');
  mkdirSync(OUT, { recursive: true });
  await download.saveAs(pdfPath);
  await expect(page.getByText(/已下载 .*\.pdf/)).toBeVisible();
  const text = pdfText(pdfPath);
  expect(text).toContain(GROUP);
  if (organisation) expect(text).toContain(organisation);
  for (const name of [...walked, skipped]) expect(text).toContain(name);
  expect(text).toContain('借调外单位');
  expect(text).toContain(ADMIN_NAME['zh-CN']);
  expect(text).toContain('已取消');
  expect(text).not.toMatch(/person-\d|group-|runbook-/);

  // Back on the incident (from the report's link), a new plan from the same decision: the group is free again.
  await expect(page.getByTestId('runbook-incident-link')).toHaveCount(1);
  await summary.getByTestId('runbook-incident-link').click();
  await expect(page.getByTestId('incident-runbook')).toContainText('已取消');
  await page.getByTestId('incident-plan-runbook').click();
  await expect(page.getByTestId('plan-holding')).toHaveCount(0);
  await expect(page.getByTestId('plan-operation')).toBeVisible();
  await expect(page.getByTestId('plan-reason')).toHaveValue(DECISION);
  await expect(page.getByTestId('plan-authoriser-name')).toContainText(LEADER_A);
  await page.getByTestId('plan-submit').click();
  await expect(runbookPage).toHaveAttribute('data-state', 'draft');
  await expect(runbookPage).toContainText(DECISION_DOC);
  await page.getByTestId('runbook-incident-link').click();
  await expect(page.getByTestId('incident-runbook')).toHaveCount(2);

  // The director's report: the incident and what was done, with the runbooks' state and outcome.
  await page.getByTestId('incident-report').click();
  const paper = page.getByTestId('incident-report-paper');
  await expect(paper.getByTestId('report-step')).toHaveCount(2);
  await expect(paper).toContainText(DECISION);
  await expect(paper).toContainText(LEADER_A);
  const rows = paper.getByTestId('report-runbook');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('已取消');
  await expect(rows.first()).toContainText('局长要求先通知全体成员');
  await expect(rows.first().getByTestId('report-runbook-outcome')).toHaveText('共 100 步：完成 7，跳过 1，未成功 0');
  await expect(rows.first()).toContainText(ADMIN_NAME['zh-CN']);
  await expect(rows.last()).toContainText('草稿');
  await expect(rows.last()).toContainText('尚未开始');
  await expect(paper).not.toContainText(/group-|person-|runbook-/);
  await shots(page, 'director-report');
  const [incidentPdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('incident-report-export-pdf').click(),
  ]);
  const incidentPdfPath = join(OUT, 'incident-report.pdf');
  await incidentPdf.saveAs(incidentPdfPath);
  // Table cells wrap: compared without the layout's spaces and line breaks.
  const incidentText = pdfText(incidentPdfPath).replace(/\s+/g, '');
  expect(incidentText).toContain(DECISION);
  expect(incidentText).toContain(`解散群—${GROUP}`);
  expect(incidentText).toContain('已取消');
  expect(incidentText).toContain('共100步，已记录8步；跳过1步，失败0步');
  expect(incidentUrlTitle).toContain('误发涉密内容');
  expect(errors).toEqual([]);
});
