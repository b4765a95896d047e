/**
 * `export snapshot`, `import snapshot` and `verify`: the whole registry to and from a file. These
 * run in the command's own process (nothing else waits on it). An encrypted file's password comes
 * from --password-file, or is typed at a prompt when standard input is a terminal; it is never
 * taken from the command line itself (where other users of the machine could read it) or stored.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { signatureText } from '../../../shared/i18n/signature';
import { isPdf, pdfSignatureState } from '../../capabilities/documents';
import { existingInstallationKey, installationRoot, type LedgerKey } from '../../core/signingKey';
import {
  ENCRYPTED_MAGIC,
  checkNewPassword,
  dropVerified,
  exportContainer,
  exportSnapshot,
  restoreContainer,
  restoreSnapshot,
  runVerify,
  snapshotSignatureState,
} from '../../capabilities/snapshots';
import { LedgerError } from '../../../shared/errors';
import type { CommandEnv as CliEnv } from '../common';
import { isRegistryEmpty, requireOrganisation } from '../../kernel/records';
import { noExtra, type CliCommand } from '../command';
import { CliFailure, UsageError, cliContext, cliSigningKey, report, withDbAsync, type Common } from '../common';

/** This installation's key if it has one (verify never makes one). */
function ownKey(common: Common): LedgerKey | null {
  return existingInstallationKey(installationRoot(common.dataDir));
}

function fileArg(positionals: string[]): string {
  if (!positionals[0]) throw new UsageError('error.missingArg', { what: 'FILE' });
  noExtra(positionals.slice(1));
  return positionals[0];
}

/** The first line of a password file (a trailing newline is not part of the password). */
function readPasswordFile(env: CliEnv, path: string): string {
  let text: string;
  try {
    text = readFileSync(resolve(env.io.cwd, path), 'utf8');
  } catch (error) {
    throw new CliFailure(
      env.t('password.fileUnreadable', { path, detail: (error as NodeJS.ErrnoException).code ?? 'EIO' }),
    );
  }
  const password = text.split(/\r?\n/)[0] ?? '';
  if (!password) throw new CliFailure(env.t('password.fileEmpty', { path }));
  return password;
}

