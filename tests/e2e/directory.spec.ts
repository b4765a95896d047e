/**
 * The directory as the administrator edits it: importing people from a spreadsheet (a file of bad
 * rows imports nothing; a GB18030 file from Chinese Excel imports every row), the organisation's
 * units and tiers, and a person's record from creation to leaving.
 */
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, collectConsoleErrors } from './harness';
import { choose, loadDemo, openSection } from './helpers';
import { SHEET_HEAD, SHEET_TAIL, xlsxBomb } from '../unit/import-bombs';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import');

async function peopleCount(page: Page): Promise<number> {
  const text = await page.getByTestId('people-count').innerText();
  return Number(text.replace(/\D/g, ''));
}

async function chooseFile(page: Page, file: string) {
  await page.getByTestId('import-file').locator('input[type=file]').setInputFiles(join(FIXTURES, file));
  await expect(page.getByTestId('import-file-summary')).toBeVisible();
}

test('directory-import: a file of bad rows shows every error and imports nothing; a GB18030 file imports all', async ({
  page,
  harness,
  shot,
}) => {
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
  await openSection(page, '人员');
  await expect(page.getByTestId('people-table').locator('.ant-table-row').first()).toBeVisible();
  // Only the rows in view are in the page, stood in for by spacers of rows of one height: a cell of
  // two lines (王国艳's 党组成员、纪检监察组组长) must not make its row taller than the others.
  const heights = await page
    .getByTestId('people-table')
    .locator('tr.ant-table-row')
    .evaluateAll((rows) => rows.map((r) => Math.round(r.getBoundingClientRect().height)));
  expect(heights.length).toBeGreaterThan(5);
  expect(new Set(heights).size, `row heights ${heights.join(', ')}`).toBe(1);
  const before = await peopleCount(page);

  // A file with one good row and a row for every kind of mistake.
  await page.getByTestId('people-import').click();
  await chooseFile(page, 'bad-rows.csv');
  await expect(page.getByTestId('import-encoding')).toHaveAttribute('data-encoding', 'utf-8');
  await expect(page.getByTestId('import-row-count')).toHaveText('12');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-mapping')).toBeVisible();
  await expect(page.getByTestId('import-guessed')).toBeVisible();
  await shot('import-mapping', 'zh-CN');
  await page.getByTestId('import-next').click();

  await expect(page.getByTestId('import-blocked')).toContainText('暂不能导入');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  const codes = new Set(
    await page.getByTestId('import-row-error').evaluateAll((els) => els.map((e) => e.getAttribute('data-code'))),
  );
  for (const code of [
    'name_missing',
    'phone_invalid',
    'duplicate_in_file',
    'left_on_invalid',
    'status_invalid',
    'left_on_missing',
    'too_long',
  ]) {
    expect(codes, code).toContain(code);
  }
  // Each error in Chinese, beside its spreadsheet row number.
  const preview = page.getByTestId('import-preview');
  await expect(preview.locator('.ant-table-row', { hasText: '缺少姓名' }).getByTestId('import-row-number')).toHaveText(
    '3',
  );
  await expect(preview.locator('.ant-table-row', { hasText: '1390000abc' })).toContainText('不是有效的电话号码');
  await expect(preview.locator('.ant-table-row', { hasText: '停薪留职' })).toContainText('不是有效的状态');
  // 陈 静 and 李伟 share only a name and a unit (with row 2, with the demo's 李伟): pairs to confirm, not errors.
  const warnings = await page
    .getByTestId('import-row-warning')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
  expect(new Set(warnings)).toEqual(new Set(['same_name_in_file', 'same_name_in_registry']));
  await expect(page.getByTestId('import-same-name')).toContainText('2 对同单位同名的人员');
  await expect(preview).toContainText('与台账中的 李伟（办公室）同单位同名');
  await shot('import-errors', 'zh-CN');

  // Closing the wizard leaves the registry as it was.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-preview')).toBeHidden();
  expect(await peopleCount(page)).toBe(before);

  // The same people saved by Chinese Excel (GB18030): every row imports, in one step.
  await page.getByTestId('people-import').click();
  await chooseFile(page, 'people-gb18030.csv');
  await expect(page.getByTestId('import-encoding')).toHaveAttribute('data-encoding', 'gb18030');
  await expect(page.getByTestId('import-encoding')).toContainText('GB18030');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-map-name')).toContainText('姓名');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-ready')).toContainText('3');
  await expect(page.getByTestId('import-new-units')).toContainText('财务科');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-result')).toContainText('已导入 3 人');
  await shot('import-result', 'zh-CN');
  await page.getByTestId('import-done').click();
  await expect.poll(() => peopleCount(page)).toBe(before + 3);

  // The mapping is remembered for the next file with these headers.
  await page.getByTestId('people-import').click();
  await chooseFile(page, 'people-gb18030.csv');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-remembered')).toBeVisible();

  // An Excel workbook is read as it is: no encoding to guess.
  await page.getByTestId('import-back').click();
  await chooseFile(page, 'people.xlsx');
  await expect(page.getByTestId('import-format')).toHaveText('XLSX');
  await expect(page.getByTestId('import-encoding')).toHaveAttribute('data-encoding', 'none');
  expect(errors).toEqual([]);
});

