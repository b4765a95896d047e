/**
 * Snapshots as an SQLite file (format version 5, container.ts): what is written, what a file of
 * this installation, of another one and a damaged or forged file each get, and that nothing is left
 * behind in the temporary folder.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DatabaseSync } from 'node:sqlite';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/canonical';
import { LedgerError } from '../../shared/errors';
import { snapshotSignedText } from '../../shared/snapshotSignature';
import { migrate, openDatabase, type Db } from '../../electron/db/database';
import { MIGRATIONS } from '../../electron/db/migrations';
import { createOrganisation } from '../../electron/capabilities/organisation/organisation';
import { installationKey } from '../../electron/core/signingKey';
import {
  CONTAINER_MAGIC,
  exportContainer,
  openContainer,
  type ContainerHeader,
} from '../../electron/capabilities/snapshots/container';
import { dropVerified, runImport, runVerify, type VerifiedFile } from '../../electron/capabilities/snapshots/jobs';
import { readContent, readSnapshotFile, registryCounts } from '../../electron/capabilities/snapshots';
import { removeMember } from '../../electron/capabilities/membership/membership';
import { addIssue3Records, casedText } from './snapshot-helpers';
import { smallRegistry, tempDir } from './helpers';

const NOW = '2024-03-04T12:00:00.000Z';

// This file's own temporary folder (each test file runs in a process of its own), so the scratch
// folders counted below are this file's only.
const privateTmp = mkdtempSync(join(tmpdir(), 'gl-container-tmp-'));
process.env.TMPDIR = privateTmp;
afterAll(() => rmSync(privateTmp, { recursive: true, force: true }));
const META = { actor: 'tester', fileName: 'snap.groupledger', at: NOW };

/** Scratch folders of snapshots waiting in the temporary folder. */
function scratchFolders(): string[] {
  return readdirSync(tmpdir()).filter((name) => /^group-ledger-(snapshot|export)-/.test(name));
}

/** A registry with issue 3's records and a member removed, exported as an SQLite file signed by `root`'s key. */
async function exported(options: { password?: string; compress?: boolean } = {}) {
  const { ctx } = smallRegistry();
  addIssue3Records(ctx);
  removeMember(ctx, { groupId: 'g-middle', personId: 'p-wang', reason: '调离' });
  const root = tempDir('gl-container-');
  const file = join(root, 'snap.groupledger');
  const result = await exportContainer(ctx.db, ctx.clock, file, { ...options, signer: installationKey(root) });
  return { db: ctx.db, root, file, result };
}

function verify(file: string, own: string | null, password?: string) {
  return runVerify({ op: 'verify', path: file, own, now: NOW, password }, () => undefined);
}

async function importInto(verified: VerifiedFile, dir = tempDir('gl-container-into-')) {
  const result = await runImport(
    verified,
    { op: 'import', dbPath: join(dir, 'registry.sqlite'), dataDir: dir, mode: 'empty', meta: META, now: NOW },
    () => undefined,
  );
  const db = openDatabase(join(dir, 'registry.sqlite'));
  return { result, db, dir };
}

function contentOf(db: Db): string {
  return canonicalJson(readContent(db));
}

/** The header and the database of a container file. */
function split(file: string): { header: ContainerHeader; body: Buffer } {
  const bytes = readFileSync(file);
  const end = bytes.indexOf(0x0a, CONTAINER_MAGIC.length);
  return {
    header: JSON.parse(bytes.subarray(CONTAINER_MAGIC.length, end).toString('utf8')),
    body: bytes.subarray(end + 1),
  };
}

/**
 * A forger's edit: the database changed with `edit`, its checksum recomputed, and signed again by
 * `signer` (this installation's key when it is stolen, another key, or none: the old signature kept).
 */
