/**
 * A snapshot records what has happened, so none of its recorded dates may lie after today — as
 * the window refuses them when they are typed (kernel/context recordedDay). Dates that plan ahead
 * (a group's end date, an exception's review date, a rules version's effective date, a runbook's
 * authorisation) are not recorded dates and are not checked.
 *
 * "Today" allows for time zones: a snapshot may come from an office a few hours ahead (China is an
 * hour ahead of Vietnam), so the latest day accepted is the one already begun somewhere on Earth
 * (UTC+14). An instant is compared by its UTC date. A refused file imports nothing; the message
 * names the field, the record it belongs to and the value.
 */
import { LedgerError } from '../../../shared/errors';
import type { SnapshotDateField } from '../../../shared/i18n/snapshotDates';
import type { SnapshotContent } from '../../../shared/snapshot';
import { today, type Clock } from '../../kernel/context';

export interface FutureDate {
  field: SnapshotDateField;
  /** Whose date it is, as shown: a name, “name · group”, or “#3” for a runbook, incident or history entry. */
  record: string;
  value: string;
}

/** The latest calendar day that has begun anywhere (UTC+14), YYYY-MM-DD. */
export function latestDay(clock: Clock): string {
  return new Date(clock.now().getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/** The first recorded date of the snapshot after `latest` (YYYY-MM-DD), or null. */
export function firstFutureDate(exportedAt: string, c: SnapshotContent, latest: string): FutureDate | null {
  const after = (value: string | null | undefined) => !!value && value.slice(0, 10) > latest;
  const people = new Map(c.people.map((p) => [p.id, p.name]));
  const groups = new Map(c.groups.map((g) => [g.id, g.name]));
  const pair = (personId: string, groupId: string) =>
    `${people.get(personId) ?? personId} · ${groups.get(groupId) ?? groupId}`;
  const checks: Array<[SnapshotDateField, string, string | null | undefined]> = [];
  const add = (field: SnapshotDateField, record: string, value: string | null | undefined) => {
    if (after(value)) checks.push([field, record, value]);
  };

  add('snapshot.exportedAt', c.organisation.name, exportedAt);
  add('organisation.createdAt', c.organisation.name, c.organisation.createdAt);
  for (const p of c.people) add('person.leftOn', p.name, p.leftOn);
  for (const g of c.groups) add('group.createdOn', g.name, g.createdOn);
  for (const m of c.memberships) {
    add('membership.joinedOn', pair(m.personId, m.groupId), m.joinedOn);
    add('membership.leftOn', pair(m.personId, m.groupId), m.leftOn);
  }
  for (const e of c.exceptions) {
    add('exception.requestedOn', pair(e.personId, e.groupId), e.requestedOn);
    add('exception.decidedOn', pair(e.personId, e.groupId), e.decidedOn);
  }
  for (const r of c.rules) add('rules.publishedAt', groups.get(r.groupId) ?? r.groupId, r.publishedAt);
  for (const a of c.acknowledgements)
    add('acknowledgement.acknowledgedOn', pair(a.personId, a.groupId), a.acknowledgedOn);
  for (const e of c.events) add('event.at', `#${e.seq}`, e.at);
  for (const r of c.runbooks) {
    const id = `#${r.id}`;
    add('runbook.createdAt', id, r.createdAt);
    add('runbook.startedAt', id, r.startedAt);
    add('runbook.pausedAt', id, r.pausedAt);
    add('runbook.endedAt', id, r.endedAt);
    for (const s of r.steps) add('runbook.stepAt', id, s.at);
    for (const g of r.groups) for (const m of g.snapshot ?? []) add('runbook.memberJoinedOn', id, m.joinedOn);
  }
  for (const i of c.incidents) {
    const id = `#${i.id}`;
    add('incident.occurredOn', id, i.occurredOn);
    add('incident.noticedOn', id, i.noticedOn);
    add('incident.closedOn', id, i.closedOn);
    for (const s of i.steps) {
      add('incident.escalatedOn', id, s.escalatedOn);
      add('incident.decidedOn', id, s.decidedOn);
    }
    for (const a of i.actions) add('incident.takenOn', id, a.takenOn);
  }
  const first = checks[0];
  return first ? { field: first[0], record: first[1], value: first[2]! } : null;
}

/** Refuses a snapshot with a recorded date after today (`snapshot_future_date`, nothing imported). */
export function refuseFutureDates(snapshot: { exportedAt: string; content: SnapshotContent }, clock: Clock): void {
  const found = firstFutureDate(snapshot.exportedAt, snapshot.content, latestDay(clock));
  if (found) throw new LedgerError('snapshot_future_date', { ...found, today: today(clock) });
}
