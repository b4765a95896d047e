/**
 * The child of runbook-crash.test.ts, bundled by the test with esbuild and run with plain Node.
 *
 * It is started ahead of need (loading the code is most of a start's cost), says `ready`, and
 * waits for one line on stdin: `go <registry> <runbook id> <die at write>`. Then it opens the
 * registry as a restarted app would, says where the walk resumes, and records `done` for each next
 * step, acknowledging it on stdout only after its transaction has committed. The test SIGKILLs it.
 *
 * With `die at write` N > 0 the child SIGKILLs itself at the Nth row written (a membership
 * closed, an event or its subject index appended, a step's outcome set, a group's status set): a
 * kill at an exact statement inside a step's transaction, the same on every replay of the seed.
 * The hook is a TEMP trigger of this connection only: nothing of it reaches the registry file.
 */
import { writeSync } from 'node:fs';
import { openDatabase, type Db } from '../../electron/db/database';
import { systemClock } from '../../electron/kernel/context';
import { nextStep, recordStep } from '../../electron/capabilities/runbooks';

const say = (line: string) => writeSync(1, `${line}\n`);

const WRITES: Array<[table: string, op: 'INSERT' | 'UPDATE']> = [
  ['memberships', 'UPDATE'],
  ['events', 'INSERT'],
  ['event_subjects', 'INSERT'],
  ['runbook_steps', 'UPDATE'],
  ['groups', 'UPDATE'],
];

function dieAtWrite(db: Db, n: number): void {
  let writes = 0;
  db.function('crash_point', () => {
    if (++writes === n) process.kill(process.pid, 'SIGKILL');
    return null;
  });
  for (const [table, op] of WRITES) {
    db.exec(`CREATE TEMP TRIGGER crash_${table} AFTER ${op} ON main.${table} BEGIN SELECT crash_point(); END`);
  }
}

function walk(path: string, id: number, dieAt: number): void {
  const db = openDatabase(path);
  if (dieAt > 0) dieAtWrite(db, dieAt);
  const ctx = { db, clock: systemClock, actor: 'crash-child' };
  say(`resume ${nextStep(db, id)?.ord ?? 'none'}`);
  for (let step = nextStep(db, id); step; step = nextStep(db, id)) {
    recordStep(ctx, { id, ord: step.ord, outcome: 'done' });
    say(`ack ${step.ord}`);
  }
  say('finished');
  db.close();
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  input += chunk;
  const nl = input.indexOf('\n');
  if (nl < 0) return;
  const [word, path, id, dieAt] = input.slice(0, nl).split(' ');
  if (word !== 'go' || !path) throw new Error(`unexpected instruction: ${input.slice(0, nl)}`);
  process.stdin.pause();
  walk(path, Number(id), Number(dieAt));
  process.exit(0);
});
// The test ends a spare it did not need by closing its stdin.
process.stdin.on('end', () => process.exit(0));
say('ready');
