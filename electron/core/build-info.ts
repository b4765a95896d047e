/** Facts fixed at build time by scripts/build-node.mjs (esbuild `define`), with source-run fallbacks. */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

declare const __APP_VERSION__: string | undefined;

export const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';

/** dist/node/*.mjs and dist/electron/*.cjs sit beside dist/renderer. */
const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
export const RENDERER_DIR = process.env.GROUP_LEDGER_RENDERER_DIR ?? join(here, '..', 'renderer');