test('directory-import-cancel: a large file shows how far it is read, and Cancel stops it with nothing imported, in Vietnamese', async ({
  page,
  harness,
}) => {
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'vi', 'youth-union');
  await openSection(page, 'Nhân sự');
  await expect(page.getByTestId('people-table').locator('.ant-table-row').first()).toBeVisible();
  const before = await peopleCount(page);
  // 20,000 rows of 20 cells (about 36 MB of XML in a small file): a second or more to read.
  const cells = (prefix: string) =>
    Array.from({ length: 20 }, (_, i) => `<c t="inlineStr"><is><t>${prefix}${i} Nguyễn Văn</t></is></c>`).join('');
  const big = xlsxBomb({
    head: `${SHEET_HEAD}<row>${cells('Cột')}</row>`,
    block: `<row>${cells('Giá trị')}</row>`,
    times: 19_999,
    tail: SHEET_TAIL,
  });
  await page.getByTestId('people-import').click();
  await page
    .getByTestId('import-file')
    .locator('input[type=file]')
    .setInputFiles({
      name: 'danh-sach-lon.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(big),
    });
  const reading = page.getByTestId('import-reading');
  await expect(reading).toContainText('Đang đọc tệp');
  await expect(reading.locator('.ant-progress')).toBeVisible();
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-file')).toBeHidden();
  // Nothing was read into the registry, and the next file is read as usual.
  expect(await peopleCount(page)).toBe(before);
  await page.getByTestId('people-import').click();
  await expect(page.getByTestId('import-file-error')).toHaveCount(0);
  await chooseFile(page, 'people-vi-semicolon.csv');
  expect(errors).toEqual([]);
});

