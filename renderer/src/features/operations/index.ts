/**
 * Operations (runbooks, capability C): the list, a runbook's plan, walk and report, the planning
 * buttons other pages show (a group's Dissolve… / Prune… / Rebuild…, a leaver's Offboard…), the
 * plan dialog itself for pages that plan from their own lists (the dashboard's expired groups), the
 * dashboard's panel of unfinished runbooks and the history sentences of runbook events.
 */
export { GroupRunbookActions, PersonRunbookActions } from './PlanActions';
export { PlanDialog, type PlanMember, type PlanTarget } from './PlanDialog';
export { PlanDialogOnDemand } from './PlanDialogOnDemand';
export { IncidentRunbooks } from './IncidentRunbooks';
export { runbookName, runbookStateName } from './format';
export { UnfinishedRunbooksPanel, readUnfinishedRunbooks } from './UnfinishedPanel';
