/// <reference lib="dom" />
/**
 * Browser-side benchmark through the harness in Chromium: page load to an interactive dashboard,
 * mounting the people table, a scripted scroll through it counting long frames (> 50 ms), the same
 * for the groups table, and the page's JS heap (`registry`); and the runbook walk (`runbooks`): on the real walk page of the
 * dissolution node-bench left in progress, Enter pressed again and again, each timed from the key
 * press to the next person's name painted. Prints one JSON document on stdout.
 *
 *   node dist/bench/browser-bench.mjs --data DIR [--runs 3] [--presses 60] [--only registry,runbooks]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DatabaseSync } from 'node:sqlite';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { median, stats } from './measure';

const BENCH_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

function startHarness(dataDir: string, openFile?: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const args = ['dist/node/harness.mjs', '--data', dataDir, ...(openFile ? ['--open-file', openFile] : [])];
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('harness did not start in 30 s')), 30_000);
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      buffer += chunk;
      const match = /GROUP_LEDGER_URL (\S+)/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, child });
      }
    });
    child.on('exit', (code) => reject(new Error(`harness exited with ${code}`)));
  });
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  await cdp.detach();
  return Math.round((used / 1024 / 1024) * 10) / 10;
}

/** From a click on a menu entry to the first rows of its table painted, measured in the page. */
function timeTableMount(page: Page, menu: 'people' | 'groups'): Promise<number> {
  return page.evaluate(
    (menu) =>
      new Promise<number>((resolve, reject) => {
        // Rows with their content: a row whose page is still being read does not count.
        const rowsSelector = `[data-testid="${menu}-table"] .ant-table-row:not(.gl-windowed-pending)`;
        const item = document.querySelector<HTMLElement>(`[data-testid="main-menu"] [data-menu-id$="${menu}"]`);
        if (!item) return reject(new Error(`no ${menu} menu item`));
        const t0 = performance.now();
        const done = () => requestAnimationFrame(() => resolve(performance.now() - t0));
        const observer = new MutationObserver(() => {
          if (document.querySelector(rowsSelector)) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        item.click();
        setTimeout(() => reject(new Error('rows did not appear in 60 s')), 60_000);
      }),
    menu,
  );
}

/**
 * The page's own frames while a job runs on the other side (issues 12 and 13: the window's longest
 * frame during a snapshot export and a backup): every animation frame timed from `start` until
 * `doneSelector` shows, as the administrator watches the progress bar, and `settleMs` after (the
 * page's own work once the result shows; before 2026-12-05 evening the frames stopped at it).
 */
async function framesWhile(page: Page, start: () => Promise<void>, doneSelector: string, settleMs = 500) {
  await page.evaluate(() => {
    const w = window as unknown as { __glFrames: number[]; __glFramesOn: boolean };
    w.__glFrames = [];
    w.__glFramesOn = true;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      w.__glFrames.push(now - last);
      last = now;
      if (w.__glFramesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  await start();
  await page.waitForSelector(doneSelector, { timeout: 120_000 });
  const ms = Date.now() - t0;
  // And what the page does once the result shows (a list read again, another ledger drawn).
  await page.waitForTimeout(settleMs);
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __glFrames: number[]; __glFramesOn: boolean };
    w.__glFramesOn = false;
    return w.__glFrames;
  });
  return {
    ms,
    frames: frames.length,
    longestFrameMs: Math.round(Math.max(0, ...frames) * 10) / 10,
    longFrames: frames.filter((f) => f > 50).length,
  };
}

/** Scrolls through a whole table, one viewport step per frame, timing every frame. */
function scrollThrough(page: Page, testId: string) {
  return page.evaluate(async (testId) => {
    const table = `[data-testid="${testId}"]`;
    const holder =
      document.querySelector<HTMLElement>(`${table} .ant-table-tbody-virtual-holder`) ??
      document.querySelector<HTMLElement>(`${table} .rc-virtual-list-holder`) ??
      document.querySelector<HTMLElement>(`${table} .ant-table-body`);
    if (!holder) return { error: 'no scroll container' };
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ type: 'longtask', buffered: false });
    const frames: number[] = [];
    const step = Math.max(200, Math.floor(holder.clientHeight * 0.9));
    const start = performance.now();
    await new Promise<void>((resolve) => {
      let last = performance.now();
      const tick = () => {
        const now = performance.now();
        frames.push(now - last);
        last = now;
        if (holder.scrollTop + holder.clientHeight >= holder.scrollHeight - 2 || frames.length > 5000) return resolve();
        holder.scrollTop += step;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    observer.disconnect();
    frames.shift();
    return {
      frames: frames.length,
      longFrames: frames.filter((f) => f > 50).length,
      worstFrameMs: Math.round(Math.max(0, ...frames) * 10) / 10,
      longTasks: longTasks.length,
      totalMs: Math.round(performance.now() - start),
      scrolledPx: holder.scrollTop,
    };
  }, testId);
}

const longFrames = (scroll: Awaited<ReturnType<typeof scrollThrough>>) =>
  'longFrames' in scroll ? (scroll.longFrames as number) : NaN;

/**
 * References measured in the same browser in the same run, so a slow or busy day neither hides nor
 * fakes progress (the figures beside them are also given as ratios to them):
 * - a blank page of the same bundle: index.html without its root element, so the start-up chunks
 *   are fetched, compiled and run, and the app stops where it would mount (load event, ms);
 * - a plain list of 10,000 rows of one fixed height (six cells each, no framework), from the
 *   moment it is built to its first frame painted.
 */
async function measureReferences(page: Page, url: string): Promise<{ blankPageMs: number; plainListMs: number }> {
  const blank = new URL('blank-reference.html', url).href;
  const html = readFileSync('dist/renderer/index.html', 'utf8').replace('<div id="root"></div>', '');
  await page.route(blank, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  page.on('pageerror', () => undefined); // the app stops where it would mount: expected
  await page.goto(blank, { waitUntil: 'load' });
  const blankPageMs = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.loadEventStart : performance.now();
  });
  const plainListMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const holder = document.createElement('div');
        holder.style.cssText = 'height:600px;overflow:auto;font:14px sans-serif';
        for (let i = 0; i < 10_000; i++) {
          const row = document.createElement('div');
          row.style.cssText = 'height:40px;display:flex;gap:8px;align-items:center';
          for (let c = 0; c < 6; c++) {
            const cell = document.createElement('span');
            cell.textContent = `行 ${i} · 列 ${c}`;
            row.appendChild(cell);
          }
          holder.appendChild(row);
        }
        document.body.appendChild(holder);
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            resolve(performance.now() - t0);
            holder.remove();
          };
          channel.port2.postMessage(null);
        });
      }),
  );
  await page.unroute(blank);
  return { blankPageMs: Math.round(blankPageMs), plainListMs: Math.round(plainListMs) };
}

