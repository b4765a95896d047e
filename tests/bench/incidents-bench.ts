/**
 * Incidents at organisation scale (issue 10's benchmark): two incidents per person recorded
 * through the capability (20,000 at 10,000 people; incident-fixture.ts), then the incident list
 * as the Escalations page asks for it under each kind of filter, a group's merged timeline (its
 * incidents, their steps and actions, its joins and departures and its rules) for the groups with
 * the most incidents and the most members, and the report of a period holding 1,000 incidents
 * written as PDF through the documents capability.
 */
import { join } from 'node:path';
import type { ChannelInput } from '../../shared/contract';
import { INCIDENT_KINDS, INCIDENT_STATUSES, SEVERITIES } from '../../shared/incidents';
import { stmt, type Db } from '../../electron/db/database';
import type { ServiceContext } from '../../electron/kernel/context';
import { groupTimeline, listIncidents } from '../../electron/capabilities/incidents';
import { exportIncidentReport, incidentDocument } from '../../electron/capabilities/documents';
import { mulberry32, pick, randomInt } from '../../electron/seeds/fixtures/names';
import { generateIncidents } from './incident-fixture';
import { Samples, time } from './measure';

type Filter = NonNullable<ChannelInput<'incidents.list'>>;

export interface IncidentsBenchOptions {
  quick: boolean;
  work: string;
  /** Incidents to record. */
  count: number;
}

export async function measureIncidents(db: Db, options: IncidentsBenchOptions) {
  const ctx: ServiceContext = { db, clock: { now: () => new Date() }, actor: 'bench' };
  const [fixture, generateMs] = time(() => generateIncidents(ctx, options.count));
  const rng = mulberry32(11);

  // Filter values as the page offers them: kinds, severities, statuses, the groups that have
  // incidents, months of the history, and words an administrator types (Chinese, pinyin
  // initials, unaccented Vietnamese, a name).
  const groups = (
    stmt(
      db,
      'SELECT group_id AS id, count(*) AS n FROM incidents WHERE group_id IS NOT NULL GROUP BY group_id ORDER BY n DESC, group_id',
    ).all() as Array<{ id: string; n: number }>
  ).map((g) => g.id);
  const names = (
    stmt(
      db,
      `SELECT DISTINCT p.name FROM incident_people ip JOIN people p ON p.id = ip.person_id ORDER BY ip.incident_id LIMIT 200`,
    ).all() as Array<{ name: string }>
  ).map((r) => r.name);
  const words = ['会议通知', '刷屏', 'hytz', 'tranh cai', 'quang cao', ...names.slice(0, 20)];
  const month = () => {
    const d = new Date(Date.UTC(2019, 3 + randomInt(rng, 74), 1));
    const iso = d.toISOString().slice(0, 7);
    return { since: `${iso}-01`, until: `${iso}-28` };
  };
  const cases: Record<string, () => Filter> = {
    none: () => ({}),
    kind: () => ({ kind: pick(rng, INCIDENT_KINDS) }),
    severity: () => ({ severity: pick(rng, SEVERITIES) }),
    status: () => ({ status: pick(rng, INCIDENT_STATUSES) }),
    group: () => ({ groupId: pick(rng, groups) }),
    month: () => month(),
    'kind+status': () => ({ kind: pick(rng, INCIDENT_KINDS), status: pick(rng, INCIDENT_STATUSES) }),
    'severity+month': () => ({ severity: pick(rng, SEVERITIES), ...month() }),
    'group+status': () => ({ groupId: pick(rng, groups), status: pick(rng, INCIDENT_STATUSES) }),
    words: () => ({ query: pick(rng, words) }),
    'words+status': () => ({ query: pick(rng, words), status: pick(rng, INCIDENT_STATUSES) }),
  };
  const repeat = options.quick ? 3 : 40;
  const all = new Samples();
  const byFilter: Record<string, ReturnType<Samples['stats']> & { rows: number }> = {};
  for (const [name, filter] of Object.entries(cases)) {
    const samples = new Samples();
    let rows = 0;
    for (let i = 0; i < repeat; i++) {
      const input = filter();
      rows = Math.max(rows, samples.run(() => listIncidents(db, input)).rows.length);
    }
    all.add(samples);
    byFilter[name] = { ...samples.stats(), rows };
  }
  const worst = Object.entries(byFilter).sort((a, b) => b[1].p95 - a[1].p95)[0]!;

  // Timelines of the groups with the most incidents and of the largest groups.
  const largest = (
    stmt(
      db,
      'SELECT group_id AS id, count(*) AS n FROM memberships GROUP BY group_id ORDER BY n DESC, group_id LIMIT 10',
    ).all() as Array<{ id: string }>
  ).map((g) => g.id);
  const timelineGroups = [...new Set([...groups.slice(0, options.quick ? 3 : 20), ...largest])];
  const timelineSamples = new Samples();
  let entries = 0;
  for (let round = 0; round < (options.quick ? 1 : 3); round++) {
    for (const groupId of timelineGroups) {
      entries = Math.max(entries, timelineSamples.run(() => groupTimeline(db, { groupId })).length);
    }
  }

  // The period that holds the last 1,000 incidents noticed (all of them at the small sizes).
  const total = fixture.incidents;
  const since = (
    stmt(db, 'SELECT noticed_on AS d FROM incidents ORDER BY noticed_on DESC LIMIT 1 OFFSET ?').get(
      Math.min(999, total - 1),
    ) as { d: string }
  ).d;
  const until = (stmt(db, 'SELECT max(noticed_on) AS d FROM incidents').get() as { d: string }).d;
  const inPeriod = (
    stmt(db, 'SELECT count(*) AS n FROM incidents WHERE noticed_on BETWEEN ? AND ?').get(since, until) as { n: number }
  ).n;
  const documentSamples = new Samples();
  documentSamples.run(() => incidentDocument(db, ctx.clock, 'zh-CN', { since, until }));
  const pdfRuns = new Samples();
  let bytes = 0;
  for (let i = 0; i < (options.quick ? 1 : 3); i++) {
    const file = await pdfRuns.runAsync(() =>
      exportIncidentReport(db, ctx.clock, 'zh-CN', {
        since,
        until,
        format: 'pdf',
        path: join(options.work, `incident-report-${i}.pdf`),
      }),
    );
    bytes = file.bytes;
  }

  return {
    fixture: { ...fixture, generateMs: Math.round(generateMs) },
    list: { all: all.stats(), worst: { filter: worst[0], p95: worst[1].p95, cpuP95: worst[1].cpu.p95 }, byFilter },
    groupTimeline: { groups: timelineGroups.length, maxEntries: entries, ...timelineSamples.stats() },
    periodReport: {
      since,
      until,
      incidents: inPeriod,
      documentMs: Math.round(documentSamples.wall[0]!),
      documentCpuMs: Math.round(documentSamples.cpu[0]!),
      bytes,
      pdf: pdfRuns.stats(),
    },
  };
}