test('directory-import-same-name: same-name pairs are confirmed one by one, then both people are imported', async ({
  page,
  harness,
  shot,
}) => {
  // A demo load and a whole import: on a loaded two-core machine this takes most of a minute.
  test.slow();
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
  await openSection(page, '人员');
  await expect(page.getByTestId('people-table').locator('.ant-table-row').first()).toBeVisible();
  const before = await peopleCount(page);

  // 王伟 twice in 办公室, Nguyễn Văn Hùng twice in Văn phòng: different phones, so pairs to confirm.
  await page.getByTestId('people-import').click();
  await chooseFile(page, 'same-name-pairs.csv');
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-count-withErrors')).toContainText('0');
  const panel = page.getByTestId('import-same-name');
  await expect(panel).toContainText('同单位同名');
  await expect(panel.getByTestId('import-same-name-pair').filter({ hasText: '王伟' })).toContainText(
    '第 2 行：科员 · 13600000001',
  );
  await expect(panel.getByTestId('import-same-name-pair').filter({ hasText: '王伟' })).toContainText(
    '第 4 行：司机 · 13600000003',
  );
  await expect(page.getByTestId('import-row-warning').first()).toHaveAttribute('data-code', /same_name_in_/);
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toBeDisabled();
  await expect(page.getByTestId('import-same-name-pending')).toBeVisible();

  // Every pair but the last ticked: still refused; the last one too: the import is allowed.
  const boxes = panel.getByTestId('import-same-name-accept');
  const pairs = await boxes.count();
  expect(pairs).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < pairs - 1; i++) await boxes.nth(i).click();
  await expect(confirm).toBeDisabled();
  await boxes.nth(pairs - 1).click();
  await expect(page.getByTestId('import-same-name-pending')).toBeHidden();
  await expect(confirm).toBeEnabled();
  await shot('import-same-name', 'zh-CN');
  await confirm.click();
  await expect(page.getByTestId('import-result')).toContainText('已导入 6 人');
  await page.getByTestId('import-done').click();
  await expect.poll(() => peopleCount(page)).toBe(before + 6);
  expect(errors).toEqual([]);
});

