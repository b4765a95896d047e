/**
 * Registries as an older build left them: the county-bureau demo written by this build, then
 * copied table by table into a file that holds only the schema of the migrations before
 * `version`. Each migration's test opens such a file with today's code and checks the data.
 */
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { migrate, openDatabase } from '../../../electron/db/database';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { loadDemo } from '../../../electron/seeds/demo';
import { runDoctor } from '../../../electron/capabilities/history';
import { replayDifferences } from '../../../electron/capabilities/history/replay';
import type { DoctorReport } from '../../../shared/contract';
import { fixedClock, tempDir } from '../helpers';

const TABLES_IN_ORDER = [
  'organisation',
  'tiers',
  'units',
  'people',
  'groups',
  'memberships',
  'events',
  'event_subjects',
  'imports',
  'rules',
  'exceptions',
  'acknowledgements',
  'runbooks',
  'runbook_groups',
  'runbook_steps',
  'incidents',
  'incident_people',
  'incident_steps',
  'incident_actions',
];

/** Row counts of every table the registry has, by name. */
export function tableCounts(db: DatabaseSync): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{
    name: string;
  }>;
  return Object.fromEntries(
    tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
  );
}

/** A populated registry at schema `version - 1` (the demo's rows that fit it), and its path. */
export function registryBefore(version: number): { path: string; counts: Record<string, number> } {
  const dir = tempDir();
  const source = openDatabase(join(dir, 'current.sqlite'));
  loadDemo(
    { db: source, clock: fixedClock('2026-11-20T09:00:00.000Z'), actor: '测试管理员' },
    'county-bureau',
    'zh-CN',
  );
  source.close();

  const path = join(dir, 'registry.sqlite');
  const old = new DatabaseSync(path);
  old.exec('PRAGMA journal_mode = WAL');
  migrate(
    old,
    MIGRATIONS.filter((m) => m.version < version),
  );
  old.exec(`ATTACH DATABASE '${join(dir, 'current.sqlite')}' AS cur`);
  old.exec('BEGIN');
  const existing = new Set(Object.keys(tableCounts(old)));
  for (const table of TABLES_IN_ORDER) {
    if (!existing.has(table)) continue;
    const columns = (old.prepare(`PRAGMA main.table_info("${table}")`).all() as Array<{ name: string }>)
      .map((c) => `"${c.name}"`)
      .join(', ');
    old.exec(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM cur."${table}"`);
  }
  old.exec('COMMIT');
  old.exec('DETACH DATABASE cur');
  const counts = tableCounts(old);
  old.close();
  return { path, counts };
}

/**
 * Opens the old file with today's code (which migrates it) and runs doctor. The file's history is
 * today's demo's, so it also records exceptions, runbooks, incidents … that a registry of the old
 * version could not hold: the replay finds those rows missing from the tables the migrations add,
 * and only those are set aside — every other check, and every other difference, counts.
 */
export function openUpgraded(path: string): { db: DatabaseSync; doctor: DoctorReport } {
  const old = new DatabaseSync(path, { readOnly: true });
  const hadTable = new Set(Object.keys(tableCounts(old)));
  old.close();
  const db = openDatabase(path);
  const report = runDoctor(db);
  const { differences } = replayDifferences(db, Number.MAX_SAFE_INTEGER);
  const replayHolds = differences.every((d) => d.kind === 'missing' && !hadTable.has(d.table));
  const checks = report.checks.filter((c) => c.name !== 'replay' || !replayHolds);
  return { db, doctor: { ok: checks.every((c) => c.ok), checks } };
}
