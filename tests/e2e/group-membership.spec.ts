/**
 * The group page as the administrator uses it for story 1 (scope creep) and story 5 (official
 * rules): members with their standing against the charter, an ordinary staff member blocked by the
 * charter check until the named approver approves the exception, the charter editor, ownership
 * transfer, the rules tab, and a new group — each leaving a readable line in the group's history.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, collectConsoleErrors } from './harness';
import { choose, loadDemo, memberCount, openGroup, openSection } from './helpers';

const MIDDLE = '中层干部工作群';

/** The group's member count, also while another tab of the group page is open. */
async function members(page: Page): Promise<number> {
  return Number(await page.getByTestId('member-count').getAttribute('data-count'));
}

/** Types into a person search box inside a dialog and picks the option showing `name`. */
async function pickPerson(page: Page, select: Locator, name: string) {
  await select.locator('input').fill(name);
  await choose(page, select.locator('input'), page.locator('.ant-select-item-option', { hasText: name }).first(), () =>
    expect(select).toContainText(name, { timeout: 2_000 }),
  );
}

test('membership-zh: an ordinary staff member is blocked until the 局长 approves the exception', async ({
  page,
  harness,
  shot,
}) => {
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
  await openGroup(page, '工作群', '中层干部', MIDDLE);
  const table = page.getByTestId('members-table');
  const before = await memberCount(page);

  // The creep at a glance: the "outside the charter" filter lists only members outside it.
  await page
    .getByTestId('eligibility-filter')
    .getByText(/^超出范围/)
    .click();
  const outsideRow = table.locator('.ant-table-row').first();
  await expect(outsideRow.getByTestId('eligibility')).toHaveAttribute('data-eligibility', 'outside');
  await expect(table.locator('[data-eligibility="in_charter"]')).toHaveCount(0);
  const name = (await outsideRow.locator('.ant-table-cell').first().innerText()).trim();
  await shot('outside', 'zh-CN');

  // Remove them (outside the charter), then try to add them back.
  await outsideRow.getByTestId('remove-member').click();
  await page.getByTestId('remove-reason').fill('不属于中层干部');
  await page.getByTestId('remove-confirm').click();
  await expect.poll(() => memberCount(page)).toBe(before - 1);

  await page.getByTestId('add-member').click();
  const dialog = page.getByRole('dialog');
  await pickPerson(page, dialog.getByTestId('add-person'), name);
  const check = dialog.getByTestId('charter-check');
  await expect(check).toHaveAttribute('data-eligible', 'false');
  await expect(check).toContainText('层级不在章程范围内');
  await expect(check).toContainText('局长');
  // No plain add is offered: the dialog is now the exception request.
  await expect(dialog.getByTestId('add-submit')).toHaveText(/提交审批/);
  await dialog.getByTestId('add-submit').click();
  await expect(dialog).toContainText('请选择提出例外申请的人');
  await pickPerson(page, dialog.getByTestId('exception-requested-by'), '陈娜');
  await dialog.getByTestId('exception-reason').fill('需要接收人事通知');
  await shot('request', 'zh-CN');
  await dialog.getByTestId('add-submit').click();
  await expect(dialog).toHaveCount(0);

  // The request waits in the exceptions tab; the person is still not a member.
  const request = page.getByTestId('exception-row').filter({ hasText: name });
  await expect(request).toHaveAttribute('data-status', 'pending');
  expect(await members(page)).toBe(before - 1);
  await expect(page.getByTestId('history-item').first()).toHaveAttribute('data-kind', 'exception.requested');
  await expect(page.getByTestId('history-item').first()).toContainText('须由局长审批');

  // The approver decides: only holders of the position 局长 are offered.
  await request.getByTestId('decide-exception').click();
  const decide = page.getByRole('dialog');
  await decide.getByTestId('decide-decision').getByText('批准', { exact: true }).click();
  await expect(decide.getByTestId('decide-decided-by')).toContainText('刘兆振');
  await decide.getByTestId('decide-document').fill('局办〔2024〕15号');
  await shot('decide', 'zh-CN');
  await decide.getByTestId('decide-submit').click();
  await expect(decide).toHaveCount(0);
  await expect(request).toHaveAttribute('data-status', 'approved');
  await expect(request.getByTestId('exception-document')).toContainText('局办〔2024〕15号');

  // Approval made them a member, by exception; the history reads the decision and the add.
  await expect.poll(() => members(page)).toBe(before);
  await page.getByTestId('tab-members').click();
  await page
    .getByTestId('eligibility-filter')
    .getByText(/^例外批准/)
    .click();
  const admitted = table.locator('.ant-table-row', { hasText: name });
  await expect(admitted.getByTestId('eligibility')).toHaveAttribute('data-eligibility', 'exception');
  const kinds = await page
    .getByTestId('history-item')
    .evaluateAll((items) => items.slice(0, 3).map((i) => i.getAttribute('data-kind')));
  expect(kinds).toEqual(expect.arrayContaining(['exception.approved', 'membership.added']));
  await expect(page.getByTestId('history-item').filter({ hasText: '刘兆振 批准' }).first()).toContainText(
    '局办〔2024〕15号',
  );

  // The member's badge opens the exception that let them in.
  await admitted.getByTestId('member-exception-link').click();
  await expect(page.getByTestId('exceptions-panel')).toBeVisible();
  await shot('group', 'zh-CN');
  expect(errors).toEqual([]);
});

