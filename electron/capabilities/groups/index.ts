/** Groups: the list, one group's page with its members as of a date, and the group's own edits. */
import { defineCapability } from '../../kernel/capability';
import { saveGroup, setCharter, transferOwnership } from './commands';
import { getGroup, listGroups } from './queries';

export { saveGroup, setCharter, transferOwnership } from './commands';
export { getGroup, groupMembers, listGroups, rulesSummary } from './queries';

export const groupsCapability = defineCapability({
  name: 'groups',
  handlers: (app) => ({
    'groups.list': (input) => listGroups(app.db, input.query),
    'groups.get': (input) => getGroup(app.db, input.id, input.asOf),
    'groups.save': (input) => saveGroup(app.service(), input),
    'groups.setCharter': (input) => setCharter(app.service(), input),
    'groups.transferOwnership': (input) => transferOwnership(app.service(), input),
  }),
});