function forge(
  file: string,
  edit: (db: DatabaseSync) => void,
  signer: ReturnType<typeof installationKey> | 'keep',
): string {
  const { header, body } = split(file);
  const work = join(tempDir('gl-forge-'), 'db.sqlite');
  writeFileSync(work, body);
  const db = new DatabaseSync(work);
  db.exec('PRAGMA foreign_keys = OFF');
  edit(db);
  db.close();
  const edited = readFileSync(work);
  const checksum = `sha256:${createHash('sha256').update(edited).digest('hex')}`;
  const forged: ContainerHeader = { ...header, bytes: edited.length, checksum };
  if (signer !== 'keep') {
    const value = signer.sign(snapshotSignedText({ version: 5, checksum, exportedAt: header.exportedAt }));
    forged.signature = { alg: 'ed25519', key: signer.fingerprint, publicKey: signer.publicKey, value };
  }
  const out = join(tempDir('gl-forge-'), 'forged.groupledger');
  writeFileSync(out, Buffer.concat([CONTAINER_MAGIC, Buffer.from(`${canonicalJson(forged)}\n`), edited]));
  return out;
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; params: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LedgerError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error('not refused');
}

describe('an SQLite-file snapshot', () => {
  it('starts with a line saying what it is, then a header with the checksum of the database and the signature', async () => {
    const { file, result, root } = await exported();
    const { header, body } = split(file);
    expect(readFileSync(file).subarray(0, CONTAINER_MAGIC.length).toString()).toBe('group-ledger-snapshot sqlite\n');
    expect(header).toMatchObject({ format: 'group-ledger-snapshot', version: 5, bytes: body.length });
    expect(header.checksum).toBe(`sha256:${createHash('sha256').update(body).digest('hex')}`);
    expect(result.checksum).toBe(header.checksum);
    expect(result.signedBy).toBe(installationKey(root).fingerprint);
    expect(body.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  });

  it('of this installation is checked as a backup is and copied in whole: the same content, one import logged', async () => {
    const { db, file, root } = await exported();
    const before = scratchFolders().length;
    const { verified, summary } = await verify(file, installationKey(root).publicKey);
    expect(verified.form).toBe('sqlite');
    expect(summary).toMatchObject({ organisation: '测试局', version: 5, counts: registryCounts(db) });
    const target = await importInto(verified);
    expect(target.result.counts).toEqual(registryCounts(db));
    expect(contentOf(target.db)).toBe(contentOf(db));
    expect(target.db.prepare('SELECT actor, file_name, checksum FROM imports').all()).toEqual([
      { actor: 'tester', file_name: 'snap.groupledger', checksum: summary.checksum },
    ]);
    expect((target.db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
    expect(existsSync(summary.scratch!)).toBe(true);
    dropVerified(verified);
    expect(existsSync(summary.scratch!)).toBe(false);
    expect(scratchFolders().length).toBe(before);
    target.db.close();
  });

  it('is written through the WAL into a registry the app holds open, which then sees it', async () => {
    const { db, file, root } = await exported();
    const { verified } = await verify(file, installationKey(root).publicKey);
    const dir = tempDir('gl-container-open-');
    const app = openDatabase(join(dir, 'registry.sqlite'));
    const { result, db: target } = await importInto(verified, dir);
    expect(result.counts).toEqual(registryCounts(db));
    expect(contentOf(app)).toBe(contentOf(db));
    expect((app.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
    target.close();
    app.close();
    dropVerified(verified);
  });

  it('of another installation gets every check a JSON snapshot gets, and imports the same content', async () => {
    const { db, file } = await exported();
    const other = installationKey(tempDir('gl-other-')).publicKey;
    const { verified, summary } = await verify(file, other);
    expect(verified.form).toBe('json');
    expect(summary.version).toBe(5);
    const target = await importInto(verified);
    expect(contentOf(target.db)).toBe(contentOf(db));
    target.db.close();
    // The same without any key (the command line of a new installation), and read for a diff.
    expect((await verify(file, null)).verified.form).toBe('json');
    expect(canonicalJson(readSnapshotFile(file).content)).toBe(contentOf(db));
  });

  it('with runbooks and incidents is copied whole too', async () => {
    // casedText's registry, exported as JSON, imported, then exported as an SQLite file.
    const { verified: fromJson } = await runVerify(
      { op: 'verify', bytes: Buffer.from(casedText()), now: NOW },
      () => undefined,
    );
    const first = await importInto(fromJson);
    const root = tempDir('gl-cased-');
    const file = join(root, 'cased.groupledger');
    await exportContainer(first.db, { now: () => new Date(NOW) }, file, { signer: installationKey(root) });
    const { verified } = await verify(file, installationKey(root).publicKey);
    expect(verified.form).toBe('sqlite');
    const second = await importInto(verified);
    expect(contentOf(second.db)).toBe(contentOf(first.db));
    expect(registryCounts(second.db).runbooks).toBe(1);
    expect(registryCounts(second.db).incidents).toBe(1);
    first.db.close();
    second.db.close();
  });

  it('encrypted or compressed, is opened and copied in the same way', async () => {
    const password = 'a long enough passphrase 42';
    const encrypted = await exported({ password });
    expect(readFileSync(encrypted.file).subarray(0, 8).toString('latin1')).not.toBe('group-le');
    const own = installationKey(encrypted.root).publicKey;
    const opened = await verify(encrypted.file, own, password);
    expect(opened.verified.form).toBe('sqlite');
    expect(opened.summary.encrypted).toBe(true);
    const target = await importInto(opened.verified);
    expect(contentOf(target.db)).toBe(contentOf(encrypted.db));
    target.db.close();
    expect((await refusal(verify(encrypted.file, own, 'the wrong passphrase 42'))).code).toBe(
      'snapshot_wrong_password',
    );

    const packed = await exported({ compress: true });
    expect(gunzipSync(readFileSync(packed.file)).subarray(0, CONTAINER_MAGIC.length)).toEqual(CONTAINER_MAGIC);
    const unpacked = await verify(packed.file, installationKey(packed.root).publicKey);
    expect(unpacked.verified.form).toBe('sqlite');
    dropVerified(unpacked.verified);
  });

  it('from an earlier build (an older schema) is brought to this build’s schema in its scratch folder, then imported', async () => {
    const root = tempDir('gl-container-older-');
    const old = new DatabaseSync(join(root, 'old.sqlite'));
    migrate(old, MIGRATIONS.slice(0, -1));
    const clock = { now: () => new Date(NOW) };
    createOrganisation({ db: old, clock, actor: 'tester' }, { name: '旧版本的局', locale: 'zh-CN' });
    const file = join(root, 'old.groupledger');
    await exportContainer(old, clock, file, { signer: installationKey(root) });
    expect(new DatabaseSync(join(root, 'old.sqlite')).prepare('PRAGMA user_version').get()).toEqual({
      user_version: MIGRATIONS.at(-2)!.version,
    });
    const { verified, summary } = await verify(file, installationKey(root).publicKey);
    expect(verified.form).toBe('sqlite');
    expect(summary.organisation).toBe('旧版本的局');
    const target = await importInto(verified);
    expect(target.db.prepare('PRAGMA user_version').get()).toEqual({ user_version: MIGRATIONS.at(-1)!.version });
    expect(contentOf(target.db)).toBe(contentOf(old));
    target.db.close();
    old.close();
    dropVerified(verified);
  });

  it('with a password too short is refused before anything is copied or written', async () => {
    const { ctx } = smallRegistry();
    const dir = tempDir('gl-container-weak-');
    const before = scratchFolders().length;
    const refused = await refusal(
      exportContainer(ctx.db, ctx.clock, join(dir, 'weak.groupledger.enc'), { password: 'short' }),
    );
    expect(refused).toMatchObject({ code: 'snapshot_password_weak', params: { min: 8 } });
    expect(readdirSync(dir)).toEqual([]);
    expect(scratchFolders().length).toBe(before);
  });

  it('replaces a registry that holds data only after keeping a verified copy of it', async () => {
    const { db, file, root } = await exported();
    const { verified } = await verify(file, installationKey(root).publicKey);
    // The registry holds data: this snapshot, imported once already, and a person added since.
    const { db: first, dir } = await importInto(verified);
    first.exec("UPDATE people SET phone = '13900000000' WHERE id = 'p-liwei'");
    first.close();
    const result = await runImport(
      verified,
      { op: 'import', dbPath: join(dir, 'registry.sqlite'), dataDir: dir, mode: 'restore', meta: META, now: NOW },
      () => undefined,
    );
    expect(result.backup?.path).toMatch(/registry-before-restore-.*\.sqlite$/);
    expect(result.backup?.counts).toEqual(registryCounts(db));
    const replaced = openDatabase(join(dir, 'registry.sqlite'));
    expect(contentOf(replaced)).toBe(contentOf(db));
    replaced.close();
    const kept = new DatabaseSync(result.backup!.path, { readOnly: true });
    expect(kept.prepare("SELECT phone FROM people WHERE id = 'p-liwei'").get()).toEqual({ phone: '13900000000' });
    kept.close();
    dropVerified(verified);
  });
});

describe('a damaged or forged SQLite-file snapshot is refused, and nothing is written or left behind', () => {
  it.each([
    [
      'a changed byte in the database',
      (b: Buffer) => (b.writeUInt8(b.readUInt8(b.length - 5000) ^ 0xff, b.length - 5000), b),
      'snapshot_checksum',
    ],
    ['half the file', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2)), 'snapshot_truncated'],
    ['bytes added at the end', (b: Buffer) => Buffer.concat([b, Buffer.from('more')]), 'snapshot_checksum'],
    [
      'a header that is not JSON',
      (b: Buffer) => Buffer.concat([CONTAINER_MAGIC, Buffer.from('{nope\n'), b.subarray(200)]),
      'snapshot_not_json',
    ],
    [
      'a later version',
      (b: Buffer) => Buffer.from(b.toString('latin1').replace('"version":5}', '"version":6}'), 'latin1'),
      'snapshot_version',
    ],
  ])('%s', async (_label, damage, code) => {
    const { file, root } = await exported();
    const bad = join(tempDir('gl-bad-'), 'bad.groupledger');
    writeFileSync(bad, damage(readFileSync(file)));
    const before = scratchFolders().length;
    expect((await refusal(verify(bad, installationKey(root).publicKey))).code).toBe(code);
    expect(scratchFolders().length).toBe(before);
  });

  it('an encrypted file with a changed byte is refused as tampered, once its whole rest is read', async () => {
    const password = 'a long enough passphrase 42';
    const { file, root } = await exported({ password });
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 3000) ^ 0x01, bytes.length - 3000);
    const bad = join(tempDir('gl-bad-'), 'bad.groupledger.enc');
    writeFileSync(bad, bytes);
    const before = scratchFolders().length;
    expect((await refusal(verify(bad, installationKey(root).publicKey, password))).code).toBe('snapshot_tampered');
    expect(scratchFolders().length).toBe(before);
  });

  it('a forged file with the old signature is not this installation’s: it gets every check, and verify says altered', async () => {
    const { file, root } = await exported();
    const forged = forge(file, (db) => db.exec("UPDATE people SET name = '假名' WHERE id = 'p-liwei'"), 'keep');
    const { verified, summary } = await verify(forged, installationKey(root).publicKey);
    expect(verified.form).toBe('json');
    const { snapshotSignatureState } = await import('../../electron/capabilities/snapshots');
    expect(snapshotSignatureState(summary, installationKey(root))).toMatchObject({ state: 'altered' });
  });

  it('a file signed with this installation’s key but with an object added to its schema is refused, naming it', async () => {
    const { file, root } = await exported();
    const forged = forge(
      file,
      (db) => db.exec('CREATE VIEW everyone AS SELECT name FROM people'),
      installationKey(root),
    );
    const refused = await refusal(verify(forged, installationKey(root).publicKey));
    expect(refused.code).toBe('snapshot_schema');
    expect(String(refused.params.detail)).toContain('unexpected view everyone');
  });

  it('a file signed with this installation’s key whose history was edited is refused at the entry', async () => {
    const { file, root } = await exported();
    const forged = forge(
      file,
      (db) => {
        db.exec('DROP TRIGGER events_append_only_update');
        db.exec("UPDATE events SET actor = 'someone else' WHERE seq = 3");
      },
      installationKey(root),
    );
    const refused = await refusal(verify(forged, installationKey(root).publicKey));
    expect(refused.code).toBe('snapshot_schema'); // the trigger is missing: the schema differs first
    // Put back exactly as it was, the schema is this build's again: the history itself is refused.
    const edited = forge(
      file,
      (db) => {
        const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'events_append_only_update'").get() as {
          sql: string;
        };
        db.exec('DROP TRIGGER events_append_only_update');
        db.exec("UPDATE events SET actor = 'someone else' WHERE seq = 3");
        db.exec(sql);
      },
      installationKey(root),
    );
    const again = await refusal(verify(edited, installationKey(root).publicKey));
    expect(again.code).toBe('snapshot_checksum');
    expect(String(again.params.detail)).toContain('event 3');
  });

  it('a file signed with this installation’s key with a date after today is refused, naming the record', async () => {
    const { file, root } = await exported();
    const forged = forge(file, (db) => db.exec("UPDATE groups SET created_on = '2099-01-01'"), installationKey(root));
    const refused = await refusal(verify(forged, installationKey(root).publicKey));
    expect(refused.code).toBe('snapshot_future_date');
    expect(refused.params.value).toBe('2099-01-01');
  });

  it('a file signed with this installation’s key with a broken reference is refused', async () => {
    const { file, root } = await exported();
    const forged = forge(
      file,
      (db) =>
        db.exec("UPDATE memberships SET person_id = 'p-nobody' WHERE rowid = (SELECT min(rowid) FROM memberships)"),
      installationKey(root),
    );
    const refused = await refusal(verify(forged, installationKey(root).publicKey));
    expect(refused.code).toBe('snapshot_schema');
    expect(String(refused.params.detail)).toContain('memberships');
  });

  it('more rows than the limit are refused, naming the list', async () => {
    const { file } = await exported();
    const { body, header } = split(file);
    const plain = Buffer.concat([CONTAINER_MAGIC, Buffer.from(`${canonicalJson(header)}\n`), body]);
    const limits = (await import('../../electron/capabilities/snapshots/limits')).SNAPSHOT_LIMITS;
    const small = { ...limits, rows: { ...limits.rows, people: 2 } };
    let refused: LedgerError | null = null;
    try {
      openContainer(plain, { limits: small });
    } catch (error) {
      refused = error as LedgerError;
    }
    expect(refused?.code).toBe('snapshot_limit');
    expect(refused?.params).toMatchObject({ limit: 'rows', list: 'people' });
  });
});

