import { describe, expect, it, afterEach } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { startHarness, type Harness } from '../../electron/harness/server';
import { tempDir } from './helpers';

let harness: Harness | null = null;
let dataDir = '';
let rendererDir = '';
afterEach(async () => {
  await harness?.close();
  harness = null;
});

async function start(dir = tempDir()): Promise<Harness> {
  dataDir = dir;
  const renderer = tempDir();
  rendererDir = renderer;
  const outside = tempDir();
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'index.html'), '<html><head></head><body>app</body></html>');
  writeFileSync(join(renderer, 'assets', 'a.js'), 'console.log(1)');
  // Links: one to a file inside the folder, one to a file outside, one to a folder outside.
  writeFileSync(join(outside, 'secret.js'), 'secret');
  symlinkSync(join(renderer, 'assets', 'a.js'), join(renderer, 'assets', 'alias.js'));
  symlinkSync(join(outside, 'secret.js'), join(renderer, 'assets', 'secret.js'));
  symlinkSync(outside, join(renderer, 'outside'));
  harness = await startHarness({ dataDir: dir, rendererDir: renderer, version: 'test' });
  return harness;
}

function send(
  h: Harness,
  path: string,
  options: { method?: string; host?: string; token?: string | null; body?: string; type?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: h.port,
        path,
        method: options.method ?? 'GET',
        headers: {
          Host: options.host ?? `127.0.0.1:${h.port}`,
          ...(options.token === null ? {} : { 'X-Group-Ledger-Token': options.token ?? h.token }),
          'Content-Type': options.type ?? 'application/json',
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser harness', () => {
  it('lets the page pick snapshot files, unless it was started with one to answer "open" with', async () => {
    const rpc = async (h: Harness, channel: string, input?: unknown) =>
      JSON.parse((await send(h, `/rpc/${channel}`, { method: 'POST', body: JSON.stringify({ input }) })).body);
    const h = await start();
    await rpc(h, 'org.create', { name: '测试局', locale: 'zh-CN' });
    expect((await rpc(h, 'app.info')).value.hostOpensFiles).toBe(false);
    // No dialog: "open" answers nothing.
    expect(await rpc(h, 'snapshot.inspect')).toMatchObject({ ok: true, value: null });
    const exported = await rpc(h, 'snapshot.export');
    expect(exported).toMatchObject({ ok: true });
    await h.close();

    harness = await startHarness({
      dataDir: tempDir(),
      rendererDir,
      version: 'test',
      openFile: exported.value.path,
    });
    await rpc(harness, 'org.create', { name: '另一局', locale: 'zh-CN' });
    expect((await rpc(harness, 'app.info')).value.hostOpensFiles).toBe(true);
    // "Open" answers the file named at start, verified as the app's dialog's choice would be.
    expect(await rpc(harness, 'snapshot.inspect')).toMatchObject({ ok: true, value: { organisation: '测试局' } });
  });

  it('listens on 127.0.0.1 with a random port and token', async () => {
    const h = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('answers contract calls with the token', async () => {
    const h = await start();
    const res = await send(h, '/rpc/org.create', {
      method: 'POST',
      body: JSON.stringify({ input: { name: '测试局', locale: 'zh-CN' } }),
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: '测试局' } });
  });

  it.each([
    ['no token', { token: null }, 403],
    ['a wrong token', { token: 'f'.repeat(48) }, 403],
    ['a foreign Host header (DNS rebinding)', { host: 'evil.example:80' }, 421],
    ['a non-JSON body type', { type: 'text/plain' }, 415],
  ])('refuses a call with %s', async (_label, options, status) => {
    const h = await start();
    const res = await send(h, '/rpc/org.get', { method: 'POST', body: '{}', ...options });
    expect(res.status).toBe(status);
  });

  it('has no channel outside the contract', async () => {
    const h = await start();
    expect((await send(h, '/rpc/constructor', { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await send(h, '/rpc/sql', { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it.each([
    ['/rpc/%zz', 'not hex'],
    ['/rpc/org.get%E0%A4%A', 'cut UTF-8'],
  ])('answers an RPC path with a malformed escape (%s, %s) with 400 and keeps answering', async (path) => {
    const h = await start();
    const res = await send(h, path, { method: 'POST', body: '{}' });
    expect(res.status).toBe(400);
    const after = await send(h, '/rpc/org.get', { method: 'POST', body: '{}' });
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body)).toMatchObject({ ok: true });
  });

  it('serves the app with the CSP and the harness client, and nothing outside its folder', async () => {
    const h = await start();
    const page = await send(h, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('harness-client.js');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await send(h, '/assets/a.js')).status).toBe(200);
    expect((await send(h, '/../../etc/passwd')).body).not.toContain('root:');
    expect((await send(h, '/%2e%2e/%2e%2e/etc/passwd')).body).not.toContain('root:');
    expect((await send(h, '/assets/missing.js')).status).toBe(404);
  });

  it.each([
    ['a malformed escape (cut UTF-8)', '/%E0%A4%A', 400],
    ['a malformed escape (not hex)', '/assets/%zz.js', 400],
    ['an escaped NUL', '/index.html%00.js', 400],
    ['a link to a file inside the folder', '/assets/alias.js', 200],
    ['a link to a file outside the folder', '/assets/secret.js', 404],
    ['a file in a linked folder outside', '/outside/secret.js', 404],
  ])('answers %s (%s) with %i and keeps serving', async (_what, path, status) => {
    const h = await start();
    const res = await send(h, path);
    expect(res.status).toBe(status);
    expect(res.body).not.toContain('secret');
    expect((await send(h, '/assets/a.js')).status).toBe(200);
  });

  it('answers the renderer’s assets from memory, read once at start (hashed names never change while it runs)', async () => {
    const h = await start();
    // Read while the harness starts; a request for a file waits until they are.
    expect((await send(h, '/assets/a.js')).status).toBe(200);
    // Gone from the disk after the start: still answered, as it was read, by any spelling of its path.
    unlinkSync(join(rendererDir, 'assets', 'a.js'));
    for (const path of ['/assets/a.js', '/assets/%61.js', '/x/../assets/a.js']) {
      const res = await send(h, path);
      expect(res.status).toBe(200);
      expect(res.body).toBe('console.log(1)');
      expect(String(res.headers['content-type'])).toMatch(/^text\/javascript/);
      // Named by their content, so a browser may keep them; the page itself is never kept.
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect((await send(h, '/')).headers['cache-control']).toBe('no-store');
    // A link out of the folder was not read; a file written after the start comes from the disk.
    expect((await send(h, '/assets/secret.js')).status).toBe(404);
    writeFileSync(join(rendererDir, 'assets', 'b.js'), 'console.log(2)');
    expect((await send(h, '/assets/b.js')).body).toBe('console.log(2)');
  });

  it.each([
    ['not JSON', '{"settings": {"locale": "zh-CN"'],
    ['not an object', '[1, 2, 3]'],
    ['settings that are not valid', '{"settings": {"locale": "fr", "theme": "neon"}}'],
  ])('starts with default preferences when preferences.json is %s, keeping the file aside', async (_what, text) => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'preferences.json'), text);
    const h = await start(dataDir);
    const rpc = async (channel: string) =>
      JSON.parse((await send(h, `/rpc/${channel}`, { method: 'POST', body: '{}' })).body) as {
        ok: boolean;
        value: unknown;
      };
    expect((await rpc('settings.get')).value).toEqual({
      locale: null,
      theme: 'light',
      adminName: '',
      firstRunDone: false,
      escalationWaitDays: 7,
    });
    const notices = (await rpc('app.notices')).value as Array<{ kind: string; movedTo: string }>;
    expect(notices).toEqual([
      {
        kind: 'preferences_reset',
        file: join(dataDir, 'preferences.json'),
        movedTo: expect.stringMatching(/preferences\.damaged-\d{8}-\d{6}\.json$/),
        saved: true,
      },
    ]);
    expect(readFileSync(notices[0]!.movedTo, 'utf8')).toBe(text);
    // A setting saved now goes to a new, valid file beside the one kept.
    await send(h, '/rpc/settings.update', { method: 'POST', body: JSON.stringify({ input: { theme: 'dark' } }) });
    expect(JSON.parse(readFileSync(join(dataDir, 'preferences.json'), 'utf8')).settings.theme).toBe('dark');
    expect(
      readdirSync(dataDir)
        .filter((f) => f.startsWith('preferences'))
        .sort(),
    ).toEqual([expect.stringMatching(/^preferences\.damaged-/), 'preferences.json']);
  });

  it('has nothing to tell when the preferences are fine', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'preferences.json'), '{"settings": {"locale": "vi", "theme": "dark"}}');
    const h = await start(dataDir);
    const notices = JSON.parse((await send(h, '/rpc/app.notices', { method: 'POST', body: '{}' })).body);
    expect(notices).toEqual({ ok: true, value: [] });
    const settings = JSON.parse((await send(h, '/rpc/settings.get', { method: 'POST', body: '{}' })).body);
    expect(settings.value).toMatchObject({ locale: 'vi', theme: 'dark' });
  });

  it('hands a report it wrote to the browser as a download, with the token, and nothing else', async () => {
    const h = await start();
    const rpc = async (channel: string, input: unknown) =>
      JSON.parse((await send(h, `/rpc/${channel}`, { method: 'POST', body: JSON.stringify({ input }) })).body) as {
        ok: boolean;
        value: { path: string; bytes: number };
      };
    expect((await rpc('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' })).ok).toBe(true);
    const exported = await rpc('incidents.exportReport', { format: 'xlsx' });
    expect(exported.ok).toBe(true);
    const name = basename(exported.value.path);
    expect(exported.value.path).toBe(join(dataDir, 'exports', name));
    const path = `/exports/${encodeURIComponent(name)}`;

    const file = await send(h, path);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(Number(file.headers['content-length'])).toBe(exported.value.bytes);
    expect(String(file.headers['content-disposition'])).toBe(
      `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(name).toMatch(/[\u4e00-\u9fff]/);

    expect((await send(h, path, { token: null })).status).toBe(403);
    expect((await send(h, path, { token: 'f'.repeat(48) })).status).toBe(403);
    expect((await send(h, path, { method: 'POST' })).status).toBe(405);
    writeFileSync(join(dataDir, 'secret.txt'), 'not an export');
    for (const other of ['../secret.txt', '..%2Fsecret.txt', '%2E%2E%2Fsecret.txt', '.', '', 'missing.pdf']) {
      const res = await send(h, `/exports/${other}`);
      expect(res.status, other).not.toBe(200);
      expect(res.body).not.toContain('not an export');
    }
    expect((await send(h, '/exports/..%2Fregistry.sqlite')).status).toBe(404);
  });
});
