/** Every request the escalations feature makes, by name (components never call the registry directly). */
import { call, caller } from '../../platform/api';
import { createQueryStore } from '../../platform/query';
import type { ChannelInput } from '../../../../shared/contract';

export type IncidentFilter = NonNullable<ChannelInput<'incidents.list'>>;

export const useIncidentList = createQueryStore((filter: IncidentFilter) => call('incidents.list', filter));
export const useIncident = createQueryStore((params: { id: number }) => call('incidents.get', params), {
  resetWhen: (prev, next) => prev?.id !== next.id,
});
export const useIncidentDashboard = createQueryStore((params: { waitingDays: number }) =>
  call('incidents.dashboard', params),
);
export const useGroupIncidents = createQueryStore(
  (params: { groupId: string }) => call('incidents.groupTimeline', params),
  { resetWhen: (prev, next) => prev?.groupId !== next.groupId },
);
export const usePersonIncidents = createQueryStore(
  (params: { personId: string }) => call('incidents.personTimeline', params),
  { resetWhen: (prev, next) => prev?.personId !== next.personId },
);

export const createIncident = caller('incidents.create');
export const updateIncident = caller('incidents.update');
export const escalateIncident = caller('incidents.escalate');
export const decideIncident = caller('incidents.decide');
export const addIncidentAction = caller('incidents.addAction');
export const closeIncident = caller('incidents.close');
export const dismissIncident = caller('incidents.dismiss');
export const reopenIncident = caller('incidents.reopen');
export const listIncidents = caller('incidents.list');
export const getIncident = caller('incidents.get');
export const incidentReport = caller('incidents.report');
export const groupAsOf = (id: string, asOf: string) => call('groups.get', { id, asOf });
export const listGroups = caller('groups.list');
export const exportIncidentReport = caller('incidents.exportReport');
/** Every runbook (few): the report keeps those linked to its incidents. */
export const listAllRunbooks = () => call('runbooks.list');
export const getRunbookView = caller('runbooks.get');

/** The incident's own history, in full sentences. */
export const useIncidentHistory = createQueryStore(
  (params: { id: number }) => call('events.list', { subject: `incident-${params.id}`, limit: 200 }),
  { resetWhen: (prev, next) => prev?.id !== next.id },
);

/** Every incident kind, hidden and retired ones included, in list order. */
export const useIncidentKinds = createQueryStore((_: object) => call('incidents.kinds'));
/** Loads the kinds once (they change only through Settings, which reloads them). */
export function ensureKinds(): void {
  const s = useIncidentKinds.getState();
  if (!s.data && !s.loading) void s.load({});
}
export const addKind = caller('incidents.addKind');
export const renameKind = caller('incidents.renameKind');
export const retireKind = caller('incidents.retireKind');

/** Every step waiting for a decision (for "waiting N days" in the list). */
export const useWaitingSteps = createQueryStore((params: { waitingDays: number }) =>
  call('incidents.dashboard', params),
);
