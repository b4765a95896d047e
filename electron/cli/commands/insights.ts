/** `report scope-creep` and `search TEXT`. */
import { contract } from '../../../shared/contract';
import { noExtra, type CliCommand } from '../command';
import { UsageError } from '../common';
import { scopeCreepCommand, searchCommand } from './views';

export const reportCommand: CliCommand = {
  name: 'report',
  readOnly: true,
  options: {},
  run(env, _values, positionals) {
    if (positionals.length === 0) throw new UsageError('error.missingArg', { what: '"scope-creep"' });
    if (positionals[0] !== 'scope-creep') throw new UsageError('error.badReport', { value: positionals[0]! });
    noExtra(positionals.slice(1));
    return scopeCreepCommand(env);
  },
};

export const searchCliCommand: CliCommand = {
  name: 'search',
  readOnly: true,
  options: {},
  run(env, _values, positionals) {
    // Unquoted words are one query: `search nguyen trong nhan`.
    const query = contract['search.all'].input.safeParse({ query: positionals.join(' ') });
    if (!query.success)
      throw new UsageError(positionals.length === 0 ? 'error.missingArg' : 'error.badSearch', { what: 'TEXT' });
    return searchCommand(env, query.data.query);
  },
};
