/**
 * A child of one-writer.test.ts, bundled by the test with esbuild and run with plain Node.
 *   hold DATADIR    opens the ledger on the folder as the app does, says `ready`, and keeps it open
 *                   until it is killed.
 */
import { writeSync } from 'node:fs';
import { openLedger } from '../../electron/app/ledger';
import { memoryPreferences } from '../../electron/core/preferences';

const [mode, path] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);

if (mode === 'hold') {
  const ledger = openLedger({
    dataDir: path!,
    preferences: memoryPreferences(),
    dialogs: {
      chooseSnapshotSaveFile: async () => null,
      chooseSnapshotOpenFile: async () => null,
      chooseSaveFile: async () => null,
    },
    mode: 'electron',
    version: '0.0.0-test',
  });
  await ledger.invoke('org.create', { name: 'Held', locale: 'en' });
  say('ready');
  setInterval(() => undefined, 60_000);
}
