/**
 * How much JavaScript the window reads before it can show anything: the renderer's entry chunk and
 * every chunk it imports statically (what dist/renderer/index.html preloads), from the Vite
 * manifest of the last `npm run build`. Pages, other UI languages and pinyin are read later, when
 * asked for, and are not counted; `firstPage` adds what the dashboard (the first page, read while
 * the app boots) and the UI language in use add to it. Used by tests/unit/bundle-size.test.ts and
 * the benchmark.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

type Manifest = Record<string, ManifestChunk>;

export interface StartupBytes {
  /** The entry chunk's file (assets/index-….js). */
  entry: string;
  /** The entry and its static imports, as the manifest names them (files under the output folder). */
  files: string[];
  /** Their bytes on disk, summed. */
  bytes: number;
  /** The dashboard's chunks and the largest UI language's strings, beyond `bytes`. */
  firstPage: { files: string[]; bytes: number };
  /** Every .js file of the renderer build. */
  totalBytes: number;
}

export function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The chunks `key` imports statically, itself included (keys of the manifest). */
export function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

const sizeOf = (outDir: string, files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + statSync(join(outDir, file)).size, 0);

/** The start-up JavaScript of the renderer built in `outDir` (dist/renderer). */
export function startupBytes(outDir = 'dist/renderer'): StartupBytes {
  const manifest = readManifest(outDir);
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk, found ${entries.length}`);
  const [entryKey, entryChunk] = entries[0]!;
  const closure = staticClosure(manifest, entryKey);
  const files = [...closure].map((key) => manifest[key]!.file);

  const beyond = (keys: Set<string>) => [...keys].filter((key) => !closure.has(key)).map((key) => manifest[key]!.file);
  const dashboardKey = Object.keys(manifest).find((key) => key.endsWith('features/dashboard/DashboardPage.tsx'));
  const dashboard = dashboardKey ? beyond(staticClosure(manifest, dashboardKey)) : [];
  const languages = Object.keys(manifest)
    .filter((key) => /i18n\/locales\/[^/]+\.ts$/.test(key))
    .map((key) => beyond(staticClosure(manifest, key)))
    .sort((a, b) => sizeOf(outDir, b) - sizeOf(outDir, a));
  const firstPageFiles = [...new Set([...dashboard, ...(languages[0] ?? [])])];

  const assets = join(outDir, 'assets');
  const allJs = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`);
  return {
    entry: entryChunk.file,
    files,
    bytes: sizeOf(outDir, files),
    firstPage: { files: firstPageFiles, bytes: sizeOf(outDir, firstPageFiles) },
    totalBytes: sizeOf(outDir, allJs),
  };
}
