/**
 * `members GROUP [--as-of D] [--csv FILE|--xlsx FILE]`: a group's members now or on a date, against
 * its charter, or written to a file.
 */
import { IsoDate } from '../../../shared/domain';
import { noExtra, type CliCommand } from '../command';
import { UsageError } from '../common';
import { writeMembers } from './exports';
import { membersCommand } from './views';

export const membersCliCommand: CliCommand = {
  name: 'members',
  readOnly: true,
  options: { 'as-of': { type: 'string' }, csv: { type: 'string' }, xlsx: { type: 'string' } },
  run(env, values, positionals) {
    if (positionals.length === 0) throw new UsageError('error.missingArg', { what: 'GROUP' });
    noExtra(positionals.slice(1));
    const asOf = values['as-of'] as string | undefined;
    if (asOf !== undefined && !IsoDate.safeParse(asOf).success) throw new UsageError('error.badDate', { value: asOf });
    if (values.csv !== undefined || values.xlsx !== undefined) return writeMembers(env, positionals[0]!, asOf, values);
    return membersCommand(env, positionals[0]!, asOf);
  },
};