async function measureOnce(url: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Interactive: the dashboard shows data from the registry (its largest groups are listed).
    // Timed in the page, as the tables' mounts are: the frame that first shows a largest group,
    // painted (the task after the next animation frame). Playwright's own wait re-checks the page
    // after 20, 50, 100, 100 ms, then every 500 ms, so the moment it notices (kept beside, as
    // `pageLoadToDashboardDriverMs`) came 0–500 ms after the page showed it, at random.
    await page.addInitScript(() => {
      const marked = window as unknown as { __glDashboardShownMs?: number };
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="page-dashboard"] [data-testid="largest-group"]')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => void (marked.__glDashboardShownMs = performance.now());
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForSelector('[data-testid="page-dashboard"] [data-testid="largest-group"]', { timeout: 60_000 });
    const driverMs = await page.evaluate(() => performance.now());
    const dashboardMs = await page
      .waitForFunction(() => (window as unknown as { __glDashboardShownMs?: number }).__glDashboardShownMs)
      .then((handle) => handle.jsonValue() as Promise<number>);

    // Data fetch alone, for reading the mount time below: the table's first page of 100 rows, as
    // the page reads it (people.window, read ahead before the first visit), and the whole list the
    // table read before 2026-12-05 evening (people.list), for comparison.
    const [fetchMs, wholeListMs] = await page.evaluate(async () => {
      const api = (window as unknown as { groupLedger: Record<string, (i?: unknown) => Promise<unknown>> }).groupLedger;
      const locale = document.documentElement.lang || 'en';
      const t0 = performance.now();
      await api['people.window']!({ locale: ['zh-CN', 'vi', 'en'].includes(locale) ? locale : 'en', offset: 0, limit: 100 });
      const t1 = performance.now();
      await api['people.list']!({});
      return [t1 - t0, performance.now() - t1];
    });

    // Mount: from the click on "People" to the first rows painted, timed inside the page so the
    // driver's own round trips are not counted. The console reads the people and groups pages and
    // lists ahead a second after it is up (features' `warm`), and renders each table once out of
    // sight (platform/rehearsal.tsx): the first visit comes after the
    // dashboard has been shown for two seconds, as an administrator first looks at it. A second
    // visit (after the dashboard) shows the list the store holds while it refreshes.
    await page.waitForTimeout(2000);
    const mountMs = await timeTableMount(page, 'people');
    const rowsShown = await page.locator('[data-testid="people-count"]').innerText();
    const scroll = await scrollThrough(page, 'people-table');
    await page.locator('[data-testid="main-menu"] [data-menu-id$="dashboard"]').click();
    await page.waitForSelector('[data-testid="page-dashboard"]');
    const remountMs = await timeTableMount(page, 'people');

    // The same for the groups table: first visit, then a scroll through all of it.
    const groupsMountMs = await timeTableMount(page, 'groups');
    const groupsShown = await page.locator('[data-testid="groups-count"]').innerText();
    const groupsScroll = await scrollThrough(page, 'groups-table');
    const heap = await heapMb(page);

    // A snapshot export and a backup from the Snapshots page, the page's frames timed meanwhile.
    await page.locator('[data-testid="main-menu"] [data-menu-id$="snapshots"]').click();
    await page.waitForSelector('[data-testid="page-snapshots"] [data-testid="export-snapshot"]');
    await page.waitForTimeout(1000);
    const exportFrames = await framesWhile(
      page,
      () => page.getByTestId('export-snapshot').click(),
      '[data-testid="snapshot-path"]',
    );
    const exportedPath = await page.getByTestId('snapshot-path').innerText();
    await page.waitForTimeout(1000);
    const backupFrames = await framesWhile(
      page,
      () => page.getByTestId('backup-now').click(),
      '[data-testid="backup-created"]',
    );
    return {
      pageLoadToDashboardMs: Math.round(dashboardMs),
      pageLoadToDashboardDriverMs: Math.round(driverMs),
      peopleFetchMs: Math.round(fetchMs),
      peopleWholeListMs: Math.round(wholeListMs),
      tableMountMs: Math.round(mountMs),
      tableMountMinusFetchMs: Math.round(mountMs - fetchMs),
      tableRemountMs: Math.round(remountMs),
      rowsShown,
      scroll,
      groupsTableMountMs: Math.round(groupsMountMs),
      groupsShown,
      groupsScroll,
      jsHeapMb: heap,
      exportFrames,
      backupFrames,
      exportedPath,
    };
  } finally {
    await browser.close();
  }
}

