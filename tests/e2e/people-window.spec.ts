/**
 * The people table reads the registry a window at a time (issue 13): on the medium scale fixture
 * (2,000 people) the page never asks for the whole list, each answer holds at most a page of rows,
 * and yet every person is reachable — the last one by scrolling to the end, in the order the main
 * process sorts (pinyin for zh-CN) — and the header's sort and filters, the search, and a change
 * made elsewhere all show in the rows; the groups table the same; the organisation page's unit
 * panel and tier counts come from the registry too.
 */
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { cliInit, expect, startHarness, stopHarness, test } from './harness';
import { personInput } from '../fixtures/personInput';

interface Answer {
  total: number;
  rows: Array<{ id: string; name: string; unitName: string | null; groupCount: number }>;
}

/** The harness API as the page calls it: its answer, or the error's message thrown. */
async function api<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = (await page.evaluate(
    ([channel, input]) =>
      (window as unknown as { groupLedger: Record<string, (i: unknown) => Promise<unknown>> }).groupLedger[channel]!(
        input,
      ),
    [channel, input] as const,
  )) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

test('people-window: 2,000 people and 200 groups read a page at a time, every one reachable, sorted and filtered by the registry', async ({
  page,
}) => {
  test.slow();
  const dataDir = cliInit(['--fixture', 'medium']);
  const { url, child } = await startHarness(dataDir);
  // Every answer the page gets for the people table, and whether it ever asks for the whole list.
  const windows: Answer[] = [];
  let wholeList = 0;
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (path === '/rpc/people.list' || path === '/rpc/groups.list') wholeList++;
    if (path === '/rpc/people.window') {
      const body = (await response.json().catch(() => null)) as { value?: Answer } | Answer | null;
      const answer = body && 'value' in body ? body.value : (body as Answer | null);
      if (answer?.rows) windows.push(answer);
    }
  });
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(url);
    await expect(page.getByTestId('largest-group').first()).toBeVisible({ timeout: 30_000 });
    await api(page, 'settings.update', { locale: 'zh-CN' });
    await page.reload();
    await expect(page.getByTestId('largest-group').first()).toBeVisible({ timeout: 30_000 });
    // The test's own questions to the registry go through another tab, so `windows` holds only the
    // table's reads.
    const probe = await page.context().newPage();
    await probe.goto(url);
    await expect(probe.getByTestId('largest-group').first()).toBeVisible({ timeout: 30_000 });
    await page.locator('[data-testid="main-menu"] [data-menu-id$="people"]').click();
    const table = page.getByTestId('people-table');
    const rows = table.locator('.ant-table-row:not(.gl-windowed-pending)');
    await expect(page.getByTestId('people-count')).toHaveText('共 2000 人');
    await expect(rows.first()).toBeVisible();

    // The order the registry sends: leadership first, then names in pinyin order.
    const everyone = await api<Answer>(probe, 'people.window', { locale: 'zh-CN', offset: 0, limit: 500 });
    await expect(rows.first().locator('td').first()).toHaveText(everyone.rows[0]!.name);
    const last = await api<Answer>(probe, 'people.window', { locale: 'zh-CN', offset: 1999, limit: 1 });

    // To the end of the list: the last person is drawn once their page is read.
    const body = table.locator('.ant-table-body');
    await body.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(table.locator(`tr[data-index="1999"]:not(.gl-windowed-pending)`)).toContainText(last.rows[0]!.name);

    // Sorted by the number of groups, most first: the registry sorts, the top shows it.
    const groupsHeader = table.locator('th', { hasText: '所在群' });
    await groupsHeader.click();
    await groupsHeader.click();
    const most = await api<Answer>(probe, 'people.window', {
      locale: 'zh-CN',
      offset: 0,
      limit: 1,
      sort: { key: 'groups', order: 'descend' },
    });
    await expect(rows.first().locator('td').first()).toHaveText(most.rows[0]!.name);
    await expect(rows.first().locator('td').last()).toHaveText(String(most.rows[0]!.groupCount));

    // Filtered to one unit from the header: the count is that unit's.
    const unit = '办公室';
    const inUnit = await api<Answer>(probe, 'people.window', {
      locale: 'zh-CN',
      offset: 0,
      limit: 1,
      filters: { unit: [unit] },
    });
    expect(inUnit.total).toBeGreaterThan(0);
    await table.locator('th', { hasText: '部门' }).locator('.ant-table-filter-trigger').click();
    const menu = page.locator('.ant-table-filter-dropdown');
    await menu.getByText(unit, { exact: true }).click();
    await menu.locator('.ant-btn-primary').click();
    await expect(page.getByTestId('people-count')).toHaveText(`共 ${inUnit.total} 人`);
    await expect(rows.first().locator('td').nth(1)).toHaveText(unit);

    // A person added to that unit elsewhere (the command line, another window) shows without a reload.
    const units = await api<Array<{ id: string; name: string }>>(probe, 'units.list', undefined);
    await api(probe, 'people.save', personInput('阿阿窗口新人', { unitId: units.find((u) => u.name === unit)!.id }));
    await expect(page.getByTestId('people-count')).toHaveText(`共 ${inUnit.total + 1} 人`);
    await page.getByTestId('people-search').fill('阿阿窗口新人');
    await expect(page.getByTestId('people-count')).toHaveText('共 1 人');
    await expect(rows).toHaveCount(1);
    await expect(rows.first().locator('td').first()).toHaveText('阿阿窗口新人');

    // The groups table the same way: 200 groups, sorted by their number of members, most first,
    // then filtered to the active ones ("显示 N 个群，共 200 个").
    await page.locator('[data-testid="main-menu"] [data-menu-id$="groups"]').click();
    const groups = page.getByTestId('groups-table');
    await expect(page.getByTestId('groups-count')).toHaveText('共 200 个群');
    const largest = await api<Answer & { rows: Array<{ name: string; memberCount: number }> }>(probe, 'groups.window', {
      locale: 'zh-CN',
      offset: 0,
      limit: 1,
      sort: { key: 'members', order: 'descend' },
    });
    const membersHeader = groups.locator('th', { hasText: '人数' });
    await membersHeader.click();
    await membersHeader.click();
    const groupRows = groups.locator('.ant-table-row:not(.gl-windowed-pending)');
    await expect(groupRows.first().locator('td').first()).toContainText(largest.rows[0]!.name);
    const active = await api<Answer>(probe, 'groups.window', {
      locale: 'zh-CN',
      offset: 0,
      limit: 1,
      filters: { status: ['active'] },
    });
    await groups.locator('th', { hasText: '状态' }).locator('.ant-table-filter-trigger').click();
    const statusMenu = page.locator('.ant-table-filter-dropdown').last();
    await statusMenu.getByText('在用', { exact: true }).click();
    await statusMenu.locator('.ant-btn-primary').click();
    await expect(page.getByTestId('groups-count')).toHaveText(
      active.total === 200 ? '共 200 个群' : `显示 ${active.total} 个群，共 200 个`,
    );

    // The organisation page: a unit's first 30 people and how many more, each tier's count — read
    // from the registry, not from the whole directory.
    await page.locator('[data-testid="main-menu"] [data-menu-id$="organisation"]').click();
    const ownPeople = await api<Answer>(probe, 'people.window', {
      locale: 'zh-CN',
      offset: 0,
      limit: 500,
      filters: { unit: [unit] },
    });
    await page.getByTestId('unit-node').filter({ hasText: unit }).first().click();
    await expect(page.getByTestId('unit-selected')).toHaveText(unit);
    await expect(page.getByTestId('unit-person')).toHaveCount(Math.min(30, ownPeople.total));
    await expect(page.getByTestId('unit-person').first()).toContainText(ownPeople.rows[0]!.name);
    if (ownPeople.total > 30) await expect(page.getByTestId('unit-more')).toContainText(String(ownPeople.total - 30));
    const tiers = await api<Array<{ name: string; people: number }>>(probe, 'tiers.list', undefined);
    await expect(page.getByTestId('tier-people')).toHaveText(tiers.map((tier) => `${tier.people} 人`));

    // Never a whole list, and never more than a page at a time.
    expect(wholeList).toBe(0);
    expect(windows.length).toBeGreaterThan(3);
    expect(Math.max(...windows.map((w) => w.rows.length))).toBeLessThanOrEqual(100);
  } finally {
    await stopHarness(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
