/**
 * The child of restore-crash.test.ts, bundled by the test with esbuild and run with plain Node:
 * verifies the snapshot, opens the registry, says `ready`, then restores the snapshot over the
 * registry as the app and the command line do (a verified copy kept, then one transaction) and
 * says `done` once it has committed. The test SIGKILLs it at random moments after `ready`.
 */
import { writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDatabase } from '../../electron/db/database';
import { systemClock } from '../../electron/kernel/context';
import { readSnapshotFile, restoreSnapshot } from '../../electron/capabilities/snapshots';

const [registry, file] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);
const snapshot = readSnapshotFile(file!);
const db = openDatabase(registry!);
say('ready');
const result = await restoreSnapshot(db, dirname(registry!), systemClock, snapshot, {
  actor: 'crash-child',
  fileName: 'crash.json',
  at: new Date().toISOString(),
});
say(`done ${result.backup?.path ?? ''}`);
db.close();