test('directory-people-keyboard: the arrow keys walk the people one by one past the window, and a handle shows every handle', async ({
  page,
  harness,
}) => {
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
  await openSection(page, '人员');
  const table = page.getByTestId('people-table');
  const rows = table.locator('tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  const name = (row: Locator) => row.locator('td').first().innerText();

  // The body's rows are drawn by WindowedTable under antd's header: each column's cells stand
  // exactly under its title, before and after a sideways scroll, and the row under the pointer is
  // marked as antd marks it.
  await page.setViewportSize({ width: 1100, height: 768 });
  const body = table.locator('.ant-table-body');
  const lefts = async () => ({
    head: await table
      .locator('thead th:not(.ant-table-cell-scrollbar)')
      .evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().left))),
    cells: await rows
      .first()
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => Math.round(td.getBoundingClientRect().left))),
  });
  let at = await lefts();
  expect(at.cells).toEqual(at.head);
  const nameLeft = at.cells[0];
  expect(await body.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const nameCell = rows.first().locator('td').first();
  await expect(nameCell).not.toHaveClass(/ant-table-cell-fix-start-shadow-show/);
  await body.evaluate((el) => el.scrollBy({ left: 120 }));
  await expect(nameCell).toHaveClass(/ant-table-cell-fix-start-shadow-show/);
  await expect
    .poll(() => table.locator('.ant-table-header').evaluate((el) => el.scrollLeft))
    .toBe(await body.evaluate((el) => el.scrollLeft));
  at = await lefts();
  expect(at.cells).toEqual(at.head);
  // The name column stays where it was, over the cells scrolled under it.
  expect(at.cells[0]).toBe(nameLeft);
  expect(at.cells[1]).toBeLessThan(nameLeft! + 140);
  await body.evaluate((el) => el.scrollTo({ left: 0 }));
  await page.setViewportSize({ width: 1440, height: 900 });
  const second = rows.nth(1);
  await second.hover();
  const restBg = await rows
    .nth(3)
    .locator('td')
    .nth(2)
    .evaluate((td) => getComputedStyle(td).backgroundColor);
  // The shade fades in (antd's cells have a background transition): read until it has.
  await expect
    .poll(() =>
      second
        .locator('td')
        .nth(2)
        .evaluate((td) => getComputedStyle(td).backgroundColor),
    )
    .not.toBe(restBg);

  // Forty presses go well past the rows first drawn: each one lands on the person who was just
  // below, never on someone else drawn into the same place as the window moves.
  await rows.first().focus();
  const seen: string[] = [
    await page.evaluate(() => (document.activeElement as HTMLTableRowElement).cells[0]!.innerText),
  ];
  for (let i = 0; i < 40; i++) {
    const below = await page.evaluate(() => {
      const next = document.activeElement?.nextElementSibling as HTMLTableRowElement | null;
      return next?.classList.contains('ant-table-row') ? next.cells[0]!.innerText : null;
    });
    await page.keyboard.press('ArrowDown');
    const now = await page.evaluate(() => (document.activeElement as HTMLTableRowElement).cells[0]!.innerText);
    expect(now, `press ${i + 1}`).toBe(below);
    seen.push(now);
  }
  expect(new Set(seen).size).toBe(41);
  const focused = table.locator('tr.ant-table-row:focus');
  await expect(focused).toBeInViewport();
  expect(await name(focused)).toBe(seen[40]);
  // Ten presses within one frame (a key held down on a slow office PC) go past the rows drawn
  // below the focus: none is lost, the focus lands ten people further down, in view.
  const place = () => page.evaluate(() => Number(document.activeElement?.getAttribute('data-index')));
  const from = await place();
  await page.evaluate(() => {
    for (let i = 0; i < 10; i++) {
      document.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }),
      );
    }
  });
  await expect.poll(place).toBe(from + 10);
  await expect(focused).toBeInViewport();
  const landed = await name(focused);
  expect(seen).not.toContain(landed);
  // Scrolled away with the wheel, the focus stays on that person (not on whoever is drawn in the
  // rows' places); the next press goes on from them, and the list comes back to show it.
  const active = () => page.evaluate(() => (document.activeElement as HTMLTableRowElement).cells[0]!.innerText);
  await body.hover();
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 400);
  await expect(focused).not.toBeInViewport();
  await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(1500);
  expect(await active()).toBe(landed);
  await page.keyboard.press('ArrowDown');
  await expect.poll(place).toBe(from + 11);
  await expect(focused).toBeInViewport();
  const chosen = await active();
  expect([...seen, landed]).not.toContain(chosen);
  // Enter opens the person the focus is on.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-person')).toContainText(chosen);
  await openSection(page, '人员');
  await expect(rows.first()).toBeVisible();

  // A person with more than one handle shows the first and "+N"; the pointer on it lists them all.
  const several = rows.filter({ has: page.locator('.ant-tag', { hasText: /^\+\d+$/ }) }).first();
  await several.scrollIntoViewIfNeeded();
  // The "+N" is a plain tag (ui/plain.tsx) with the grey of antd's own default tag, not bare text.
  const more = several.locator('.ant-tag', { hasText: /^\+\d+$/ });
  expect(await more.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(245, 245, 245)');
  const first = (await several.locator('.ant-tag').first().innerText()).trim();
  const box = (await several.locator('.ant-tag').first().boundingBox())!;
  await page.mouse.move(box.x + 8, box.y + box.height / 2);
  const tip = page.locator('.ant-tooltip:not(.ant-tooltip-hidden)');
  await expect(tip).toContainText(first);
  expect((await tip.innerText()).split('\n').filter((line) => line.includes(':')).length).toBeGreaterThan(1);
  expect(errors).toEqual([]);
});

