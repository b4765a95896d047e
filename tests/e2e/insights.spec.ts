/**
 * The dashboard, the scope-creep report and the command palette, as the administrator uses them:
 * every attention line opens the place to act, the report says how each outsider got in and
 * prints without the console around it, and Ctrl+K reaches pages and actions by pinyin or
 * unaccented Vietnamese. Lists follow the UI language's order.
 */
import type { Page } from '@playwright/test';
import { test, expect, collectConsoleErrors } from './harness';
import { loadDemo, openSection, pdfText } from './helpers';

const MIDDLE = '中层干部工作群';

/** The first text of each rendered row of a table (its name column). */
async function firstCells(page: Page, testId: string): Promise<string[]> {
  const rows = page.getByTestId(testId).locator('.ant-table-row');
  await expect(rows.first()).toBeVisible();
  return (await rows.allInnerTexts()).map((text) => text.trim().split('\n')[0]!.trim());
}

test('insights-zh: dashboard lines open the report and the group; the report shows how outsiders got in', async ({
  page,
  harness,
  shot,
}, testInfo) => {
  // Loading the demo, the report and printing it to PDF take a minute on a busy machine.
  test.slow();
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');

  // Counts at a glance: the middle-manager group's creep, the pending request, the due review.
  const outside = page.getByTestId('count-outside');
  await expect(outside).toBeVisible();
  expect(Number(await outside.getAttribute('data-count'))).toBeGreaterThan(50);
  // …in two groups (the middle managers' and the registration centre's): the task group whose only
  // non-charter member has an approved exception is not counted.
  await expect(outside).toContainText('分布在 2 个群');
  expect(Number(await page.getByTestId('count-pending').getAttribute('data-count'))).toBeGreaterThan(0);
  const creepRow = page.getByTestId('scope-creep-row').filter({ hasText: MIDDLE });
  await expect(creepRow).toBeVisible();
  await expect(page.getByTestId('pending-exceptions').getByTestId('pending-exception').first()).toBeVisible();
  await expect(page.getByTestId('tier-warnings')).toContainText('层级');
  await shot('dashboard', 'zh-CN');
  // The panel's second list is a keystroke away (a segmented choice: arrow keys move between them).
  await page.getByTestId('pending-exceptions-tab').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('exceptions-due')).toBeVisible();
  await expect(page.getByTestId('pending-exceptions')).toHaveCount(0);
  await page.getByTestId('pending-exceptions-tab').click();
  await expect(page.getByTestId('pending-exceptions').getByTestId('pending-exception').first()).toBeVisible();

  // A scope-creep line opens the group's section of the report.
  await creepRow.click();
  await expect(page.getByTestId('page-reports')).toBeVisible();
  await expect(page.getByTestId('page-title')).toHaveText('报表');
  const section = page.getByTestId('report-group').filter({ hasText: MIDDLE });
  await expect(section).toBeInViewport();
  await expect(section.getByTestId('report-charter')).toContainText('中层干部');
  await expect(section.getByTestId('report-charter')).toContainText('局长');
  // Each outsider: failed criterion, how they got in (added by the administrator, who asked).
  const first = section.getByTestId('report-entries').locator('.ant-table-row').first();
  await expect(first.getByTestId('eligibility')).toHaveAttribute('data-eligibility', 'outside');
  await expect(first.getByTestId('report-basis')).toHaveText('管理员添加');
  expect(Number((await section.getByTestId('report-count-outside').innerText()).replace(/\D/g, ''))).toBeGreaterThan(
    50,
  );
  // The approved exception is listed with its number.
  await expect(page.getByTestId('report-exception').filter({ hasText: '已批准' }).first()).toBeVisible();
  // The 2026 task group has only an approved exception: two groups have members outside their charter.
  await expect(page.getByTestId('report-groups-count')).toContainText(/^\D*2$/);
  await shot('report', 'zh-CN');

  // On paper: no menu, no header, no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('main-menu')).toBeHidden();
  await expect(page.getByTestId('report-print')).toBeHidden();
  await expect(section).toBeVisible();
  await shot('report-print', 'zh-CN');
  // The paper holds every outsider of the group, not only the first page of the on-screen table.
  const outsiders = await page.evaluate(async (name) => {
    type Answer<T> = { ok: boolean; value: T };
    const api = (window as unknown as { groupLedger: Record<string, (input?: unknown) => Promise<unknown>> })
      .groupLedger;
    // The report's groups first, then that group's section with its people (as the page reads them).
    const summary = (await api['reports.scopeCreep']!()) as Answer<{
      groups: Array<{ groupId: string; name: string }>;
    }>;
    const groupId = summary.value.groups.find((g) => g.name === name)!.groupId;
    const sections = (await api['reports.scopeCreepGroups']!({ groupIds: [groupId] })) as Answer<
      Array<{ entries: Array<{ name: string; eligibility: string }> }>
    >;
    return sections.value[0]!.entries.filter((e) => e.eligibility === 'outside').map((e) => e.name);
  }, MIDDLE);
  expect(outsiders.length).toBe(77);
  const pdfPath = testInfo.outputPath('scope-creep-report.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', landscape: true });
  const text = pdfText(pdfPath).replace(/\s+/g, '');
  const missing = outsiders.filter((name) => !text.includes(name.replace(/\s+/g, '')));
  expect(missing, 'names missing from the printed report').toEqual([]);
  expect(text).not.toContain('‹');
  expect(text).toMatch(/1\/\d+/);
  // Printing to PDF leaves Chromium's page in print layout: start the screen again.
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await expect(page.getByTestId('main-menu')).toBeVisible();

  // The filter button opens the group page showing only the members outside the charter.
  await openSection(page, '工作台');
  await page.getByTestId('scope-creep-row').filter({ hasText: MIDDLE }).getByTestId('scope-creep-open-group').click();
  await expect(page.getByTestId('group-name')).toHaveText(MIDDLE);
  const badges = page.getByTestId('members-table').getByTestId('eligibility');
  await expect(badges.first()).toBeVisible();
  for (const value of await badges.evaluateAll((els) => els.map((el) => el.getAttribute('data-eligibility')))) {
    expect(value).toBe('outside');
  }

  // A pending request opens the group's exceptions, with that request in view.
  await openSection(page, '工作台');
  const request = page.getByTestId('pending-exception').first();
  const requester = (await request.locator('strong').first().innerText()).trim();
  await request.click();
  await expect(page.getByTestId('page-group')).toBeVisible();
  await expect(page.getByTestId('exceptions-panel')).toBeVisible();
  await expect(
    page.getByTestId('exceptions-table').locator('.ant-table-row', { hasText: requester }).first(),
  ).toBeInViewport();
  expect(errors).toEqual([]);
});

