/**
 * One 台账 workbook of a registry, in its own process so its peak memory is measured alone:
 *   node dist/bench/workbook-child.mjs DATA_DIR FILE   → {"ms":…,"cpuMs":…,"peakRssMb":…,"bytes":…,"rows":…}
 */
import { registryPath } from '../../electron/core/paths';
import { openDatabase } from '../../electron/db/database';
import { planWorkbook } from '../../electron/capabilities/exports';
import { timeAsync } from './measure';

const [dataDir, file] = process.argv.slice(2);
const db = openDatabase(registryPath(dataDir!));
const clock = { now: () => new Date() };
const cpu = process.cpuUsage();
const [written, ms] = await timeAsync(() => planWorkbook(db, clock, 'zh-CN').write(file!));
const used = process.cpuUsage(cpu);
// Counted in SQL: maxRSS is the peak of the whole process, and reading the rows again would raise it.
const { rows } = db
  .prepare(
    'SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM groups) + (SELECT count(*) FROM memberships) + (SELECT count(*) FROM exceptions) AS rows',
  )
  .get() as { rows: number };
db.close();
process.stdout.write(
  JSON.stringify({
    ms: Math.round(ms),
    cpuMs: Math.round((used.user + used.system) / 1000),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    bytes: written.bytes,
    rows,
  }),
);
