/** Snapshots (export with checksum, import refused into a full registry, the check) and the audit log. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test, expect, collectConsoleErrors, startHarness, stopHarness } from './harness';
import { ADMIN_NAME, choose, loadDemo, openSection } from './helpers';

test('snapshot: export shows a checksum; import into a full registry is refused', async ({ page, harness, shot }) => {
  test.slow();
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'en', 'county-bureau');
  await openSection(page, 'Snapshots');
  await expect(page.getByTestId('page-title')).toHaveText('Snapshots');
  await page.getByTestId('export-snapshot').click();
  await expect(page.getByTestId('snapshot-checksum')).toHaveText(/^sha256:[0-9a-f]{64}/);
  await expect(page.getByTestId('snapshot-path')).toContainText('exports');
  await expect(page.getByTestId('export-card').getByTestId('snapshot-counts')).toContainText('People');
  // Signed with this installation's key: its fingerprint, as the director's reports print it.
  await expect(page.getByTestId('snapshot-signed-by')).toHaveText(
    /^Signed by this ledger \(key [0-9a-f]{4}( [0-9a-f]{4}){7}\)\.$/,
  );

  // The snapshot just written, chosen with the browser's file picker: this registry holds data, so
  // it can only replace it (after a copy is kept) or open in a new folder — nothing happens unasked.
  const exportsDir = join(harness.dataDir, 'exports');
  const [file] = readdirSync(exportsDir);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('inspect-snapshot').click();
  await (await chooser).setFiles(join(exportsDir, file!));
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('snapshot-preview')).toBeVisible();
  await expect(dialog.getByTestId('snapshot-signature')).toContainText('Signed by this ledger');
  await expect(dialog.getByRole('radio', { name: /Open it in a new data folder/ })).toBeChecked();
  await expect(dialog.getByTestId('choice-replace')).toContainText('Restore it over the ledger open now');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByTestId('run-doctor').click();
  await expect(page.getByTestId('doctor-result')).toHaveText('The registry is healthy.');
  await shot('snapshots', 'en');
  expect(errors).toEqual([]);
});

test('doctor names rows changed behind the history, in the UI language', async ({ page, harness }) => {
  test.slow();
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
  // Changed directly in the database, with no event: the chain is intact, only the replay sees it.
  const db = new DatabaseSync(join(harness.dataDir, 'registry.sqlite'));
  db.exec("UPDATE incidents SET severity = 'low' WHERE id = 1; UPDATE runbooks SET reason = 'X' WHERE id = 1");
  db.close();
  await openSection(page, '快照');
  await page.getByTestId('run-doctor').click();
  const card = page.getByTestId('doctor-card');
  await expect(page.getByTestId('doctor-result')).toHaveText('检查发现问题。');
  await expect(card).toContainText(/事件：2019-03-14 争吵 · .+ 的严重程度在表中为“low”，历史记录为“medium”。/);
  await expect(card).toContainText(/批量操作：将离职人员移出所有群 · .+ 的理由在表中为“X”/);
  await choose(
    page,
    page.getByTestId('language-switcher'),
    page.locator('.ant-select-item-option', { hasText: 'Tiếng Việt' }),
    () => expect(page.locator('html')).toHaveAttribute('lang', 'vi', { timeout: 2_000 }),
  );
  await expect(card).toContainText(
    /Sự việc: 2019-03-14 Cãi vã · .+ có mức độ “low” trong bảng, nhưng lịch sử ghi “medium”\./,
  );
  await choose(
    page,
    page.getByTestId('language-switcher'),
    page.locator('.ant-select-item-option', { hasText: 'English' }),
    () => expect(page.locator('html')).toHaveAttribute('lang', 'en', { timeout: 2_000 }),
  );
  await expect(card).toContainText(/Operations: Offboard a person from every group · .+ has reason “X” in the table/);
  await expect(card).not.toContainText('⟦');
});

test('audit: the event log lists events, filters by kind and shows before/after', async ({ page, harness, shot }) => {
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
  await openSection(page, '操作日志');
  await expect(page.getByTestId('page-title')).toHaveText('操作日志');
  const rows = page.getByTestId('audit-table').locator('.ant-table-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(10);
  await expect(page.getByTestId('audit-total')).toHaveText(/共 \d+ 条/);

  // Thirty kinds of event and more: typing a few characters finds the one wanted.
  await page.getByTestId('audit-kind').click();
  await page.keyboard.type('登记人员');
  await choose(
    page,
    page.getByTestId('audit-kind'),
    page.locator('.ant-select-item-option', { hasText: '登记人员' }),
    () =>
      expect(rows.first().locator('[data-kind]')).toHaveAttribute('data-kind', 'person.created', { timeout: 2_000 }),
  );
  await rows.first().click();
  // The changed fields read as a list with names; no ids and no JSON until asked for.
  const diff = page.getByTestId('event-diff');
  await expect(diff.getByTestId('event-changes')).toContainText('名称');
  await expect(diff).not.toContainText('person-');
  await diff.getByRole('button', { name: '查看原始记录（JSON）' }).click();
  await expect(diff).toContainText('"name"');
  await shot('audit', 'zh-CN');

  await openSection(page, '设置');
  await page.getByTestId('settings-theme').getByText('深色').click();
  await expect(page.getByTestId('page-title')).toHaveText('设置');
  await shot('settings-dark', 'zh-CN');
});

test('restore: a fresh install restores the ledger from an exported snapshot', async ({ page, harness, shot }) => {
  test.slow();
  await loadDemo(page, harness.url, 'vi', 'youth-union');
  await openSection(page, 'Bản chụp');
  await page.getByTestId('export-snapshot').click();
  await expect(page.getByTestId('snapshot-checksum')).toBeVisible();
  const exportsDir = join(harness.dataDir, 'exports');
  const [file] = readdirSync(exportsDir);

  // A second, empty installation; the snapshot is chosen with the browser's file picker.
  const fresh = mkdtempSync(join(tmpdir(), 'group-ledger-e2e-restore-'));
  const second = await startHarness(fresh);
  try {
    await page.goto(second.url);
    await expect(page.getByTestId('first-run')).toBeVisible({ timeout: 30_000 });
    await page.getByTestId('first-run-language').getByText('Tiếng Việt', { exact: true }).click();
    // As for a new organisation, the name that signs later changes comes first.
    await page.getByRole('button', { name: 'Khôi phục sổ từ bản chụp…' }).click();
    await expect(page.getByTestId('first-run-admin-name-required')).toBeVisible();
    await page.getByTestId('first-run-admin-name').fill(ADMIN_NAME.vi);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Khôi phục sổ từ bản chụp…' }).click();
    await (await chooser).setFiles(join(exportsDir, file!));
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Đoàn khối');
    await shot('restore-preview', 'vi');
    await dialog.getByRole('button', { name: 'Khôi phục sổ này' }).click();
    await expect(page.getByTestId('page-dashboard')).toBeVisible();
    await expect(page.getByTestId('org-name')).toContainText('Đoàn khối');
    await shot('dashboard', 'vi');
  } finally {
    await stopHarness(second.child);
    rmSync(fresh, { recursive: true, force: true });
  }
});
