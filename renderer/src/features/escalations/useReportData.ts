/** Everything the leadership report shows, loaded for one scope (incident, group or period). */
import { useEffect, useState } from 'react';
import type { IncidentDetail, IncidentReport, RunbookView } from '../../../../shared/contract';
import type { IncidentReportScope } from '../../platform/nav';
import { getIncident, getRunbookView, groupAsOf, incidentReport, listAllRunbooks, listIncidents } from './store';

export interface Membership {
  count: number;
  names: string[];
}

export interface ReportData {
  incidents: IncidentDetail[];
  /** Membership of each incident's group on the day it occurred, by incident id. */
  membership: Map<number, Membership>;
  /** The runbooks linked to each incident (what was done, with its state and outcome), by incident id. */
  runbooks: Map<number, RunbookView[]>;
  /** Counts of a period (or group) report. */
  counts: IncidentReport | null;
  groupName: string | null;
}

async function load(scope: IncidentReportScope): Promise<ReportData> {
  let ids: number[];
  let counts: IncidentReport | null = null;
  if (scope.kind === 'incident') ids = [scope.incidentId];
  else if (scope.kind === 'group')
    ids = (await listIncidents({ groupId: scope.groupId, limit: 1000 })).rows.map((r) => r.id);
  else {
    const [page, report] = await Promise.all([
      listIncidents({ since: scope.since, until: scope.until, limit: 1000 }),
      incidentReport({ since: scope.since, until: scope.until }),
    ]);
    ids = page.rows.map((r) => r.id);
    counts = report;
  }
  // Oldest first: a report reads as a chronicle.
  const incidents = (await Promise.all(ids.map((id) => getIncident({ id })))).sort((a, b) =>
    a.occurredOn === b.occurredOn ? a.id - b.id : a.occurredOn.localeCompare(b.occurredOn),
  );
  const membership = new Map<number, Membership>();
  const byGroupDay = new Map<string, Promise<Membership | null>>();
  await Promise.all(
    incidents.map(async (incident) => {
      if (!incident.groupId) return;
      const key = `${incident.groupId}|${incident.occurredOn}`;
      if (!byGroupDay.has(key)) {
        byGroupDay.set(
          key,
          groupAsOf(incident.groupId, incident.occurredOn).then(
            (g) => ({ count: g.members.length, names: g.members.map((m) => m.name) }),
            () => null,
          ),
        );
      }
      const m = await byGroupDay.get(key);
      if (m) membership.set(incident.id, m);
    }),
  );
  const wanted = new Set(incidents.map((i) => i.id));
  const linked = (await listAllRunbooks()).filter((r) => r.incident && wanted.has(r.incident.id)).reverse();
  const runbooks = new Map<number, RunbookView[]>();
  for (const view of await Promise.all(linked.map((r) => getRunbookView({ id: r.id })))) {
    const id = view.incident!.id;
    runbooks.set(id, [...(runbooks.get(id) ?? []), view]);
  }
  const groupName = scope.kind === 'group' ? (incidents[0]?.groupName ?? null) : null;
  return { incidents, membership, runbooks, counts, groupName };
}

export function useReportData(scope: IncidentReportScope) {
  const [data, setData] = useState<ReportData | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const key = JSON.stringify(scope);
  useEffect(() => {
    let live = true;
    setData(null);
    setError(null);
    load(JSON.parse(key) as IncidentReportScope).then(
      (d) => live && setData(d),
      (e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return { data, error };
}