test('directory-organisation: units and tiers edited in Vietnamese, a unit in use refused', async ({
  page,
  harness,
  shot,
}) => {
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'vi', 'youth-union');
  await openSection(page, 'Tổ chức');
  await expect(page.getByTestId('page-title')).toHaveText('Tổ chức');
  const tree = page.getByTestId('units-tree');
  await expect(tree.getByTestId('unit-node').first()).toBeVisible();

  // The tree works from the keyboard: arrows move, Space selects (Enter folds and unfolds).
  await tree.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('unit-selected')).toBeVisible();

  // A new top-level unit, a sub-unit under it, renamed.
  await page.getByTestId('unit-add-top').click();
  await page.getByTestId('unit-name').fill('Ban Kiểm tra');
  await page.getByTestId('unit-name').press('Enter');
  await expect(page.getByTestId('unit-selected')).toHaveText('Ban Kiểm tra');
  await page.getByTestId('unit-add-child').click();
  await page.getByTestId('unit-name').fill('Tổ giám sát');
  await page.getByTestId('unit-submit').click();
  await expect(page.getByTestId('unit-selected')).toHaveText('Tổ giám sát');
  await page.getByTestId('unit-rename').click();
  await page.getByTestId('unit-name').fill('Tổ Giám sát đoàn viên');
  await page.getByTestId('unit-name').press('Enter');
  await expect(page.getByTestId('unit-selected')).toHaveText('Tổ Giám sát đoàn viên');
  await expect(tree.locator('[data-unit="Tổ Giám sát đoàn viên"]')).toBeVisible();

  // The new unit moves under another; its sub-unit goes with it.
  await tree.locator('[data-unit="Ban Kiểm tra"]').click();
  await page.getByTestId('unit-move').click();
  await choose(
    page,
    page.getByTestId('unit-parent'),
    page.locator('.ant-select-tree-node-content-wrapper', { hasText: /^Cơ sở đoàn trực thuộc$/ }),
    () => expect(page.getByTestId('unit-parent')).toContainText('Cơ sở đoàn trực thuộc', { timeout: 2_000 }),
  );
  await page.getByTestId('unit-submit').click();
  await expect(page.getByTestId('unit-path')).toHaveText('Cơ sở đoàn trực thuộc');
  await tree.locator('[data-unit="Tổ Giám sát đoàn viên"]').click();
  await expect(page.getByTestId('unit-path')).toHaveText('Cơ sở đoàn trực thuộc / Ban Kiểm tra');

  // An empty unit can be deleted; one with people is refused with the reason, in Vietnamese.
  await page.getByTestId('unit-delete').click();
  await page.getByTestId('unit-delete-confirm').click();
  await expect(tree.locator('[data-unit="Tổ Giám sát đoàn viên"]')).toHaveCount(0);
  await tree.getByTestId('unit-node').first().click();
  await page.getByTestId('unit-delete').click();
  await page.getByTestId('unit-delete-confirm').click();
  await expect(page.getByTestId('unit-action-error')).toContainText('không thể xóa');
  // The confirmation gone: as it closes it gives the focus back to "Xóa" (a slow machine did that
  // after the tier's button below had taken it, and Enter went to "Xóa").
  await expect(page.getByTestId('unit-delete-confirm')).toBeHidden();
  await shot('organisation', 'vi');

  // A new tier lands at the bottom; the keyboard moves it up one rank.
  const names = page.getByTestId('tier-name');
  const tiersBefore = await names.count();
  await page.getByTestId('tier-add-name').fill('Cộng tác viên');
  await page.getByTestId('tier-add-name').press('Enter');
  await expect(names).toHaveCount(tiersBefore + 1);
  await expect(names.last()).toHaveText('Cộng tác viên');
  const row = page.getByTestId('tier-row').last();
  const up = row.locator('[data-testid^="tier-up-"]');
  await up.focus();
  await expect(up).toBeFocused();
  await up.press('Enter');
  await expect(names.nth(tiersBefore - 1)).toHaveText('Cộng tác viên');
  await expect(names.last()).not.toHaveText('Cộng tác viên');
  expect(errors).toEqual([]);
});