describe('the limits of a snapshot, on an SQLite-file snapshot from elsewhere', () => {
  // As the JSON form's (limits.ts): no one text longer than 100,000 characters, nothing nested
  // deeper than 32 levels — checked on the file's tables before anything is read into memory.
  it.each([
    [
      'a 200,000-character text in a history entry',
      // (History entries are never updated: a forger adds one.)
      `INSERT INTO events (seq, at, actor, kind, before, after, subjects, prev_hash, hash)
         SELECT seq + 1, at, actor, kind, before, json_object('name', printf('%.*c', 200000, 'x')), subjects, hash, hash
           FROM events ORDER BY seq DESC LIMIT 1`,
      'stringLength',
    ],
    [
      'a 200,000-character name',
      "UPDATE people SET name = printf('%.*c', 200000, 'x') WHERE id = 'p-liwei'",
      'stringLength',
    ],
    [
      'a history entry nested 10,000 levels deep',
      `INSERT INTO events (seq, at, actor, kind, before, after, subjects, prev_hash, hash)
         SELECT seq + 1, at, actor, kind, before, printf('%.*c', 10000, '[') || printf('%.*c', 10000, ']'), subjects, hash, hash
           FROM events ORDER BY seq DESC LIMIT 1`,
      'depth',
    ],
  ])('%s is refused naming the limit', async (_name, edit, limit) => {
    const { file, root } = await exported();
    const forged = forge(file, (db) => db.exec(edit), 'keep');
    const refused = await refusal(verify(forged, installationKey(root).publicKey));
    expect(refused).toMatchObject({ code: 'snapshot_limit', params: { limit } });
  });
});