/** Whether a snapshot file is encrypted (its first bytes); an unreadable file is left to the reader to report. */
function isEncryptedFile(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(ENCRYPTED_MAGIC.length);
      const n = readSync(fd, head, 0, head.length, 0);
      return head.subarray(0, n).toString('latin1') === ENCRYPTED_MAGIC;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** The password to open `file` with: undefined for a plain file. */
async function openingPassword(env: CliEnv, values: Values, file: string): Promise<string | undefined> {
  if (typeof values['password-file'] === 'string') return readPasswordFile(env, values['password-file']);
  if (!isEncryptedFile(file)) return undefined;
  if (!env.io.askPassword) throw new LedgerError('snapshot_password_required');
  const typed = await env.io.askPassword(env.t('password.prompt', { file: basename(file) }));
  if (!typed) throw new LedgerError('snapshot_password_required');
  return typed;
}

/** The password to encrypt a new file with (typed twice at a prompt), or undefined for a plain file. */
async function newPassword(env: CliEnv, values: Values): Promise<string | undefined> {
  if (typeof values['password-file'] === 'string') {
    const password = readPasswordFile(env, values['password-file']);
    checkNewPassword(password);
    return password;
  }
  if (!values.encrypt) return undefined;
  if (!env.io.askPassword) throw new UsageError('error.encryptNeedsPassword');
  const first = await env.io.askPassword(env.t('password.new'));
  if (!first) throw new CliFailure(env.t('password.none'));
  checkNewPassword(first);
  const again = await env.io.askPassword(env.t('password.repeat'));
  if (again !== first) throw new CliFailure(env.t('password.mismatch'));
  return first;
}

type Values = Record<string, string | boolean | undefined>;

export const exportSnapshotCommand: CliCommand = {
  name: 'export',
  sub: 'snapshot',
  readOnly: true,
  options: {
    'password-file': { type: 'string' },
    encrypt: { type: 'boolean' },
    compress: { type: 'boolean' },
    format: { type: 'string' },
  },
  async run(env, values, positionals) {
    const file = resolve(env.io.cwd, fileArg(positionals));
    const form = values.format ?? 'sqlite';
    if (form !== 'sqlite' && form !== 'json') {
      throw new UsageError('error.badChoice', { option: '--format', values: 'sqlite, json', value: String(form) });
    }
    const password = await newPassword(env, values as Values);
    return withDbAsync(env.common, async (db) => {
      requireOrganisation(db);
      const key = cliSigningKey(env.common);
      const options = { password, compress: values.compress === true, signer: key };
      const result =
        form === 'sqlite'
          ? await exportContainer(db, env.clock, file, options)
          : exportSnapshot(db, env.clock, file, options);
      report(
        env,
        result,
        `${env.t('export.done', { ...result.counts, path: result.path, bytes: result.bytes, checksum: result.checksum })}\n${signatureText(env.common.locale, { state: 'this', fingerprint: key.fingerprint })}`,
      );
      return 0;
    });
  },
};

export const importSnapshotCommand: CliCommand = {
  name: 'import',
  sub: 'snapshot',
  options: {
    'dry-run': { type: 'boolean' },
    replace: { type: 'boolean' },
    map: { type: 'string' },
    'accept-same-name': { type: 'boolean' },
    'password-file': { type: 'string' },
  },
  async run(env, values, positionals) {
    if (values.map !== undefined) throw new UsageError('error.mapOnlyPeople');
    if (values['accept-same-name']) throw new UsageError('error.acceptOnlyPeople');
    const file = resolve(env.io.cwd, fileArg(positionals));
    const { verified, summary, signature } = await verifyFile(env, file, values as Values);
    const { counts } = summary;
    const signed = signatureText(env.common.locale, signature);
    if (values['dry-run']) {
      dropVerified(verified);
      // A dry run only verifies: the target folder is not even opened.
      report(env, { dryRun: true, counts, signature }, `${env.t('import.dryRun', { ...counts })}\n${signed}`);
      return 0;
    }
    const dataDir = env.common.dataDir;
    try {
      return await withDbAsync(
        env.common,
        async (db) => {
          if (!values.replace && !isRegistryEmpty(db)) throw new CliFailure(env.t('import.notEmpty', { dataDir }));
          const meta = {
            actor: cliContext(db, env).actor,
            fileName: basename(file),
            at: env.clock.now().toISOString(),
          };
          const { counts: imported, backup } =
            verified.form === 'sqlite'
              ? await restoreContainer(db, dataDir, env.clock, verified.container, meta)
              : await restoreSnapshot(db, dataDir, env.clock, verified.snapshot, meta);
          const text = backup
            ? env.t('import.replaced', {
                ...imported,
                dataDir,
                backup: backup.path,
                oldPeople: backup.counts.people,
                oldGroups: backup.counts.groups,
                oldEvents: backup.counts.events,
              })
            : env.t('import.done', { ...imported, dataDir });
          report(env, { dryRun: false, counts: imported, backup, signature }, `${text}\n${signed}`);
          return 0;
        },
        true,
      );
    } finally {
      dropVerified(verified);
    }
  },
};

/**
 * Reads and verifies a snapshot file as the app does (jobs.ts): an SQLite-file snapshot signed by
 * this installation is checked as a backup is and kept for a copy; any other file is checked in full.
 */
async function verifyFile(env: CliEnv, file: string, values: Values) {
  const password = await openingPassword(env, values, file);
  const own = ownKey(env.common);
  const result = await runVerify(
    { op: 'verify', path: file, password, own: own?.publicKey ?? null, now: env.clock.now().toISOString() },
    () => undefined,
  );
  return { ...result, signature: snapshotSignatureState(result.summary, own) };
}

export const verifyCommand: CliCommand = {
  name: 'verify',
  readOnly: true,
  options: { 'password-file': { type: 'string' } },
  async run(env, values, positionals) {
    const path = resolve(env.io.cwd, fileArg(positionals));
    const own = ownKey(env.common);
    // A report PDF: only its signature can be checked.
    const head = readHead(path);
    if (head && isPdf(head)) {
      const bytes = readFileSync(path);
      const signature = pdfSignatureState(bytes, own);
      const ok = signature.state === 'this' || signature.state === 'other';
      report(
        env,
        { ok, kind: 'pdf', signature },
        `${env.t('verify.pdf', { bytes: bytes.length })}\n${signatureText(env.common.locale, signature)}`,
      );
      return ok ? 0 : 1;
    }
    // A snapshot, encrypted or not: its signature is checked on the plain document.
    const { verified, summary: read, signature } = await verifyFile(env, path, values as Values);
    dropVerified(verified);
    const { counts } = read;
    const summary = {
      encrypted: read.encrypted,
      organisation: read.organisation,
      exportedAt: read.exportedAt,
      checksum: read.checksum,
      counts,
      signature,
    };
    // Older snapshots are unsigned and still valid; a signature that does not match is a failure.
    const ok = signature.state !== 'altered';
    report(
      env,
      { ok, ...summary },
      `${env.t('verify.ok', {
        ...counts,
        organisation: summary.organisation,
        exportedAt: summary.exportedAt,
        checksum: summary.checksum,
      })}\n${signatureText(env.common.locale, signature)}`,
    );
    return ok ? 0 : 1;
  },
};

/** The first bytes of a file, or null when it cannot be read (readSnapshotFile then says why). */
function readHead(path: string): Buffer | null {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(8);
      return head.subarray(0, readSync(fd, head, 0, 8, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}