/**
 * From the key press (the keydown's own time stamp) to the frame that shows the next person's
 * name painted: the walk card's step number changes, then the frame is drawn (the task after the
 * next animation frame).
 */
function timeNextPerson(page: Page): Promise<{ ms: number; name: string }> {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; name: string }>((resolve, reject) => {
        const card = () => document.querySelector<HTMLElement>('[data-testid="walk-step"]');
        const before = card()?.dataset.ord;
        let pressed = NaN;
        const onKey = (e: KeyboardEvent) => {
          if (e.key === 'Enter') pressed = e.timeStamp;
        };
        window.addEventListener('keydown', onKey, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          const now = card();
          if (!now || now.dataset.ord === before) return;
          observer.disconnect();
          const name = now.querySelector('[data-testid="walk-name"]')?.textContent ?? '';
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ ms: performance.now() - pressed, name });
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
        setTimeout(() => reject(new Error(`the next person did not show in 30 s (step ${before})`)), 30_000);
      }),
  );
}

/**
 * The walk of the largest runbook in progress, `presses` steps recorded with Enter at each pace.
 * `idle`: each press waits until the page has stopped re-reading the registry after the last step
 * (the administrator acts on the phone between presses, seconds); how long that took is recorded
 * too. `immediate`: Enter again as soon as the next person shows.
 */
