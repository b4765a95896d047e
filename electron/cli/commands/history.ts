/**
 * `doctor`: the registry file (header, quick_check, schema version), then the integrity check of
 * the database and of the history chain, then the backups. Whatever state the file is in it
 * reports findings (and `--json` always prints JSON); it never opens the registry for writing.
 */
import { doctorText } from '../../../shared/i18n/doctor';
import { existsSync } from 'node:fs';
import { LedgerError } from '../../../shared/errors';
import { doctorFolder, hasBackups } from '../../capabilities/backups';
import { registryPath } from '../../core/paths';
import { noExtra, type CliCommand } from '../command';
import { report } from '../common';

export const doctorCommand: CliCommand = {
  name: 'doctor',
  readOnly: true,
  options: {},
  run(env, _values, positionals) {
    noExtra(positionals);
    const { t } = env;
    const dir = env.common.dataDir;
    // A folder with neither a registry nor backups is not a ledger (a mistyped --data): said so, as before.
    if (!existsSync(registryPath(dir)) && !hasBackups(dir)) throw new LedgerError('no_registry', { dataDir: dir });
    const result = doctorFolder(dir);
    const lines = result.checks.map(
      (c) =>
        `${c.ok ? '✔' : '✘'} ${c.ok ? t('check.ok') : t('check.failed')}  ${doctorText(env.common.locale, c.finding, c.params)}`,
    );
    lines.push(result.ok ? t('doctor.ok') : t('doctor.failed'));
    report(env, result, lines.join('\n'));
    return result.ok ? 0 : 1;
  },
};
