/**
 * Electron's fuses as the installers get them: electron-builder.yml read and validated by the
 * pinned electron-builder's own loader, then turned into the @electron/fuses configuration it
 * flips in the packaged binary. A fuse dropped or flipped the wrong way in the file fails here.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, file: string, extra: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown };
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> } };
};
const { FuseV1Options, FuseVersion } = require('@electron/fuses') as {
  FuseV1Options: Record<string, number>;
  FuseVersion: Record<string, string>;
};

async function builderConfig(): Promise<Record<string, unknown>> {
  const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('Electron fuses (electron-builder.yml)', () => {
  it.each([
    ['RunAsNode', false],
    ['EnableNodeOptionsEnvironmentVariable', false],
    ['EnableNodeCliInspectArguments', false],
    ['EnableCookieEncryption', true],
    ['EnableEmbeddedAsarIntegrityValidation', true],
    ['OnlyLoadAppFromAsar', true],
  ] as const)('flips %s to %s in the packaged binary', async (fuse, wanted) => {
    const config = await builderConfig();
    const flipped = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
    expect(flipped.version).toBe(FuseVersion.V1);
    expect(FuseV1Options[fuse]).toBeTypeOf('number');
    expect(flipped[String(FuseV1Options[fuse])]).toBe(wanted);
  });

  it('packs the app into an ASAR archive whose integrity can be checked', async () => {
    const config = await builderConfig();
    // `asar: true` (not an object with disableIntegrity), so the header hash is embedded.
    expect(config.asar).toBe(true);
  });
});

describe('worker threads in the installers (electron-builder.yml)', () => {
  it('keeps every worker script the build writes outside app.asar, where a thread can load it', async () => {
    const config = await builderConfig();
    const build = readFileSync('scripts/build-node.mjs', 'utf8');
    const workers = [...build.matchAll(/'([a-z-]+-worker)':/g)].map((m) => `dist/electron/${m[1]}.mjs`);
    expect(workers).toContain('dist/electron/event-check-worker.mjs');
    expect(config.asarUnpack).toEqual(expect.arrayContaining(workers));
  });
});
