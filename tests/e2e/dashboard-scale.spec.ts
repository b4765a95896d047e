/**
 * The dashboard of a larger organisation (the medium scale fixture: 2,000 people, 200 groups). Its
 * panels build their first ten lines in the frame that first shows the page and the rest a frame
 * later (ui/useFirstRows): every line the registry sent is there once the page is up, the last one
 * reached by scrolling its panel.
 */
import { rmSync } from 'node:fs';
import { cliInit, expect, startHarness, stopHarness, test } from './harness';

test('dashboard-scale: every line of the long panels is shown, the last reached by scrolling', async ({ page }) => {
  test.slow();
  const dataDir = cliInit(['--fixture', 'medium']);
  const { url, child } = await startHarness(dataDir);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(url);
    await expect(page.getByTestId('largest-group').first()).toBeVisible({ timeout: 30_000 });

    // Past their end date: the registry sends up to 50 lines and says how many there are.
    const expired = page.getByTestId('expired-groups');
    const total = Number(await expired.getAttribute('data-total'));
    expect(total).toBeGreaterThan(10);
    const lines = expired.getByTestId('expired-group');
    await expect(lines).toHaveCount(Math.min(total, 50));
    await lines.last().scrollIntoViewIfNeeded();
    await expect(lines.last()).toBeInViewport();

    // The other long lists: more than ten lines each, all of them there.
    for (const [panel, line] of [
      ['tier-warnings', 'tier-warning'],
      ['leavers', 'leaver'],
    ] as const) {
      const rows = page.getByTestId(panel).getByTestId(line);
      const shown = await rows.count();
      expect(shown, panel).toBeGreaterThan(10);
      await rows.last().scrollIntoViewIfNeeded();
      await expect(rows.last()).toBeInViewport();
    }
  } finally {
    await stopHarness(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
