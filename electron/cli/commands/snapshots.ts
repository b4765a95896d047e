/** `export snapshot`, `import snapshot` and `verify`: the whole registry to and from a file. */
import { basename, resolve } from 'node:path';
import {
  countsOf,
  exportSnapshot,
  importSnapshot,
  readSnapshotFile,
  refuseFutureDates,
} from '../../capabilities/snapshots';
import { requireOrganisation } from '../../kernel/records';
import { noExtra, type CliCommand } from '../command';
import { UsageError, cliContext, report, withDb } from '../common';

function fileArg(positionals: string[]): string {
  if (!positionals[0]) throw new UsageError('error.missingArg', { what: 'FILE' });
  noExtra(positionals.slice(1));
  return positionals[0];
}

export const exportSnapshotCommand: CliCommand = {
  name: 'export',
  sub: 'snapshot',
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
  options: { 'dry-run': { type: 'boolean' }, map: { type: 'string' }, 'accept-same-name': { type: 'boolean' } },
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
    return withDb(
      env.common,
      (db) => {
        const imported = importSnapshot(db, snapshot, {
          actor: cliContext(db, env).actor,
          fileName: basename(file),
          at: env.clock.now().toISOString(),
        });
        report(
          env,
          { dryRun: false, counts: imported },
          env.t('import.done', { ...imported, dataDir: env.common.dataDir }),
        );
        return 0;
      },
      true,
    );
  },
};

export const verifyCommand: CliCommand = {
  name: 'verify',
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
