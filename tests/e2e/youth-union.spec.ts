/**
 * The youth-union story (seed 002): three official Zalo groups. Search by unaccented Vietnamese,
 * and by pinyin initials in the county bureau.
 */
import { test, expect, collectConsoleErrors } from './harness';
import { loadDemo, openSection } from './helpers';

test('search-vi: unaccented Vietnamese finds Nguyễn Trọng Nhân', async ({ page, harness, shot }) => {
  const errors = collectConsoleErrors(page);
  await page.goto(harness.url);
  // Vietnamese is chosen first, so the youth-union demo is the default offer.
  await page.getByTestId('first-run-language').getByText('Tiếng Việt', { exact: true }).click();
  await expect(page.getByTestId('demo-youth-union').getByRole('radio')).toBeChecked();
  await shot('first-run', 'vi');
  // Without a name, nothing is recorded: the first run asks who signs the changes.
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('first-run-admin-name-required')).toBeVisible();
  await page.getByTestId('first-run-admin-name').fill('Trần Minh Anh, văn phòng');
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('page-dashboard')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('page-title')).toHaveText('Tổng quan');
  await expect(page.getByTestId('by-platform')).toContainText('Zalo');
  await shot('dashboard', 'vi');

  await openSection(page, 'Nhân sự');
  await expect(page.getByTestId('page-title')).toHaveText('Nhân sự');
  await page.getByTestId('people-search').fill('nguyen trong nhan');
  const table = page.getByTestId('people-table');
  await expect(table.locator('.ant-table-row').first()).toContainText('Nguyễn Trọng Nhân');
  await expect(page.getByTestId('people-count')).toHaveText('1 người');
  await shot('people', 'vi');
  await table.locator('.ant-table-row').first().click();
  await expect(page.getByTestId('person-name')).toHaveText('Nguyễn Trọng Nhân');
  await expect(page.getByTestId('person-current-groups').locator('.ant-table-row').first()).toBeVisible();
  await expect(page.getByTestId('person-history').getByTestId('history-item').first()).toBeVisible();
  await shot('person', 'vi');

  // The groups: exactly the three official groups of notice 129, plus ad-hoc task groups.
  await openSection(page, 'Nhóm');
  await expect(page.getByTestId('groups-table')).toContainText('BTV Đoàn khối');
  await page.getByTestId('groups-search').fill('doan khoi va doan truong');
  await expect(page.getByTestId('groups-table').locator('.ant-table-row')).toHaveCount(1);
  // Keyboard: the row takes focus and Enter opens the group.
  await page.getByTestId('groups-table').locator('.ant-table-row').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-group')).toBeVisible();
  await expect(page.getByTestId('group-charter')).toContainText('Chỉ trưởng nhóm');
  await shot('group', 'vi');

  for (const [section, title] of [
    ['Sự việc', 'Sự việc'],
    ['Tác vụ', 'Tác vụ'],
  ] as const) {
    await openSection(page, section);
    await expect(page.getByTestId('page-title')).toHaveText(title);
    await shot(section === 'Sự việc' ? 'escalations' : 'operations', 'vi');
  }
  expect(errors).toEqual([]);
});

test('search-pinyin: initials and full pinyin find 李伟, and Ctrl+K opens him', async ({ page, harness, shot }) => {
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
  await openSection(page, '人员');
  const table = page.getByTestId('people-table');
  await page.getByTestId('people-search').fill('liwei');
  await expect(table.locator('.ant-table-row', { hasText: '李伟' }).first()).toBeVisible();
  await page.getByTestId('people-search').fill('lw');
  await expect(table.locator('.ant-table-row', { hasText: '李伟' }).first()).toBeVisible();
  await shot('people', 'zh-CN');

  // The command palette: Ctrl+K, type, Enter opens the first hit.
  await page.keyboard.press('Control+k');
  await page.getByTestId('palette-input').fill('liwei');
  await expect(page.getByTestId('palette-hit').first()).toContainText('李伟');
  await shot('palette', 'zh-CN');
  await page.getByTestId('palette-input').press('Enter');
  await expect(page.getByTestId('person-name')).toHaveText('李伟');
  await expect(page.getByTestId('person-current-groups')).toContainText('中层干部工作群');
  await shot('person', 'zh-CN');
});
