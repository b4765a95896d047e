import { DatabaseSync } from 'node:sqlite';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../../electron/db/database';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/db/migrations';
import { errorMessage } from '../../../shared/i18n/errors';
import { LedgerError } from '../../../shared/errors';
import { errorOf, tempDir } from '../helpers';
import { registryBefore, tableCounts } from './upgrade';

const version = (db: DatabaseSync) =>
  (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;

describe('migration 0001: the registry', () => {
  it('creates every table of a new registry and stamps the schema version', () => {
    const db = openDatabase(join(tempDir(), 'registry.sqlite'));
    expect(version(db)).toBe(SCHEMA_VERSION);
    expect(Object.keys(tableCounts(db))).toEqual(
      expect.arrayContaining(['organisation', 'people', 'groups', 'memberships', 'events', 'imports']),
    );
    db.close();
  });

  it('is numbered in order, names unique, and the last number is the schema version', () => {
    const numbers = MIGRATIONS.map((m) => m.version);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    expect(SCHEMA_VERSION).toBe(numbers.at(-1));
  });

  it('a failed migration leaves the file exactly as it was and says which step, in the user’s language', () => {
    const { path, counts } = registryBefore(SCHEMA_VERSION + 1);
    const before = readFileSync(path);
    const broken = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 10, name: 'adds-a-column', sql: 'ALTER TABLE people ADD COLUMN note TEXT;' },
      { version: SCHEMA_VERSION + 20, name: 'broken-step', sql: 'CREATE TABLE people (id TEXT);' },
    ];
    const db = new DatabaseSync(path);
    const error = errorOf(() => migrate(db, broken));
    expect(error).toBeInstanceOf(LedgerError);
    expect(error.code).toBe('migration_failed');
    expect(error.params).toMatchObject({ version: SCHEMA_VERSION + 20, name: 'broken-step' });
    // Nothing of the first (good) step stayed either: one transaction for the whole upgrade.
    expect(version(db)).toBe(SCHEMA_VERSION);
    const columns = (db.prepare('PRAGMA table_info(people)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('note');
    expect(tableCounts(db)).toEqual(counts);
    db.close();
    expect(readFileSync(path).equals(before) || existsSync(`${path}-wal`)).toBe(true);
    expect(errorMessage('zh-CN', 'migration_failed', error.params)).toContain('文件保持原样');
    expect(errorMessage('vi', 'migration_failed', error.params)).toContain('giữ nguyên');
  });

  it('a registry from a newer build is refused, not downgraded', () => {
    const path = join(tempDir(), 'registry.sqlite');
    const raw = new DatabaseSync(path);
    raw.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(errorOf(() => openDatabase(path)).code).toBe('registry_newer');
  });
});
