import { describe, expect, it, afterEach } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, type Harness } from '../../electron/harness/server';
import { tempDir } from './helpers';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

async function start(): Promise<Harness> {
  const renderer = tempDir();
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'index.html'), '<html><head></head><body>app</body></html>');
  writeFileSync(join(renderer, 'assets', 'a.js'), 'console.log(1)');
  harness = await startHarness({ dataDir: tempDir(), rendererDir: renderer, version: 'test' });
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
});