test('directory-person: a new person checked like the service, a same-name duplicate on purpose, then a leaver flagged', async ({
  page,
  harness,
  shot,
}) => {
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
  await openSection(page, '人员');
  await expect(page.getByTestId('people-table').locator('.ant-table-row').first()).toBeVisible();

  // Mistakes are caught beside the field, in Chinese, before anything is saved.
  await page.getByTestId('person-new').click();
  await page.getByTestId('person-phone').fill('12ab');
  await page.getByTestId('person-save').click();
  await expect(page.getByText('请填写姓名。')).toBeVisible();
  await expect(page.getByText('请填写电话号码', { exact: false })).toBeVisible();

  // Another 李伟 in 办公室: the service asks, the admin confirms it is a different person.
  await page.getByTestId('person-name-input').fill('李伟');
  await page.getByTestId('person-phone').fill('139 0000 7777');
  await choose(
    page,
    page.getByTestId('person-unit'),
    page.locator('.ant-select-tree-node-content-wrapper', { hasText: /^办公室$/ }),
    () => expect(page.getByTestId('person-unit')).toContainText('办公室', { timeout: 2_000 }),
  );
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('person-form-error')).toHaveAttribute('data-code', 'duplicate_person');
  await shot('person-duplicate', 'zh-CN');
  await page.getByTestId('person-save-anyway').click();
  await expect(page.getByTestId('person-name')).toHaveText('李伟');
  await expect(page.getByTestId('person-current-groups')).toContainText('目前不在任何群中');

  // The same phone is the same person: no "save anyway", only the way to the existing record.
  await openSection(page, '人员');
  await page.getByTestId('person-new').click();
  await page.getByTestId('person-name-input').fill('张强');
  await page.getByTestId('person-phone').fill('13900007777');
  await page.getByTestId('person-phone').press('Enter');
  await expect(page.getByTestId('person-form-error')).toHaveAttribute('data-code', 'duplicate_contact');
  await expect(page.getByTestId('person-save-anyway')).toHaveCount(0);
  await page.getByTestId('person-open-existing').click();
  await expect(page.getByTestId('person-name')).toHaveText('李伟');
  await expect(page.getByTestId('page-person')).toContainText('139 0000 7777');

  // The original 李伟 leaves: every group he is still in is listed, each opening the group.
  await openSection(page, '人员');
  await page.getByTestId('people-search').fill('liwei');
  const row = page.getByTestId('people-table').locator('.ant-table-row', { hasText: '办公室副主任' }).first();
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByTestId('person-name')).toHaveText('李伟');
  const groups = await page.getByTestId('person-current-groups').getByTestId('membership-row').count();
  expect(groups).toBeGreaterThan(0);
  await page.getByTestId('person-mark-left').click();
  // The dialog opens on today's date.
  await expect(page.getByTestId('mark-left-modal').locator('input')).toHaveValue(/^\d{4}\/\d{2}\/\d{2}$/);
  await page.getByTestId('mark-left-confirm').click();
  await expect(page.getByTestId('leaver-flag')).toBeVisible();
  await expect(page.getByTestId('leaver-group-link')).toHaveCount(groups);
  await expect(page.getByTestId('person-history').getByTestId('history-item').first()).toHaveAttribute(
    'data-kind',
    'person.left',
  );
  await shot('person-left', 'zh-CN');
  const first = page.getByTestId('leaver-group-link').first();
  const groupName = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByTestId('group-name')).toHaveText(groupName);
  expect(errors).toEqual([]);
});

test('directory-rehearsal: the people page rehearsed out of sight carries only its own test ids, so the real page’s are never doubled', async ({
  page,
  harness,
}) => {
  // Every element with a test id that a rehearsal (platform/rehearsal.tsx) puts in the page,
  // recorded as it lands: a rehearsal lives two frames, and one that repeated the page's ids (its
  // title's `page-title`, seen in CI) made any test that looked for them then find two.
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { __rehearsedIds: Set<string> }).__rehearsedIds = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-rehearsal] [data-testid]')) {
        seen.add(el.getAttribute('data-testid') ?? '');
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
  const rehearsed = () =>
    page.evaluate(() => [...(window as unknown as { __rehearsedIds: Set<string> }).__rehearsedIds].sort());
  // The people page's rehearsal (its header, table, closed form and wizard) has run.
  await expect
    .poll(rehearsed, { timeout: 30_000 })
    .toEqual(expect.arrayContaining(['rehearsal-page-title', 'rehearsal-people-table', 'rehearsal-person-new']));
  expect((await rehearsed()).filter((id) => !id.startsWith('rehearsal-'))).toEqual([]);
  await openSection(page, '人员');
  await expect(page.getByTestId('page-title')).toHaveText('人员');
  await expect(page.locator('[data-rehearsal]')).toHaveCount(0);
});
