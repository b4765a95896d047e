/** `export snapshot`, `import snapshot` and `verify`: the whole registry to and from a file. */
import { basename, resolve } from 'node:path';
import {
  countsOf,
  exportSnapshot,
  readSnapshotFile,
  refuseFutureDates,
  restoreSnapshot,
} from '../../capabilities/snapshots';
import { isRegistryEmpty, requireOrganisation } from '../../kernel/records';
import { noExtra, type CliCommand } from '../command';
import { CliFailure, UsageError, cliContext, report, withDb, withDbAsync } from '../common';

function fileArg(positionals: string[]): string {
  if (!positionals[0]) throw new UsageError('error.missingArg', { what: 'FILE' });
  noExtra(positionals.slice(1));
  return positionals[0];
}

export const exportSnapshotCommand: CliCommand = {
  name: 'export',
  sub: 'snapshot',
  readOnly: true,
  options: {},
  run(env, _values, positionals) {
    const file = resolve(env.io.cwd, fileArg(positionals));
    return withDb(env.common, (db) => {
      requireOrganisation(db);
      const result = exportSnapshot(db, env.clock, file);
      report(
        env,
        result,
        env.t('export.done', { ...result.counts, path: result.path, bytes: result.bytes, checksum: result.checksum }),
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
  },
  run(env, values, positionals) {
    if (values.map !== undefined) throw new UsageError('error.mapOnlyPeople');
    if (values['accept-same-name']) throw new UsageError('error.acceptOnlyPeople');
    const file = resolve(env.io.cwd, fileArg(positionals));
    const snapshot = readSnapshotFile(file);
    refuseFutureDates(snapshot, env.clock);
    const counts = countsOf(snapshot.content);
    if (values['dry-run']) {
      // A dry run only verifies: the target folder is not even opened.
      report(env, { dryRun: true, counts }, env.t('import.dryRun', { ...counts }));
      return 0;
    }
    const dataDir = env.common.dataDir;
    return withDbAsync(
      env.common,
      async (db) => {
        if (!values.replace && !isRegistryEmpty(db)) throw new CliFailure(env.t('import.notEmpty', { dataDir }));
        const meta = { actor: cliContext(db, env).actor, fileName: basename(file), at: env.clock.now().toISOString() };
        const { counts: imported, backup } = await restoreSnapshot(db, dataDir, env.clock, snapshot, meta);
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
        report(env, { dryRun: false, counts: imported, backup }, text);
        return 0;
      },
      true,
    );
  },
};

export const verifyCommand: CliCommand = {
  name: 'verify',
  readOnly: true,
  options: {},
  run(env, _values, positionals) {
    const snapshot = readSnapshotFile(resolve(env.io.cwd, fileArg(positionals)));
    refuseFutureDates(snapshot, env.clock);
    const counts = countsOf(snapshot.content);
    const summary = {
      organisation: snapshot.content.organisation.name,
      exportedAt: snapshot.exportedAt,
      checksum: snapshot.checksum,
      counts,
    };
    report(
      env,
      { ok: true, ...summary },
      env.t('verify.ok', {
        ...counts,
        organisation: summary.organisation,
        exportedAt: summary.exportedAt,
        checksum: summary.checksum,
      }),
    );
    return 0;
  },
};