async function measureWalk(url: string, presses: number) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(url);
    await page.waitForSelector('[data-testid="page-dashboard"]', { timeout: 60_000 });
    const target = await page.evaluate(async () => {
      const api = (window as unknown as { groupLedger: Record<string, (i?: unknown) => Promise<unknown>> }).groupLedger;
      const result = (await api['runbooks.list']!({ state: 'in_progress' })) as {
        ok: boolean;
        value: Array<{ id: number; groups: Array<{ name: string }>; progress: { done: number; total: number } }>;
      };
      if (!result.ok) throw new Error(JSON.stringify(result));
      return result.value.sort((a, b) => b.progress.total - a.progress.total)[0] ?? null;
    });
    if (!target) throw new Error('no runbook in progress: run node-bench with its runbooks part first');
    // A small organisation's walk is shorter than the presses asked for: as many as it has left
    // (two paces, and one step kept so the walk is still in progress for the next run).
    presses = Math.min(presses, Math.floor((target.progress.total - target.progress.done - 1) / 2));
    await page.locator('[data-testid="main-menu"] [data-menu-id$="operations"]').click();
    await page.locator('[data-testid="operation-row"]', { hasText: target.groups[0]!.name }).first().click();
    await page.waitForSelector('[data-testid="walk-name"]', { timeout: 60_000 });
    await page.locator('[data-testid="walk"]').focus();
    // Registry calls in flight (the change notifications' event stream is not one).
    let inflight = 0;
    const isCall = (r: { url(): string }) => r.url().includes('/rpc/');
    page.on('request', (r) => isCall(r) && inflight++);
    page.on('requestfinished', (r) => isCall(r) && inflight--);
    page.on('requestfailed', (r) => isCall(r) && inflight--);
    const settled = async () => {
      // The page re-reads 120 ms after a change is announced; quiet = nothing in flight for 250 ms.
      const started = Date.now();
      await page.waitForTimeout(150);
      let quietSince = Date.now();
      while (Date.now() - quietSince < 250) {
        await page.waitForTimeout(25);
        if (inflight > 0) quietSince = Date.now();
      }
      return Date.now() - started - 250;
    };
    const press = async () => {
      const shown = timeNextPerson(page);
      // The listener above is in place before the key is pressed (evaluate runs in order).
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
      await page.keyboard.press('Enter');
      const { ms, name } = await shown;
      names.add(name);
      return Math.round(ms * 10) / 10;
    };
    const names = new Set<string>();
    const idle: number[] = [];
    const busyAfter: number[] = [];
    await settled();
    for (let i = 0; i < presses; i++) {
      idle.push(await press());
      busyAfter.push(await settled());
    }
    const immediate: number[] = [];
    for (let i = 0; i < presses; i++) immediate.push(await press());
    const progress = await page.locator('[data-testid="walk-progress"]').innerText();
    return {
      steps: target.progress.total,
      presses: 2 * presses,
      distinctNames: names.size,
      progress,
      idle,
      busyAfter,
      immediate,
    };
  } finally {
    await browser.close();
  }
}

/**
 * A snapshot opened and imported from the Snapshots page, the page's frames timed meanwhile (issue
 * 13: the window's longest frame during the import): the file the registry run exported, opened in
 * another ledger of the same installation (its key copied, as on the same PC) that holds a small
 * organisation, so the page offers to open the snapshot in a new data folder (its default). The
 * harness answers "open" with that file (`--open-file`), as the app's dialog would: the page asks
 * the host, as in the app. Two frames series: choosing the file until its preview shows (verified
 * on the worker thread), and the import until its result shows.
 */
/** The UI language of the registry in `dataDir`. */
function localeOf(dataDir: string): string {
  const db = new DatabaseSync(join(dataDir, 'registry.sqlite'), { readOnly: true });
  try {
    return (db.prepare('SELECT locale FROM organisation').get() as { locale: string }).locale;
  } finally {
    db.close();
  }
}