test('palette-zh: pages and actions by pinyin, keyboard only; tables in pinyin order', async ({
  page,
  harness,
  shot,
}) => {
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');

  // Empty box: the actions and pages are offered; ↓ and Enter run one.
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('palette-command').first()).toBeVisible();
  await shot('palette-empty', 'zh-CN');
  await page.getByTestId('palette-input').fill('xjgzq');
  await expect(page.getByTestId('palette-command')).toHaveCount(1);
  await expect(page.getByTestId('palette-command')).toHaveAttribute('data-command', 'group.new');
  await page.getByTestId('palette-input').press('Enter');
  await expect(page.getByTestId('page-groups')).toBeVisible();
  await expect(page.getByTestId('group-form-name')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('group-form-name')).toBeHidden();

  // Groups sorted by pinyin (办公室 bàn… before 中层 zhōng…).
  const groups = await firstCells(page, 'groups-table');
  expect(groups).toEqual([...groups].sort(new Intl.Collator('zh-CN').compare));
  expect(groups.indexOf('办公室工作群')).toBeLessThan(groups.indexOf(MIDDLE));

  // "drry" (导入人员) runs the import action: the People page with the wizard open.
  await page.keyboard.press('Control+k');
  await page.getByTestId('palette-input').fill('drry');
  await expect(page.getByTestId('palette-command')).toHaveAttribute('data-command', 'people.import');
  await shot('palette-action', 'zh-CN');
  await page.getByTestId('palette-input').press('Enter');
  await expect(page.getByTestId('page-people')).toBeVisible();
  const wizard = page.getByRole('dialog').filter({ has: page.getByTestId('import-file') });
  await expect(wizard).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(wizard).toBeHidden();

  // People: by tier, and within one tier by pinyin.
  const rows = page.getByTestId('people-table').locator('.ant-table-row');
  await expect(rows.first()).toBeVisible();
  const cells = await rows.evaluateAll((els) =>
    els.map((el) => Array.from(el.querySelectorAll('.ant-table-cell')).map((td) => (td.textContent ?? '').trim())),
  );
  const names = cells.map((c) => c[0]!);
  const tiers = cells.map((c) => c[2]!);
  const byTier = new Map<string, string[]>();
  names.forEach((name, i) => byTier.set(tiers[i]!, [...(byTier.get(tiers[i]!) ?? []), name]));
  for (const run of byTier.values()) expect(run).toEqual([...run].sort(new Intl.Collator('zh-CN').compare));

  // A person by initials, then the report by its name in pinyin.
  await page.keyboard.press('Control+k');
  await page.getByTestId('palette-input').fill('lw');
  await expect(page.getByTestId('palette-hit').first()).toContainText('李伟');
  await page.getByTestId('palette-input').fill('baobiao');
  // 报表 (bàobiǎo): the scope-creep report action and the Reports page; Enter takes the first.
  await expect(page.getByTestId('palette-command')).toHaveCount(2);
  await expect(page.getByTestId('palette-command').nth(0)).toHaveAttribute('data-command', 'report.scopeCreep');
  await expect(page.getByTestId('palette-command').nth(1)).toHaveAttribute('data-command', 'page.reports');
  await page.getByTestId('palette-input').press('Enter');
  await expect(page.getByTestId('page-reports')).toBeVisible();
  expect(errors).toEqual([]);
});

