/**
 * Issue 9: "an offboarding of a leaver who owns a group asks for a successor first". In zh-CN the
 * head of the HR section (徐浩海, owner of 人事工作群 and a member of 中层干部工作群) leaves; his
 * person page offers "移出所有群…", which will not plan without a successor for the group he owns,
 * nor while another open operation holds one of his groups. The walk records the ownership
 * transfer to the successor before his removal from that group, then the removals; the group page
 * names the new owner and the person page no longer flags him.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, collectConsoleErrors, PICTURES } from './harness';
import { choose, loadDemo } from './helpers';

const OUT = join(process.cwd(), 'test-results');
const LEAVER = '徐浩海';
const OWNED = '人事工作群';
const SUCCESSOR = '吴中薇';

async function shots(page: Page, name: string) {
  mkdirSync(OUT, { recursive: true });
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    if (!PICTURES) continue;
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, `offboard-${name}-${width}x${height}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Ctrl+K, a name, Enter: that record's page. */
async function open(page: Page, query: string, testId: string) {
  await page.keyboard.press('Control+k');
  // As the admin sees the box before typing into it (its code may still be loading right after start).
  await expect(page.getByTestId('palette-input')).toBeFocused();
  await page.keyboard.type(query);
  await expect(page.getByRole('option').first()).toContainText(query);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(testId)).toBeVisible();
}

/** The offboarding plan dialog filled in: reason, authorising position, and the successor if given. */
async function planOffboard(page: Page, successor: string | null) {
  await page.getByTestId('plan-offboard').click();
  const modal = page.getByTestId('plan-modal');
  await expect(modal).toContainText(`${LEAVER}担任群主的群由谁接任`);
  await expect(modal).toContainText(OWNED);
  await page.getByTestId('plan-reason').fill('调任外单位，移出本局工作群');
  await page.getByTestId('plan-position').fill('办公室主任');
  if (successor) {
    const select = modal.getByTestId('plan-successor');
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: successor }).first();
    await choose(page, select, option, () => expect(select).toContainText(successor, { timeout: 1_000 }));
  }
  await page.getByTestId('plan-submit').click();
}

test('offboard: a leaver who owns a group gets a successor first, the transfer recorded before the removals', async ({
  page,
  harness,
}) => {
  test.setTimeout(480_000);
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');

  // He leaves: the person page flags the groups he is still in, the one he owns among them.
  await open(page, LEAVER, 'page-person');
  await expect(page.getByTestId('plan-offboard')).toHaveCount(0);
  await page.getByTestId('person-mark-left').click();
  await page.getByTestId('mark-left-confirm').click();
  await expect(page.getByTestId('leaver-flag')).toContainText(OWNED);
  await expect(page.getByTestId('leaver-flag')).toContainText('中层干部工作群');

  // No plan without a successor for the group he owns.
  await planOffboard(page, null);
  await expect(page.getByTestId('plan-modal')).toContainText('请选择接任人');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('plan-modal')).toBeHidden();

  // With one, the plan is refused while the demo's planned dissolution holds 中层干部工作群 …
  await planOffboard(page, SUCCESSOR);
  await expect(page.getByTestId('plan-error')).toContainText('“中层干部工作群”已有一个尚未结束的操作流程');
  await shots(page, 'successor');
  await page.keyboard.press('Escape');

  // … so that plan is put aside (the dissolution is postponed), and the offboarding planned.
  await open(page, '中层干部工作群', 'page-group');
  await page.getByTestId('open-runbook').click();
  await page.getByTestId('runbook-cancel').click();
  await page.getByTestId('cancel-reason').fill('解散暂缓，先办理人员调出');
  await page.getByTestId('cancel-reason').press('Enter');
  await expect(page.getByTestId('page-runbook')).toHaveAttribute('data-state', 'cancelled', { timeout: 30_000 });
  await open(page, LEAVER, 'page-person');
  await planOffboard(page, SUCCESSOR);
  await expect(page.getByTestId('page-runbook')).toHaveAttribute('data-state', 'draft', { timeout: 30_000 });
  await expect(page.getByTestId('runbook-name')).toContainText(LEAVER);

  // The plan: in the group he owns, the transfer to the successor comes before his removal.
  const rows = page.getByTestId('draft-steps').locator('.ant-table-row');
  await expect(rows).toHaveCount(3);
  const texts = await rows.allInnerTexts();
  const transfer = texts.findIndex((t) => t.includes(SUCCESSOR) && t.includes(OWNED));
  const removal = texts.findIndex((t) => t.includes(LEAVER) && t.includes(OWNED));
  expect(transfer).toBeGreaterThanOrEqual(0);
  expect(removal).toBeGreaterThan(transfer);
  await shots(page, 'draft');

  // The walk, by keyboard: Enter starts, then Enter for each step.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-runbook')).toHaveAttribute('data-state', 'in_progress', { timeout: 30_000 });
  const instructions: string[] = [];
  for (let i = 0; i < 3; i++) {
    const instruction = (await page.getByTestId('walk-instruction').textContent())!;
    instructions.push(instruction);
    await page.keyboard.press('Enter');
    if (i < 2)
      await expect(page.getByTestId('walk-progress')).toHaveText(new RegExp(`^${i + 1} `), { timeout: 30_000 });
  }
  expect(instructions.findIndex((t) => t.includes(`将群主转给 ${SUCCESSOR}`))).toBe(transfer);
  await expect(page.getByTestId('page-runbook')).toHaveAttribute('data-state', 'finished', { timeout: 30_000 });
  await expect(page.getByTestId('report-people')).toContainText(SUCCESSOR);
  await expect(page.getByTestId('runbook-report')).not.toContainText(/group-|person-|runbook-/);

  // The group names its new owner, its history the transfer; he is in no group any more.
  await open(page, OWNED, 'page-group');
  await expect(page.getByTestId('group-overview')).toContainText(SUCCESSOR);
  await expect(page.getByTestId('page-group')).toContainText('转让群主');
  await expect(page.getByTestId('page-group')).toContainText(`由 ${LEAVER} 转给 ${SUCCESSOR}`);
  await open(page, LEAVER, 'page-person');
  await expect(page.getByTestId('leaver-flag')).toHaveCount(0);
  await expect(page.getByTestId('plan-offboard')).toHaveCount(0);
  await expect(page.getByTestId('person-past-groups')).toContainText(OWNED);
  expect(errors).toEqual([]);
});
