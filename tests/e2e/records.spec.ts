/** Snapshots (export with checksum, import refused into a full registry, the check) and the audit log. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, collectConsoleErrors, startHarness, stopHarness } from './harness';
import { choose, loadDemo, openSection } from './helpers';

test('snapshot: export shows a checksum; import into a full registry is refused', async ({ page, harness, shot }) => {
  const errors = collectConsoleErrors(page);
  await loadDemo(page, harness.url, 'en', 'county-bureau');
  await openSection(page, 'Snapshots');
  await expect(page.getByTestId('page-title')).toHaveText('Snapshots');
  await page.getByTestId('export-snapshot').click();
  await expect(page.getByTestId('snapshot-checksum')).toHaveText(/^sha256:[0-9a-f]{64}/);
  await expect(page.getByTestId('snapshot-path')).toContainText('exports');
  await expect(page.getByTestId('export-card').getByTestId('snapshot-counts')).toContainText('People');

  // The harness imports the newest file in <data>/imports: offer it the snapshot just written.
  const exportsDir = join(harness.dataDir, 'exports');
  const [file] = readdirSync(exportsDir);
  mkdirSync(join(harness.dataDir, 'imports'), { recursive: true });
  copyFileSync(join(exportsDir, file!), join(harness.dataDir, 'imports', file!));
  await page.getByTestId('inspect-snapshot').click();
  await expect(page.getByTestId('snapshot-preview')).toBeVisible();
  await expect(page.getByTestId('registry-not-empty')).toContainText('already holds data');

  await page.getByTestId('run-doctor').click();
  await expect(page.getByTestId('doctor-result')).toHaveText('The registry is healthy.');
  await shot('snapshots', 'en');
  expect(errors).toEqual([]);
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
  await loadDemo(page, harness.url, 'vi', 'youth-union');
  await openSection(page, 'Bản chụp');
  await page.getByTestId('export-snapshot').click();
  await expect(page.getByTestId('snapshot-checksum')).toBeVisible();
  const exportsDir = join(harness.dataDir, 'exports');
  const [file] = readdirSync(exportsDir);

  // A second, empty installation with the snapshot waiting in its imports folder.
  const fresh = mkdtempSync(join(tmpdir(), 'group-ledger-e2e-restore-'));
  mkdirSync(join(fresh, 'imports'));
  copyFileSync(join(exportsDir, file!), join(fresh, 'imports', file!));
  const second = await startHarness(fresh);
  try {
    await page.goto(second.url);
    await expect(page.getByTestId('first-run')).toBeVisible();
    await page.getByTestId('first-run-language').getByText('Tiếng Việt', { exact: true }).click();
    await page.getByRole('button', { name: 'Khôi phục sổ từ bản chụp…' }).click();
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
