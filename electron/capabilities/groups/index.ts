/**
 * Groups: the list, one group's page with its members as of a date, the group's own edits, and
 * its life (an ad-hoc group's end date extended, a group archived).
 */
import { defineCapability } from '../../kernel/capability';
import { saveGroup, setCharter, transferOwnership } from './commands';
import { archiveGroup, extendEndDate } from './lifecycle';
import { getGroup, listGroups } from './queries';
import { groupsWindow } from './groupsWindow';

export { saveGroup, setCharter, transferOwnership } from './commands';
export { archiveGroup, extendEndDate } from './lifecycle';
export { getGroup, groupLifecycle, groupMembers, listGroups, rulesSummary } from './queries';

export const groupsCapability = defineCapability({
  name: 'groups',
  handlers: (app) => ({
    'groups.list': (input) => listGroups(app.db, input.query, -1, app.clock),
    'groups.window': (input) => groupsWindow(app.db, app.clock, input),
    'groups.get': (input) => getGroup(app.db, input.id, input.asOf, app.clock),
    'groups.save': (input) => saveGroup(app.service(), input),
    'groups.setCharter': (input) => setCharter(app.service(), input),
    'groups.transferOwnership': (input) => transferOwnership(app.service(), input),
    'groups.extendEndDate': (input) => extendEndDate(app.service(), input),
    'groups.archive': (input) => archiveGroup(app.service(), input),
  }),
});
