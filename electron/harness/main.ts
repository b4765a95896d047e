/**
 * `npm run dev:browser`: starts the harness on a data folder and prints the URL to open.
 *   --data DIR   registry folder (default: ./.dev-data, so development never touches real data)
 *   --user-data  use the desktop app's own data folder instead (how `npm start` runs without Electron)
 *   --port N     fixed port (default: a random free one)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startHarness } from './server';
import { APP_VERSION, RENDERER_DIR } from '../core/build-info';
import { defaultDataDir } from '../core/paths';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    'user-data': { type: 'boolean' },
    port: { type: 'string' },
    // Stands in for the open dialog: every "open a snapshot" answers this file (the benchmark).
    'open-file': { type: 'string' },
  },
  strict: true,
});

const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  process.exit(2);
}

const harness = await startHarness({
  dataDir: values['user-data'] ? defaultDataDir() : resolve(values.data ?? '.dev-data'),
  rendererDir: RENDERER_DIR,
  port,
  version: APP_VERSION,
  openFile: values['open-file'] === undefined ? undefined : resolve(values['open-file']),
});
// The first line is machine-read by the end-to-end tests and the benchmark.
console.log(`GROUP_LEDGER_URL ${harness.url}`);
console.log(`GroupLedger is running in browser mode at ${harness.url}`);
console.log('Press Ctrl+C to stop.');
const stop = () => void harness.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
