/** `backup list|create|verify|restore`: the verified copies of the registry in the data folder's backups/. */
import type { BackupEntry, BackupRestoreResult } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import { doctorText } from '../../../shared/i18n/doctor';
import {
  heldRegistry,
  inspectRegistry,
  listBackups,
  newestVerifiedBackup,
  recordedHead,
  restoreInPlaceOfDamaged,
  restoreOverRegistry,
  takeBackup,
  verifyBackup,
} from '../../capabilities/backups';
import { confPreferences } from '../../core/preferences';
import { registryPath } from '../../core/paths';
import { chainHead } from '../../kernel/events';
import { lockFolder } from '../../core/folderLock';
import { noExtra, type CliCommand } from '../command';
import { CliFailure, UsageError, report, withDb, withDbAsync, type CommandEnv } from '../common';
import type { MessageKey } from '../messages';
import { formatTable } from '../table';

/** The time in the office PC's local time, to the minute. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const retention = (env: CommandEnv) => confPreferences(env.common.dataDir).backupRetention();

function table(env: CommandEnv, entries: BackupEntry[]): string {
  const { t } = env;
  return formatTable(
    [
      t('backup.col.time'),
      t('backup.col.reason'),
      t('backup.col.size'),
      t('backup.col.people'),
      t('backup.col.groups'),
      t('backup.col.verified'),
      t('backup.col.file'),
    ],
    entries.map((b) => [
      localTime(b.takenAt),
      t(`backup.reason.${b.reason}` as MessageKey),
      size(b.bytes),
      b.counts ? String(b.counts.people) : '—',
      b.counts ? String(b.counts.groups) : '—',
      t(`backup.verified.${b.verified}` as MessageKey) + (b.problem ? ` (${b.problem})` : ''),
      b.file,
    ]),
  );
}

const listCommand: CliCommand = {
  name: 'backup',
  sub: 'list',
  readOnly: true,
  options: { verify: { type: 'boolean' } },
  run(env, values, positionals) {
    noExtra(positionals);
    const dir = env.common.dataDir;
    const entries = listBackups(dir).map((b) => (values.verify ? verifyBackup(dir, b) : b));
    report(env, entries, entries.length ? table(env, entries) : env.t('backup.none', { dataDir: dir }));
    return entries.some((b) => b.verified === 'failed') ? 1 : 0;
  },
};

const createCommand: CliCommand = {
  name: 'backup',
  sub: 'create',
  options: {},
  run(env, _values, positionals) {
    noExtra(positionals);
    return withDbAsync(env.common, async (db) => {
      const entry = await takeBackup(db, env.common.dataDir, env.clock, 'manual', retention(env));
      report(
        env,
        entry,
        env.t('backup.created', {
          file: entry.file,
          size: size(entry.bytes),
          people: entry.counts?.people ?? 0,
          groups: entry.counts?.groups ?? 0,
          seq: entry.head.seq,
        }),
      );
      return 0;
    });
  },
};

const verifyCommand: CliCommand = {
  name: 'backup',
  sub: 'verify',
  readOnly: true,
  options: {},
  run(env, _values, positionals) {
    if (positionals.length > 1) noExtra(positionals.slice(1));
    const dir = env.common.dataDir;
    const all = listBackups(dir);
    const chosen = positionals[0] ? all.filter((b) => b.file === positionals[0]) : all;
    if (positionals[0] && chosen.length === 0) throw new LedgerError('backup_unknown', { file: positionals[0] });
    const checked = chosen.map((b) => verifyBackup(dir, b));
    const failed = checked.filter((b) => b.verified !== 'ok').length;
    const text = checked.length
      ? `${table(env, checked)}\n${failed ? env.t('backup.verifyFailed', { failed, count: checked.length }) : env.t('backup.verifyOk', { count: checked.length })}`
      : env.t('backup.none', { dataDir: dir });
    report(env, { ok: failed === 0, backups: checked }, text);
    return failed ? 1 : 0;
  },
};

const restoreCommand: CliCommand = {
  name: 'backup',
  sub: 'restore',
  options: { newest: { type: 'boolean' }, yes: { type: 'boolean' } },
  async run(env, values, positionals) {
    const dir = env.common.dataDir;
    const { t } = env;
    if (positionals.length > 1) noExtra(positionals.slice(1));
    if (!positionals[0] && !values.newest) throw new UsageError('error.missingArg', { what: 'FILE / --newest' });
    let file = positionals[0];
    if (values.newest) {
      const newest = newestVerifiedBackup(dir);
      if (!newest) throw new CliFailure(t('backup.noneVerifies', { dataDir: dir }));
      file = newest.file;
    }
    const entry = listBackups(dir).find((b) => b.file === file);
    if (!entry) throw new LedgerError('backup_unknown', { file: file! });
    const health = inspectRegistry(registryPath(dir), { hasBackups: heldRegistry(dir) });
    const when = localTime(entry.takenAt);
    if (health.state === 'unavailable') {
      const problem = doctorText(env.common.locale, health.problem ?? 'registry_unreadable', {
        detail: health.detail ?? '',
      });
      throw new LedgerError('registry_damaged', { path: health.path, problem });
    }
    const done = (result: BackupRestoreResult, text: string) => {
      report(env, { ok: true, ...result }, text);
      return 0;
    };
    if (health.state === 'damaged') {
      if (!values.yes) {
        // Counted from the history's last entry recorded beside the registry (its anchor), when there is one.
        const recorded = recordedHead(dir);
        throw new CliFailure(
          recorded
            ? t('backup.confirmDamagedCounted', {
                when,
                file: entry.file,
                recorded: recorded.seq,
                last: recorded.at ? localTime(recorded.at) : '—',
                held: entry.head.seq,
                lost: Math.max(0, recorded.seq - entry.head.seq),
              })
            : t('backup.confirmDamaged', { when, file: entry.file }),
        );
      }
      // The folder's write lock: refused while the app (in recovery, say) or another command has it.
      const lock = lockFolder(dir, 'cli');
      let result: BackupRestoreResult;
      try {
        result = await restoreInPlaceOfDamaged(dir, env.clock, entry.file);
      } finally {
        lock.release();
      }
      return done(result, t('backup.restoredDamaged', { when, movedAside: result.movedAside ?? '—' }));
    }
    if (!values.yes) {
      const lost = withDb(env.common, (db) => chainHead(db).seq - entry.head.seq);
      throw new CliFailure(t('backup.confirm', { when, lost: Math.max(0, lost), file: entry.file }));
    }
    return withDbAsync(env.common, async (db) => {
      const result = await restoreOverRegistry(db, dir, env.clock, entry.file, retention(env));
      return done(result, t('backup.restored', { when, before: result.before?.file ?? '—' }));
    });
  },
};

export const BACKUP_COMMANDS: readonly CliCommand[] = [listCommand, createCommand, verifyCommand, restoreCommand];