async function measureImport(snapshot: string, dataDir: string) {
  const root = mkdtempSync(join(tmpdir(), 'gl-bench-import-'));
  try {
    // In the language of the registry measured: a snapshot opened in a ledger of another language
    // switches the whole window to it (another measure).
    const init = spawnSync(
      process.execPath,
      ['dist/node/cli.mjs', 'init', '--demo', 'youth-union', '--locale', localeOf(dataDir), '--data', root],
      {
        encoding: 'utf8',
      },
    );
    if (init.status !== 0) throw new Error(`init failed: ${init.stderr}`);
    cpSync(join(dataDir, 'keys'), join(root, 'keys'), { recursive: true });
    const { url, child } = await startHarness(root, snapshot);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(url);
      await page.waitForSelector('[data-testid="page-dashboard"]', { timeout: 60_000 });
      await page.locator('[data-testid="main-menu"] [data-menu-id$="snapshots"]').click();
      await page.waitForSelector('[data-testid="page-snapshots"] [data-testid="inspect-snapshot"]');
      await page.waitForTimeout(1000);
      const verifyFrames = await framesWhile(
        page,
        () => page.getByTestId('inspect-snapshot').click(),
        '[data-testid="snapshot-preview"]',
      );
      await page.waitForTimeout(500);
      const importFrames = await framesWhile(
        page,
        () => page.locator('.ant-modal-footer .ant-btn-primary').click(),
        '[data-testid="restore-result"]',
        // The other ledger is then read and drawn: the whole window, in its frames.
        1500,
      );
      return { verifyFrames, importFrames };
    } finally {
      await browser.close();
      child.kill();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      runs: { type: 'string' },
      presses: { type: 'string' },
      only: { type: 'string' },
    },
  });
  if (!values.data) throw new Error('--data DIR is required');
  const runs = Number(values.runs ?? 3);
  const presses = Number(values.presses ?? 60);
  const only = new Set((values.only ?? 'registry,runbooks').split(','));
  const { url, child } = await startHarness(values.data);
  try {
    const result: Record<string, unknown> = { runs };
    {
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_ARGS });
      try {
        const refs: Array<{ blankPageMs: number; plainListMs: number }> = [];
        for (let i = 0; i < Math.max(3, runs); i++) {
          refs.push(await measureReferences(await browser.newPage({ viewport: { width: 1440, height: 900 } }), url));
        }
        result.reference = {
          blankPageMs: median(refs.map((r) => r.blankPageMs)),
          plainListMs: median(refs.map((r) => r.plainListMs)),
        };
      } finally {
        await browser.close();
      }
    }
    if (only.has('registry')) {
      const samples: Array<Awaited<ReturnType<typeof measureOnce>>> = [];
      for (let i = 0; i < runs; i++) samples.push(await measureOnce(url));
      const pick = (f: (s: (typeof samples)[number]) => number) => median(samples.map(f));
      Object.assign(result, {
        median: {
          pageLoadToDashboardMs: pick((s) => s.pageLoadToDashboardMs),
          pageLoadToDashboardDriverMs: pick((s) => s.pageLoadToDashboardDriverMs),
          peopleFetchMs: pick((s) => s.peopleFetchMs),
          peopleWholeListMs: pick((s) => s.peopleWholeListMs),
          tableMountMs: pick((s) => s.tableMountMs),
          tableMountMinusFetchMs: pick((s) => s.tableMountMinusFetchMs),
          tableRemountMs: pick((s) => s.tableRemountMs),
          scrollLongFrames: pick((s) => longFrames(s.scroll)),
          groupsTableMountMs: pick((s) => s.groupsTableMountMs),
          groupsScrollLongFrames: pick((s) => longFrames(s.groupsScroll)),
          jsHeapMb: pick((s) => s.jsHeapMb),
          exportMs: pick((s) => s.exportFrames.ms),
          exportLongestFrameMs: pick((s) => s.exportFrames.longestFrameMs),
          backupMs: pick((s) => s.backupFrames.ms),
          backupLongestFrameMs: pick((s) => s.backupFrames.longestFrameMs),
        },
        samples,
      });
      // The snapshots each run exported, each opened and imported from another ledger's page.
      const imports: Array<Awaited<ReturnType<typeof measureImport>>> = [];
      for (const sample of samples) {
        imports.push(await measureImport(resolve(values.data, sample.exportedPath), values.data));
        rmSync(resolve(values.data, sample.exportedPath), { force: true });
      }
      const pickImport = (f: (s: (typeof imports)[number]) => number) => median(imports.map(f));
      Object.assign(result.median as Record<string, number>, {
        importVerifyMs: pickImport((s) => s.verifyFrames.ms),
        importVerifyLongestFrameMs: pickImport((s) => s.verifyFrames.longestFrameMs),
        importMs: pickImport((s) => s.importFrames.ms),
        importLongestFrameMs: pickImport((s) => s.importFrames.longestFrameMs),
      });
      result.imports = imports;
    }
    if (only.has('runbooks')) {
      // Each run in a fresh browser continues the same walk: `presses` in all at each pace.
      const perRun = Math.ceil(presses / runs);
      const walks: Array<Awaited<ReturnType<typeof measureWalk>>> = [];
      for (let i = 0; i < runs; i++) walks.push(await measureWalk(url, perRun));
      result.walk = {
        keyToNextPerson: stats(walks.flatMap((w) => w.idle)),
        busyAfterStep: stats(walks.flatMap((w) => w.busyAfter)),
        backToBack: stats(walks.flatMap((w) => w.immediate)),
        walks,
      };
    }
    process.stdout.write(JSON.stringify(result));
  } finally {
    child.kill('SIGTERM');
  }
}

await main();
