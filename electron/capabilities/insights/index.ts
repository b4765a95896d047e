/** What needs doing: the dashboard, the scope-creep report and search everywhere. */
import { defineCapability } from '../../kernel/capability';
import { currentDashboardSummary, readAheadDashboard } from './dashboard';
import { scopeCreepGroups, scopeCreepSummary } from './reports';
import { searchAll } from './search';

export { currentDashboardSummary, dashboardSummary } from './dashboard';
export { endingGroups, expiredGroups, lapsedExceptions } from './lifecycle';
export { dashboardChecks, scopeCreepGroups, scopeCreepReport, scopeCreepSummary } from './reports';
export { SEARCH_LIMIT, searchAll } from './search';

export const insightsCapability = defineCapability({
  name: 'insights',
  handlers: (app) => ({
    'dashboard.summary': () => currentDashboardSummary(app.db, app.clock),
    'reports.scopeCreep': () => scopeCreepSummary(app.db, app.clock),
    'reports.scopeCreepGroups': (input) => scopeCreepGroups(app.db, app.clock, input.groupIds),
    'search.all': (input) => searchAll(app.db, input.query),
  }),
  readAhead: (app) => readAheadDashboard(app.db, app.clock),
});
