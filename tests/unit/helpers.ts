import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type Db } from '../../electron/db/database';
import type { Clock, ServiceContext } from '../../electron/kernel/context';
import { createOrganisation } from '../../electron/capabilities/organisation/organisation';
import { insertGroup, insertMembership, insertPerson, insertUnit } from '../../electron/kernel/store';
import { EMPTY_CHARTER, type Group, type Person } from '../../shared/domain';
import { LedgerError } from '../../shared/errors';
import { runCli } from '../../electron/cli/run';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

export function tempDir(prefix = 'gl-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // A closed ledger's background work (the open's check, the day's backup) may still be writing a
  // file there for a moment: rmSync retries on ENOTEMPTY instead of failing the test (seen in CI).
  cleanups.push(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }));
  return dir;
}

/** A clock that stands still at `iso` unless moved. */
export function fixedClock(iso = '2024-03-04T09:00:00.000Z'): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => new Date(now), set: (next) => (now = new Date(next)) };
}

export function openTempDb(): { db: Db; dir: string } {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'registry.sqlite'));
  cleanups.push(() => db.close());
  return { db, dir };
}

export function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return {
    id,
    name,
    unitId: 'unit-office',
    position: null,
    tierId: 'tier-3',
    phone: null,
    handles: {},
    status: 'active',
    leftOn: null,
    ...extra,
  };
}

/**
 * A small registry: an office unit, 李伟 (middle tier) owning a WeChat group created on
 * 2024-03-01 with two founding members; staff who joined later; one who left the group.
 */
export function smallRegistry(): { ctx: ServiceContext; clock: ReturnType<typeof fixedClock> } {
  const { db } = openTempDb();
  const clock = fixedClock();
  const ctx: ServiceContext = { db, clock, actor: 'tester' };
  createOrganisation(ctx, { name: '测试局', locale: 'zh-CN' });
  insertUnit(db, { id: 'unit-office', parentId: null, name: '办公室', sort: 1 });
  insertPerson(
    db,
    person('p-liwei', '李伟', {
      tierId: 'tier-2',
      position: '办公室副主任',
      phone: '13800000001',
      handles: { wechat: 'liwei_office' },
    }),
  );
  insertPerson(db, person('p-wang', '王强', { tierId: 'tier-1', position: '局长' }));
  insertPerson(db, person('p-zhang', '张敏'));
  insertPerson(db, person('p-nhan', 'Nguyễn Trọng Nhân'));
  insertPerson(db, person('p-left', '赵磊', { status: 'left', leftOn: '2024-02-01' }));
  const group: Group = {
    id: 'g-middle',
    name: '中层干部工作群',
    platform: 'wechat',
    platformGroupId: null,
    purpose: '文件转发',
    kind: 'standing',
    task: null,
    endDate: null,
    ownerId: 'p-liwei',
    deputyIds: [],
    charter: { ...EMPTY_CHARTER, tierIds: ['tier-1', 'tier-2'] },
    authorisingDoc: null,
    status: 'active',
    createdOn: '2024-03-01',
  };
  insertGroup(db, group);
  const base = {
    groupId: 'g-middle',
    addedBy: 'p-liwei',
    requestedBy: null,
    basisRef: null,
    leftReason: null,
  } as const;
  insertMembership(db, {
    ...base,
    personId: 'p-liwei',
    role: 'owner',
    joinedOn: '2024-03-01',
    leftOn: null,
    addedBy: null,
    basis: 'founding',
  });
  insertMembership(db, {
    ...base,
    personId: 'p-wang',
    role: 'member',
    joinedOn: '2024-03-01',
    leftOn: null,
    basis: 'founding',
  });
  insertMembership(db, {
    ...base,
    personId: 'p-zhang',
    role: 'member',
    joinedOn: '2024-03-02',
    leftOn: '2024-03-03',
    basis: 'manual',
  });
  return { ctx, clock };
}

/** The LedgerError a command throws; fails the test when it throws nothing or something else. */
/** The code of the LedgerError `work` rejects with, 'no error' when it resolves, or the other error as text. */
export async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'no error';
  } catch (error) {
    return error instanceof LedgerError ? error.code : String(error);
  }
}

export function errorOf(fn: () => unknown): LedgerError {
  try {
    fn();
  } catch (error) {
    if (error instanceof LedgerError) return error;
    throw error;
  }
  throw new Error('expected a LedgerError, none was thrown');
}

/** Runs the command line in-process (English environment, a fixed clock); returns exit code and output. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: { LANG: 'en_US.UTF-8', ...env },
    cwd: process.cwd(),
    clock: fixedClock('2026-11-21T08:00:00.000Z'),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The text of a PDF as pdftotext (poppler-utils, installed by .ci/run) reads it, in NFC. */
export function pdfText(file: string): string {
  const result = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr || result.error}`);
  return result.stdout.normalize('NFC');
}
