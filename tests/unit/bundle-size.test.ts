/**
 * The window's start-up JavaScript (issue 13): the entry chunk and every chunk it imports
 * statically stay within 900 kB, and pages and UI languages are not among them (they are read when
 * shown). Reads the renderer of the last `npm run build` (npm test builds first); skipped when
 * there is none.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest, staticClosure, startupBytes } from '../startupBytes';

const OUT = 'dist/renderer';
const built = existsSync(join(OUT, '.vite', 'manifest.json'));

/** The scripts dist/renderer/index.html loads: its module script and the modules it preloads. */
function scriptsOfPage(): string[] {
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script type="module"[^>]*src="\.\/([^"]+)"/g)].map((m) => m[1]!);
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]!);
  return [...entry, ...preloaded];
}

describe.skipIf(!built)('renderer start-up bundle', () => {
  it('the page loads exactly the entry chunk and its static imports', () => {
    const { entry, files } = startupBytes(OUT);
    const page = scriptsOfPage();
    expect(page[0]).toBe(entry);
    expect(new Set(page)).toEqual(new Set(files));
  });

  it('is at most 900 kB', () => {
    const { bytes, files } = startupBytes(OUT);
    expect(bytes, `start-up chunks: ${files.join(', ')}`).toBeLessThanOrEqual(900_000);
  });

  it('holds no page and no UI language: they are read when shown', () => {
    const manifest = readManifest(OUT);
    const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
    const startup = [...staticClosure(manifest, entryKey)];
    const lazy = Object.keys(manifest).filter(
      (key) => /features\/[^/]+\/[A-Za-z]+Page\.tsx$/.test(key) || /i18n\/locales\/[^/]+\.ts$/.test(key),
    );
    // Every page and each of the three languages is a chunk of its own, outside the start-up set.
    expect(lazy.filter((key) => key.includes('i18n/locales/'))).toHaveLength(3);
    expect(lazy.filter((key) => key.endsWith('DashboardPage.tsx'))).toHaveLength(1);
    expect(startup.filter((key) => lazy.includes(key))).toEqual([]);
  });

  it('the dashboard reads no dialog and no schema: its panels plan through the dialog read when first asked for', () => {
    const manifest = readManifest(OUT);
    const dashboardKey = Object.keys(manifest).find((key) => key.endsWith('features/dashboard/DashboardPage.tsx'))!;
    const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
    const startup = staticClosure(manifest, entryKey);
    // The modules the dashboard adds to the start-up chunks, from their source maps (the build
    // writes them). The shell itself holds antd's Modal (the confirmations and the palette).
    const added = [...staticClosure(manifest, dashboardKey)].filter((key) => !startup.has(key));
    const modules = added.flatMap((key) => {
      const mapFile = join(OUT, `${manifest[key]!.file}.map`);
      // Rolldown's runtime chunk has no source map.
      if (!existsSync(mapFile)) return [];
      return (JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] }).sources;
    });
    expect(modules.some((source) => source.endsWith('features/dashboard/LifecyclePanels.tsx'))).toBe(true);
    const dialogs = modules.filter((source) =>
      /antd\/es\/(form\/Form|date-picker\/index|modal\/Modal)\.js$|features\/operations\/PlanDialog\.tsx$|features\/escalations\/IncidentForm\.tsx$/.test(
        source,
      ),
    );
    expect(dialogs).toEqual([]);
    // Nor the contract's schemas: zod and every channel's schema are 108 kB, and the page needs only
    // a few lists and numbers from it (shared/vocabulary holds them without zod).
    expect(
      modules.filter((source) => source.includes('node_modules/zod/') || /shared\/contract\//.test(source)),
    ).toEqual([]);
  });
});
