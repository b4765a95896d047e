/**
 * References measured in the same run as the figures they sit beside: these machines vary about
 * 2.5× from day to day, so each Node figure is also given as a ratio to raw SQLite work of the same
 * size, on the same disk, at the same moment. A slow day makes both slower; the ratio stays.
 *
 * - one row committed durably (WAL, synchronous=FULL, as the registry commits): the reference of a
 *   command;
 * - `bytes` of rows (750 bytes each, about a snapshot's row) inserted in one transaction and
 *   committed: the reference of an import, a backup or a workbook of that size;
 * - the same rows read back in order: the reference of an export.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { stats, time, type Stats } from './measure';

export interface RawSqliteReference {
  commit: Stats;
  bulkInsertMs: number;
  bulkReadMs: number;
  bytes: number;
}

const ROW = 750;

export function rawSqliteReference(dir: string, bytes: number, commits = 200): RawSqliteReference {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = new DatabaseSync(join(dir, 'raw.sqlite'));
  try {
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    db.exec('CREATE TABLE one (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    db.exec('CREATE TABLE bulk (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const body = 'x'.repeat(ROW - 20);
    const insertOne = db.prepare('INSERT INTO one (body) VALUES (?)');
    const samples: number[] = [];
    for (let i = 0; i < commits; i++) samples.push(time(() => insertOne.run(`${i}:${body}`))[1]);
    const rows = Math.max(1, Math.round(bytes / ROW));
    const insert = db.prepare('INSERT INTO bulk (id, body) VALUES (?, ?)');
    const [, bulkInsertMs] = time(() => {
      db.exec('BEGIN');
      for (let i = 1; i <= rows; i++) insert.run(i, `${i}:${body}`);
      db.exec('COMMIT');
    });
    const [, bulkReadMs] = time(() => {
      let n = 0;
      for (const r of db.prepare('SELECT id, body FROM bulk ORDER BY id').iterate()) n += (r.body as string).length;
      return n;
    });
    return { commit: stats(samples), bulkInsertMs: round1(bulkInsertMs), bulkReadMs: round1(bulkReadMs), bytes };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
