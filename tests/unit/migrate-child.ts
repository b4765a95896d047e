/**
 * A child of one-writer.test.ts (small, so twenty start quickly): says `ready`, waits for a line on
 * stdin, opens (and so migrates) the registry, says `migrated N` (N migrations this process
 * applied) or `failed MESSAGE`.
 */
import { createInterface } from 'node:readline';
import { writeSync } from 'node:fs';
import { migrationsApplied, openDatabase } from '../../electron/db/database';

const path = process.argv[2]!;
const say = (line: string) => writeSync(1, `${line}\n`);
say('ready');
const lines = createInterface({ input: process.stdin });
lines.once('line', () => {
  try {
    const db = openDatabase(path);
    say(`migrated ${migrationsApplied(db)}`);
    db.close();
  } catch (error) {
    say(`failed ${(error as Error).message.replace(/\n/g, ' ')}`);
  }
  lines.close();
});
