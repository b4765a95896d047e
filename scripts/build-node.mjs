// Bundles the Node-side entry points with esbuild:
//   dist/electron/main.cjs, dist/electron/preload.cjs  (Electron: CommonJS; the preload is sandboxed)
//   dist/electron/snapshot-worker.mjs                   (the snapshot worker thread)
//   dist/electron/people-import-worker.mjs              (the people-file worker thread)
//   dist/electron/chain-worker.mjs                      (a backup's history-chain check)
//   dist/electron/event-check-worker.mjs                (a snapshot's history checks, beside the rest)
//   dist/electron/diff-worker.mjs                       (a diff's snapshots verified and compared)
//   dist/node/cli.mjs, dist/node/harness.mjs            (plain Node ≥ 22.13)
//   dist/harness-client/harness-client.js               (the browser harness's window.groupLedger; outside
//                                                        dist/renderer, which `vite build` empties)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const quiet = process.argv.includes('--quiet');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const define = { __APP_VERSION__: JSON.stringify(version) };
const common = { bundle: true, sourcemap: true, logLevel: quiet ? 'error' : 'info', define, legalComments: 'none' };

await Promise.all([
  build({
    ...common,
    // The preload runs in the sandbox: CommonJS, one file, only `electron` left outside.
    entryPoints: { preload: 'electron/preload.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    logOverride: { 'empty-import-meta': 'silent' },
  }),
  build({
    ...common,
    entryPoints: { main: 'electron/main.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    // pdfkit and exceljs stay in node_modules (packaged with the app) and load when a report is written.
    external: ['electron', 'pdfkit', 'exceljs'],
    // ESM dependencies (pdfkit) read import.meta.url at load; in CommonJS it is the bundle's own URL.
    // build-info.ts prefers __dirname in CJS.
    define: { ...define, 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    logOverride: { 'empty-import-meta': 'silent' },
  }),
  build({
    ...common,
    // The snapshot worker thread (export, verification, import off the main thread), started by
    // main.cjs and by the harness; ESM, beside main.cjs and unpacked from app.asar.
    entryPoints: {
      'snapshot-worker': 'electron/capabilities/snapshots/worker.ts',
      // The people-file worker thread (reading a staff list off the main thread), started the same way.
      'people-import-worker': 'electron/capabilities/directory/import/parseWorker.ts',
      // A backup's history-chain check: small, so starting it costs little beside the check.
      'chain-worker': 'electron/capabilities/snapshots/chainWorker.ts',
      // The history checks of a large snapshot's verification, beside the schema and references.
      'event-check-worker': 'electron/capabilities/snapshots/eventCheckWorker.ts',
      // A diff: its snapshots verified and read, and compared, off the main process.
      'diff-worker': 'electron/capabilities/diff/worker.ts',
    },
    outdir: 'dist/electron',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node22',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  }),
  build({
    ...common,
    entryPoints: { cli: 'electron/cli/main.ts', harness: 'electron/harness/main.ts' },
    outdir: 'dist/node',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['pdfkit', 'exceljs'],
    // conf/electron-store load their own ESM dependencies; a require shim keeps CJS deps working.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  }),
  build({
    ...common,
    entryPoints: { 'harness-client': 'renderer/harness/client.ts' },
    outdir: 'dist/harness-client',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    minify: true,
  }),
]);
