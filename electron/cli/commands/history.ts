/** `doctor`: the integrity check of the database and of the history chain. */
import { doctorText } from '../../../shared/i18n/doctor';
import { runDoctor } from '../../capabilities/history';
import { noExtra, type CliCommand } from '../command';
import { report, withDb } from '../common';

export const doctorCommand: CliCommand = {
  name: 'doctor',
  readOnly: true,
  options: {},
  run(env, _values, positionals) {
    noExtra(positionals);
    const { t } = env;
    return withDb(env.common, (db) => {
      const result = runDoctor(db);
      const lines = result.checks.map(
        (c) =>
          `${c.ok ? '✔' : '✘'} ${c.ok ? t('check.ok') : t('check.failed')}  ${doctorText(env.common.locale, c.finding, c.params)}`,
      );
      lines.push(result.ok ? t('doctor.ok') : t('doctor.failed'));
      report(env, result, lines.join('\n'));
      return result.ok ? 0 : 1;
    });
  },
};
