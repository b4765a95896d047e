/** `doctor`: the database's own integrity check, foreign keys, the event chain and invariants. */
import type { DoctorCheck, DoctorReport } from '../../../shared/contract';
import { stmt, schemaVersion, type Db } from '../../db/database';
import { SCHEMA_VERSION } from '../../db/migrations';
import { findStoredChainBreak } from '../../kernel/events';
import { checkAnchor, dataDirOf } from '../../kernel/anchor';
import { REPLAY_TABLES, replayDifferences, type ReplayResult } from './replay';

export function runDoctor(db: Db): DoctorReport {
  const checks: DoctorCheck[] = [];
  const integrity = (db.prepare('PRAGMA integrity_check').all() as Array<{ integrity_check: string }>).map(
    (r) => r.integrity_check,
  );
  const intact = integrity.length === 1 && integrity[0] === 'ok';
  checks.push({
    name: 'integrity',
    ok: intact,
    finding: intact ? 'integrity_ok' : 'integrity_errors',
    params: intact ? {} : { detail: integrity.slice(0, 3).join('; ') },
  });
  const fk = db.prepare('PRAGMA foreign_key_check').all() as Array<{ table: string; rowid: number; parent: string }>;
  checks.push({
    name: 'foreign_keys',
    ok: fk.length === 0,
    finding: fk.length === 0 ? 'references_ok' : 'references_broken',
    params: fk.length === 0 ? {} : { count: fk.length, first: `${fk[0]!.table} #${fk[0]!.rowid} → ${fk[0]!.parent}` },
  });
  const broken = findStoredChainBreak(db);
  const events = (stmt(db, 'SELECT count(*) AS n FROM events').get() as { n: number }).n;
  checks.push({
    name: 'event_chain',
    ok: broken === null,
    finding: broken ? (`chain_${broken.reason}` as const) : 'chain_ok',
    params: broken ? { seq: broken.seq } : { count: events },
  });
  const dup = stmt(
    db,
    `SELECT count(*) AS n FROM (SELECT group_id, person_id FROM memberships WHERE left_on IS NULL
       GROUP BY group_id, person_id HAVING count(*) > 1)`,
  ).get() as { n: number };
  checks.push({
    name: 'open_memberships',
    ok: dup.n === 0,
    finding: dup.n === 0 ? 'open_ok' : 'open_duplicated',
    params: dup.n === 0 ? {} : { count: dup.n },
  });
  const version = schemaVersion(db);
  checks.push({
    name: 'schema_version',
    ok: version === SCHEMA_VERSION,
    finding: version === SCHEMA_VERSION ? 'schema_current' : 'schema_behind',
    params: { found: version, supported: SCHEMA_VERSION },
  });
  checks.push(...anchorChecks(db), ...replayChecks(db));
  return { ok: checks.every((c) => c.ok), checks };
}

/** The history against the head recorded beside the registry (registry.anchor.json). */
function anchorChecks(db: Db): DoctorCheck[] {
  const dataDir = dataDirOf(db);
  if (!dataDir) return [];
  const check = checkAnchor(db, dataDir);
  switch (check.state) {
    case 'none':
      return [{ name: 'anchor', ok: true, finding: 'anchor_none', params: {} }];
    case 'unreadable':
      return [{ name: 'anchor', ok: false, finding: 'anchor_unreadable', params: { detail: check.detail } }];
    case 'ok':
      return [{ name: 'anchor', ok: true, finding: 'anchor_ok', params: { anchored: check.anchor.seq } }];
    case 'tail_lost':
      return [
        {
          name: 'anchor',
          ok: false,
          finding: 'chain_tail_lost',
          params: { found: check.found, anchored: check.anchor.seq, missing: check.missing },
        },
      ];
    case 'mismatch':
      return [{ name: 'anchor', ok: false, finding: 'chain_anchor_mismatch', params: { seq: check.anchor.seq } }];
  }
}

/** The tables against the state the history describes: one finding per difference, at most 20. */
function replayChecks(db: Db): DoctorCheck[] {
  let result: ReplayResult;
  try {
    result = replayDifferences(db, 20);
  } catch (error) {
    // A table edited into something the replay cannot read is a finding, not a failed doctor.
    const detail = String((error as Error)?.message ?? error).slice(0, 200);
    return [{ name: 'replay', ok: false, finding: 'doctor_failed', params: { detail } }];
  }
  if (result.differences.length === 0) {
    return [
      {
        name: 'replay',
        ok: true,
        finding: 'replay_ok',
        params: { checked: result.checked, tables: REPLAY_TABLES.join(',') },
      },
    ];
  }
  const checks = result.differences.map((d): DoctorCheck =>
    d.kind === 'field'
      ? {
          name: 'replay',
          ok: false,
          finding: 'replay_field',
          params: { table: d.table, what: d.what, field: d.field, found: d.found, expected: d.expected },
        }
      : { name: 'replay', ok: false, finding: `replay_${d.kind}`, params: { table: d.table, what: d.what } },
  );
  if (result.more) checks.push({ name: 'replay', ok: false, finding: 'replay_more', params: { count: result.more } });
  return checks;
}
