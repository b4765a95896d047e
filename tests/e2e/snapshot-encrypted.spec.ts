/**
 * An encrypted snapshot from the UI alone, in Vietnamese (issue 13, point 3): exported with a
 * password from the Snapshots page, refused with a wrong password, then opened with the right one
 * into a new data folder. The file on disk is encrypted (the ledger's names are not in it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, SCREENSHOTS, picture } from './harness';
import { loadDemo, openSection } from './helpers';

const YOUTH_UNION = 'Đoàn khối các cơ quan và doanh nghiệp tỉnh Trà Vinh';
const PASSWORD = 'Trà Vinh 2026 mật khẩu';

test('encrypted snapshot in Vietnamese: exported with a password, a wrong one refused, the right one opens it in a new folder', async ({
  page,
  harness,
}) => {
  test.slow();
  await loadDemo(page, harness.url, 'vi', 'youth-union');
  await openSection(page, 'Bản chụp');

  // Export with a password: too short first, then two that differ, then the same twice.
  await page.getByTestId('export-encrypt').check();
  await page.getByTestId('export-password').fill('ngắn');
  await page.getByTestId('export-password-repeat').fill('ngắn');
  await expect(page.getByTestId('export-snapshot')).toHaveText('Xuất bản chụp đã mã hóa');
  await page.getByTestId('export-snapshot').click();
  await expect(page.getByTestId('export-password-hint')).toHaveText('Mật khẩu phải có ít nhất 8 ký tự.');
  await page.getByTestId('export-password').fill(PASSWORD);
  await page.getByTestId('export-password-repeat').fill(`${PASSWORD}!`);
  await page.getByTestId('export-snapshot').click();
  await expect(page.getByTestId('export-password-hint')).toHaveText('Hai mật khẩu không giống nhau.');
  await page.getByTestId('export-password-repeat').fill(PASSWORD);
  await page.setViewportSize({ width: 1366, height: 768 });
  await picture(page, { path: join(SCREENSHOTS, 'snapshot-encrypt-vi-1366.png') });
  await page.getByTestId('export-password-repeat').press('Enter');
  await expect(page.getByTestId('snapshot-checksum')).toBeVisible();
  const file = (await page.getByTestId('snapshot-path').textContent())!.trim();
  expect(file.endsWith('.groupledger.enc')).toBe(true);
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 31).toString('latin1')).toBe('GROUPLEDGER-ENCRYPTED-SNAPSHOT\n');
  expect(bytes.toString('utf8')).not.toContain('Trà Vinh');
  // The password is not kept on the page once the file is written.
  await expect(page.getByTestId('export-password')).toHaveValue('');

  // Open it: the page asks for the password.
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('inspect-snapshot').click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('snapshot-password-needed')).toContainText('đã được mã hóa');

  // A wrong password is refused, in Vietnamese, and nothing is shown or written.
  await page.getByTestId('open-password').fill('mật khẩu sai');
  await page.getByTestId('open-password').press('Enter');
  await expect(page.getByTestId('snapshot-wrong-password')).toContainText(
    'Mật khẩu không đúng với mật khẩu đã dùng để mã hóa bản chụp này',
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await picture(page, { path: join(SCREENSHOTS, 'snapshot-wrong-password-vi-1366.png') });

  // The right one opens it: the dialog shows what it holds; it opens in a new data folder.
  await page.getByTestId('open-password').fill(PASSWORD);
  await page.getByTestId('open-with-password').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(YOUTH_UNION);
  await expect(dialog.getByTestId('snapshot-counts').locator('[data-count=people]')).toContainText('74');
  const planned = (await dialog.getByTestId('choice-newFolder-path').textContent())!.trim();
  await dialog.getByRole('button', { name: 'Mở trong thư mục mới' }).click();
  await expect(page.getByTestId('opened-folder-path')).toHaveText(planned);
  await expect(page.getByTestId('data-folder')).toHaveText(planned);
  await expect(page.getByTestId('org-name')).toHaveText(YOUTH_UNION);
  await openSection(page, 'Tổng quan');
  await expect(page.getByTestId('stat-people')).toContainText('73');
});

test('the JSON form in Chinese: the checkbox writes the documented JSON document, which opens again', async ({
  page,
  harness,
}) => {
  await loadDemo(page, harness.url, 'zh-CN', 'county-bureau');
  await openSection(page, '快照');
  const json = page.getByTestId('export-json');
  await expect(page.getByText('写成 JSON 文档（可供其他工具读取；文件更大，打开更慢）')).toBeVisible();
  await json.check();
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await picture(page, { path: join(SCREENSHOTS, `snapshot-json-zh-CN-${width}.png`) });
  }
  await page.getByTestId('export-snapshot').click();
  await expect(page.getByTestId('snapshot-checksum')).toBeVisible();
  const file = (await page.getByTestId('snapshot-path').textContent())!.trim();
  expect(file.endsWith('.groupledger.json')).toBe(true);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as {
    format: string;
    version: number;
    content: { people: unknown[] };
  };
  expect(doc).toMatchObject({ format: 'group-ledger-snapshot', version: 4 });
  expect(doc.content.people).toHaveLength(110);

  // Without the box, the default form: the SQLite file, named without ".json".
  await json.uncheck();
  await page.getByTestId('export-snapshot').click();
  await expect(page.getByTestId('snapshot-path')).not.toHaveText(file);
  const sqlite = (await page.getByTestId('snapshot-path').textContent())!.trim();
  expect(sqlite).toMatch(/\.groupledger$/);
  expect(readFileSync(sqlite).subarray(0, 29).toString('latin1')).toBe('group-ledger-snapshot sqlite\n');
});
