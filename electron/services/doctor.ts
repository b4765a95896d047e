/** `doctor`: the database's own integrity check, foreign keys, the event chain and invariants. */
import type { DoctorCheck, DoctorReport } from '../../shared/contract';
import { stmt, schemaVersion, type Db } from '../db/database';
import { SCHEMA_VERSION } from '../db/migrations';
import { eventRows, findRowChainBreak } from './events';

export function runDoctor(db: Db): DoctorReport {
  const checks: DoctorCheck[] = [];
  const integrity = (db.prepare('PRAGMA integrity_check').all() as Array<{ integrity_check: string }>).map(
    (r) => r.integrity_check,
  );
  checks.push({ name: 'integrity', ok: integrity.length === 1 && integrity[0] === 'ok', detail: integrity.join('; ') });
  const fk = db.prepare('PRAGMA foreign_key_check').all() as Array<{ table: string; rowid: number; parent: string }>;
  checks.push({
    name: 'foreign_keys',
    ok: fk.length === 0,
    detail:
      fk.length === 0
        ? 'ok'
        : fk
            .slice(0, 5)
            .map((r) => `${r.table}#${r.rowid} → ${r.parent}`)
            .join('; '),
  });
  const broken = findRowChainBreak(eventRows(db));
  const events = (stmt(db, 'SELECT count(*) AS n FROM events').get() as { n: number }).n;
  checks.push({
    name: 'event_chain',
    ok: broken === null,
    detail: broken ? `event ${broken.seq}: ${broken.reason}` : `${events} events linked`,
  });
  const dup = stmt(
    db,
    `SELECT count(*) AS n FROM (SELECT group_id, person_id FROM memberships WHERE left_on IS NULL
       GROUP BY group_id, person_id HAVING count(*) > 1)`,
  ).get() as { n: number };
  checks.push({ name: 'open_memberships', ok: dup.n === 0, detail: dup.n === 0 ? 'ok' : `${dup.n} duplicated` });
  const version = schemaVersion(db);
  checks.push({ name: 'schema_version', ok: version === SCHEMA_VERSION, detail: `${version}/${SCHEMA_VERSION}` });
  return { ok: checks.every((c) => c.ok), checks };
}
