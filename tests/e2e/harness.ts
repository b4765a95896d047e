/**
 * The browser harness as a Playwright fixture: a fresh data folder and a harness process per
 * test, the URL it prints, and a `shot` helper that saves a full-page screenshot named
 * <test>-<page>-<locale>.png. Builds nothing: `npm run build` must have run.
 */
import { test as base, expect, type Page, type Request } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const HARNESS = join(ROOT, 'dist/node/harness.mjs');
export const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');

/**
 * Whether the tests write their screenshots (tests/e2e/screenshots, test-results). They are for
 * people to look at and assert nothing, and make up about a fifth of the end-to-end run: `npm test`
 * leaves them out (E2E_SCREENSHOTS=0), `npm run screenshots` writes them all. Every check made
 * beside a screenshot (the page at both sizes, nothing sideways) runs either way.
 */
export const PICTURES = process.env.E2E_SCREENSHOTS !== '0';

/** A screenshot when pictures are on (see PICTURES); nothing otherwise. */
export async function picture(page: Page, options: Parameters<Page['screenshot']>[0]): Promise<void> {
  if (PICTURES) await page.screenshot(options);
}

export interface Harness {
  url: string;
  dataDir: string;
  /** Closes this harness now (the app quit), releasing its folder; the fixture's own stop is then a no-op. */
  stop(): Promise<void>;
}

/** The last 4,000 characters each harness of the running test wrote to its standard error. */
const harnessSaid = new Map<ChildProcess, string>();

/** A new data folder written by the command line (`group-ledger init ARGS --data DIR`): its path. */
export function cliInit(args: string[]): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'group-ledger-e2e-'));
  const init = spawnSync(NODE, [join(ROOT, 'dist/node/cli.mjs'), 'init', ...args, '--data', dataDir], {
    encoding: 'utf8',
  });
  if (init.status !== 0) throw new Error(`init ${args.join(' ')} failed: ${init.stderr}`);
  return dataDir;
}

export async function startHarness(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  if (!existsSync(HARNESS)) throw new Error(`${HARNESS} is missing: run \`npm run build\` first.`);
  const child = spawn(NODE, [HARNESS, '--data', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
    harnessSaid.set(child, stderr);
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`harness did not start in 20 s\n${stderr}`)), 20_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^GROUP_LEDGER_URL (\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`harness exited with ${code}\n${stderr}`));
    });
  });
  return { url, child };
}

export async function stopHarness(child: ChildProcess): Promise<void> {
  // Ended already: with a code, or by a signal (a SIGKILL below, when it took longer than 5 s to
  // close on a busy machine: its exit code then stays null, and waiting for an exit that has
  // happened hung the fixture's own stop until the test's timeout).
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

type Fixtures = {
  harness: Harness;
  /** Saves a full-page screenshot as <test>-<page>-<locale>.png. */
  shot: (pageName: string, locale: string) => Promise<void>;
};

/**
 * What a page that failed a test was doing, in a sentence: whether its script still answers and
 * whether it still draws frames (Playwright's clicks wait for two). Attached to the test as
 * "page-frames"; `npm test` prints it under a failed or flaky test.
 */
async function pageFrames(page: Page): Promise<string> {
  if (page.isClosed()) return 'the page was closed';
  const answer = page
    .evaluate(
      () =>
        new Promise<string>((done) => {
          let frames = 0;
          const start = performance.now();
          const tick = () => {
            frames += 1;
            if (performance.now() - start < 1000) requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
          setTimeout(() => done(`the page's script answers; it drew ${frames} frames in its first second`), 1500);
        }),
    )
    .catch((e: unknown) => `the page could not be asked: ${String(e).split('\n')[0]}`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silent = new Promise<string>((done) => {
    timer = setTimeout(() => done("the page's script did not answer in 4 s (its thread is busy or stopped)"), 4000);
  });
  try {
    return await Promise.race([answer, silent]);
  } finally {
    clearTimeout(timer);
  }
}

export const test = base.extend<Fixtures>({
  page: async ({ page }, use, testInfo) => {
    harnessSaid.clear();
    // The registry calls the page has made and not yet had answered, each with when it was sent.
    const waiting = new Map<Request, number>();
    const isCall = (request: Request) => new URL(request.url()).pathname.startsWith('/rpc/');
    page.on('request', (request) => void (isCall(request) && waiting.set(request, Date.now())));
    page.on('requestfinished', (request) => void waiting.delete(request));
    page.on('requestfailed', (request) => void waiting.delete(request));
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus) {
      const calls = [...waiting].map(
        ([request, sent]) =>
          `${decodeURIComponent(new URL(request.url()).pathname.slice(5))} (${((Date.now() - sent) / 1000).toFixed(1)} s)`,
      );
      const said = [...harnessSaid.values()].map((text) => text.trim()).filter(Boolean);
      const body = [
        await pageFrames(page),
        calls.length > 0 ? `registry calls still unanswered: ${calls.join(', ')}` : 'no registry call unanswered',
        ...(said.length > 0 ? [`the harness wrote: ${said.join(' | ').replace(/\s+/g, ' ').slice(-1500)}`] : []),
      ].join('; ');
      await testInfo.attach('page-frames', { body, contentType: 'text/plain' });
    }
  },
  // Playwright reads a fixture's dependencies from its destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  harness: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'group-ledger-e2e-'));
    const { url, child } = await startHarness(dataDir);
    try {
      await use({ url, dataDir, stop: () => stopHarness(child) });
    } finally {
      await stopHarness(child);
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
  shot: async ({ page }, use, testInfo) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // "scope-creep: first run…" → "scope-creep": the part before the colon names the screenshots.
    const slug = testInfo.title
      .split(':')[0]!
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40);
    await use(async (pageName, locale) => {
      if (!PICTURES) return;
      // From the top (sticky header and menu in place), once transitions and virtual lists settle.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SCREENSHOTS, `${slug}-${pageName}-${locale}.png`), fullPage: true });
    });
  },
});

export { expect };

/** Errors printed to the console by the page (React warnings, failed requests) fail the test. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}