test('charter-vi: the charter editor, ownership transfer and the rules tab', async ({ page, harness, shot }) => {
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'vi', 'youth-union');
  await openGroup(page, 'Nhóm', 'BTV Doan khoi', 'BTV Đoàn khối');
  await expect(page.getByTestId('group-charter')).toContainText('Chỉ trưởng nhóm');

  // Charter: the owner and deputies may add from now on.
  await page.getByTestId('edit-charter').click();
  const editor = page.getByRole('dialog');
  await expect(editor.getByTestId('charter-preview')).toBeVisible();
  await editor.getByTestId('charter-who-may-add').getByText('Trưởng nhóm và phó nhóm').click();
  await shot('charter', 'vi');
  await editor.getByTestId('charter-save').click();
  await expect(editor).toHaveCount(0);
  await expect(page.getByTestId('group-charter')).toContainText('Trưởng nhóm và phó nhóm');
  const latest = page.getByTestId('history-item').first();
  await expect(latest).toHaveAttribute('data-kind', 'group.charter_changed');
  await expect(latest).toContainText('quyền thêm thành viên');

  // Ownership: hand the group to another member, with a reason; the old owner stays a member.
  const table = page.getByTestId('members-table');
  const owner = (
    await table
      .locator('.ant-table-row', { has: page.locator('[data-role="owner"]') })
      .first()
      .locator('.ant-table-cell')
      .first()
      .innerText()
  ).trim();
  await page.getByTestId('transfer-ownership').click();
  const transfer = page.getByRole('dialog');
  // The dialog zooms in; a click that lands while it settles can be lost (seen once in CI), so the
  // empty submit is repeated until the refusal shows — it writes nothing either way.
  await expect(async () => {
    await transfer.getByTestId('transfer-submit').click();
    await expect(transfer).toContainText('Hãy chọn thành viên nhận quyền trưởng nhóm', { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const candidate = page.locator('.ant-select-item-option').first();
  await choose(page, transfer.getByTestId('transfer-to'), candidate, () =>
    expect(transfer.getByTestId('transfer-to')).not.toContainText('Chọn một thành viên', { timeout: 2_000 }),
  );
  const newOwner = (await transfer.getByTestId('transfer-to').innerText()).trim();
  await transfer.getByTestId('transfer-reason').fill('Chuyển công tác');
  await transfer.getByTestId('transfer-submit').click();
  await expect(transfer).toHaveCount(0);
  await expect(table.locator('.ant-table-row', { has: page.locator('[data-role="owner"]') })).toContainText(newOwner);
  // The old owner's own row (their name opens it; other rows may name them as the one who added).
  await expect(
    table.getByRole('link', { name: new RegExp(`^${owner} `) }).locator('[data-role="member"]'),
  ).toBeVisible();
  await expect(page.getByTestId('history-item').first()).toHaveAttribute('data-kind', 'group.owner_transferred');
  await expect(page.getByTestId('history-item').first()).toContainText(`từ ${owner} sang ${newOwner}`);

  // Rules: publish version 2; nobody has acknowledged it yet; record two acknowledgements.
  const count = await memberCount(page);
  await page.getByTestId('tab-rules').click();
  await page.getByTestId('rules-publish').click();
  const publish = page.getByRole('dialog');
  await publish.getByTestId('rules-text').fill('1. Chỉ đăng nội dung công việc.\n2. Không đăng ý kiến cá nhân.');
  await publish.getByTestId('rules-publish-submit').click();
  await expect(publish).toHaveCount(0);
  await expect(page.getByTestId('rules-current')).toContainText('Phiên bản 2');
  const pendingList = page.getByTestId('rules-not-acknowledged').locator('.ant-list-item');
  const pending = await pendingList.count();
  expect(pending).toBe(count);
  await page.getByTestId('rules-acknowledge').click();
  const ack = page.getByRole('dialog');
  await ack.getByTestId('rules-ack-people').locator('.ant-checkbox-wrapper').nth(0).click();
  await ack.getByTestId('rules-ack-people').locator('.ant-checkbox-wrapper').nth(1).click();
  await ack.getByTestId('rules-ack-submit').click();
  await expect(ack).toHaveCount(0);
  await expect(pendingList).toHaveCount(pending - 2);
  await expect(page.getByTestId('history-item').first()).toHaveAttribute('data-kind', 'rules.acknowledged');
  await shot('rules', 'vi');
  expect(errors).toEqual([]);
});

test('new-group: a group with its owner as founding member, then its charter', async ({ page, harness, shot }) => {
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'en', 'county-bureau');
  await openSection(page, 'Groups');
  // The closed dialog's form is not built with the page, only when the dialog first opens; closed
  // and opened again, it starts empty.
  await expect(page.getByTestId('group-form-name')).toHaveCount(0);
  await page.getByTestId('new-group').click();
  await page.getByTestId('group-form-name').fill('draft');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByTestId('new-group').click();
  await expect(page.getByTestId('group-form-name')).toHaveValue('');
  const form = page.getByRole('dialog');
  await page.getByTestId('group-form-submit').click();
  await expect(form).toContainText('Enter the group’s name.');
  await expect(form).toContainText('Choose the owner.');
  await page.getByTestId('group-form-name').fill('Flood season duty group');
  await form.getByTestId('group-form-kind').getByText('Ad hoc').click();
  await page.getByTestId('group-form-submit').click();
  await expect(form).toContainText('An ad-hoc group needs its task.');
  await page.getByTestId('group-form-task').fill('Flood season duty roster 2026');
  await page.getByTestId('group-form-end-date').click();
  await page.getByTestId('group-form-end-date').fill('09/30/2099');
  await page.getByTestId('group-form-end-date').press('Enter');
  await pickPerson(page, form.getByTestId('group-form-owner'), '李伟');
  await shot('form', 'en');
  await page.getByTestId('group-form-submit').click();
  await expect(form).toHaveCount(0);

  // The new group's page: the owner is its only (founding) member; the charter says nothing yet.
  await expect(page.getByTestId('group-name')).toHaveText('Flood season duty group');
  expect(await memberCount(page)).toBe(1);
  await expect(page.getByTestId('no-charter-hint')).toBeVisible();
  await expect(page.getByTestId('history-item').first()).toHaveAttribute(
    'data-kind',
    /group\.created|membership\.added/,
  );
  await shot('group', 'en');
  expect(errors).toEqual([]);
});
