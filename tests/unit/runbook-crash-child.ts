/**
 * The child of runbook-crash.test.ts, bundled by the test with esbuild and run with plain Node:
 * opens the registry, says where the walk resumes, then records `done` for each next step and
 * acknowledges it on stdout only after its transaction has committed. The test SIGKILLs it.
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../electron/db/database';
import { systemClock } from '../../electron/kernel/context';
import { nextStep, recordStep } from '../../electron/capabilities/runbooks';

const [path, idText] = process.argv.slice(2);
const id = Number(idText);
const db = openDatabase(path!);
const ctx = { db, clock: systemClock, actor: 'crash-child' };
const say = (line: string) => writeSync(1, `${line}\n`);

say(`resume ${nextStep(db, id)?.ord ?? 'none'}`);
for (let step = nextStep(db, id); step; step = nextStep(db, id)) {
  recordStep(ctx, { id, ord: step.ord, outcome: 'done' });
  say(`ack ${step.ord}`);
}
say('finished');
db.close();
