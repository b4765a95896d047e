/** Incidents and escalations (issue 10): what went wrong in a group, to whom it went, what was decided and done. */
import { defineCapability } from '../../kernel/capability';
import {
  addIncidentAction,
  closeIncident,
  createIncident,
  decideIncident,
  dismissIncident,
  escalateIncident,
  reopenIncident,
  updateIncident,
} from './commands';
import { getIncident, incidentDashboard, incidentReport, listIncidents } from './queries';
import { addKind, listKinds, renameKind, retireKind } from './kinds';
import { groupTimeline, personTimeline } from './timelines';

export {
  addIncidentAction,
  closeIncident,
  createIncident,
  decideIncident,
  dismissIncident,
  escalateIncident,
  reopenIncident,
  updateIncident,
} from './commands';
export {
  getIncident,
  getIncidentRow,
  incidentDashboard,
  incidentReport,
  lastDecisionDays,
  listIncidents,
  median,
} from './queries';
export { groupTimeline, personTimeline } from './timelines';
export { addKind, kindOrder, listKinds, renameKind, retireKind } from './kinds';
export {
  isFinal,
  nextStatus,
  settledStatus,
  type IncidentChange,
  type StatusFacts,
  type StatusVerdict,
} from './status';

export const incidentsCapability = defineCapability({
  name: 'incidents',
  handlers: (app) => ({
    'incidents.list': (input) => listIncidents(app.db, input),
    'incidents.get': (input) => getIncident(app.db, app.clock, input.id),
    'incidents.create': (input) => createIncident(app.service(), input),
    'incidents.update': (input) => updateIncident(app.service(), input),
    'incidents.escalate': (input) => escalateIncident(app.service(), input),
    'incidents.decide': (input) => decideIncident(app.service(), input),
    'incidents.addAction': (input) => addIncidentAction(app.service(), input),
    'incidents.close': (input) => closeIncident(app.service(), input),
    'incidents.dismiss': (input) => dismissIncident(app.service(), input),
    'incidents.reopen': (input) => reopenIncident(app.service(), input),
    'incidents.groupTimeline': (input) => groupTimeline(app.db, input),
    'incidents.personTimeline': (input) => personTimeline(app.db, input),
    'incidents.dashboard': (input) => incidentDashboard(app.db, app.clock, input.waitingDays),
    'incidents.report': (input) => incidentReport(app.db, input),
    'incidents.kinds': () => listKinds(app.db),
    'incidents.addKind': (input) => addKind(app.service(), input),
    'incidents.renameKind': (input) => renameKind(app.service(), input),
    'incidents.retireKind': (input) => retireKind(app.service(), input),
  }),
});