test('insights-vi: tier warnings explained, unaccented actions, report in Vietnamese', async ({
  page,
  harness,
  shot,
}) => {
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'vi', 'youth-union');
  await expect(page.getByTestId('attention-counts')).toContainText('Cần xử lý');
  await expect(page.getByTestId('tier-warning').first()).toContainText('cấp');
  await shot('dashboard', 'vi');

  await page.getByTestId('tier-warning').first().click();
  await expect(page.getByTestId('page-group')).toBeVisible();

  await page.keyboard.press('Control+k');
  // The words the Groups page's button shows (“Thêm nhóm”) find the action as its own name does.
  await page.getByTestId('palette-input').fill('them nhom');
  await expect(page.getByTestId('palette-command').first()).toHaveAttribute('data-command', 'group.new');
  await page.getByTestId('palette-input').fill('them nhan su');
  await expect(page.getByTestId('palette-command').first()).toHaveAttribute('data-command', 'person.new');
  await shot('palette', 'vi');
  await page.getByTestId('palette-input').press('Enter');
  await expect(page.getByTestId('person-form')).toBeVisible();
  await page.keyboard.press('Escape');

  const people = await firstCells(page, 'people-table');
  expect(people.length).toBeGreaterThan(5);

  await openSection(page, 'Báo cáo');
  await expect(page.getByTestId('page-title')).toHaveText('Báo cáo');
  await expect(page.getByTestId('scope-creep-report')).toContainText('Báo cáo thành viên ngoài quy chế');
  await expect(page.getByTestId('report-group').first().getByTestId('report-charter')).toContainText('Bí thư');
  await shot('report', 'vi');
  expect(errors).toEqual([]);
});
