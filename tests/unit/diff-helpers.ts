/**
 * Two snapshot files of the county bureau's demo around one removal (a member leaves a group),
 * signed by the installation whose key is under `signingRoot` (the data folder itself when none
 * is given): the diff's thread and the Diff page's chosen files are tested on them.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { removeMember } from '../../electron/capabilities/membership/membership';
import { runExport } from '../../electron/capabilities/snapshots/jobs';
import { openDatabase, stmt } from '../../electron/db/database';
import { cli, tempDir } from './helpers';

export async function snapshotsAroundRemoval(signingRoot?: (data: string, out: string) => string) {
  const data = tempDir();
  expect((await cli(['init', '--demo', 'county-bureau', '--locale', 'zh-CN', '--data', data])).code).toBe(0);
  const dbPath = join(data, 'registry.sqlite');
  const out = tempDir();
  const root = signingRoot ? signingRoot(data, out) : data;
  const t0 = Date.now();
  const at = (s: number) => new Date(t0 + s * 1000).toISOString();
  const before = join(out, 'before.groupledger');
  await runExport({ op: 'export', dbPath, path: before, signingRoot: root, now: at(0) }, () => undefined);
  // One member leaves a group: the only change between the two files.
  const db = openDatabase(dbPath);
  const leaving = stmt(
    db,
    `SELECT m.group_id AS groupId, m.person_id AS personId, p.name AS name FROM memberships m
       JOIN people p ON p.id = m.person_id JOIN groups g ON g.id = m.group_id
      WHERE m.left_on IS NULL AND m.role = 'member' AND g.owner_id <> m.person_id ORDER BY m.id LIMIT 1`,
  ).get() as { groupId: string; personId: string; name: string };
  removeMember({ db, clock: { now: () => new Date(at(1)) }, actor: 'tester' }, { ...leaving, reason: '岗位调整' });
  db.close();
  const after = join(out, 'after.groupledger');
  await runExport({ op: 'export', dbPath, path: after, signingRoot: root, now: at(2) }, () => undefined);
  return { data, dbPath, out, root, at, leaving, before, after };
}
