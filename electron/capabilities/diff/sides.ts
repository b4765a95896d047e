/**
 * The two sides of a diff as registry contents at an instant: a snapshot as it was written, the
 * open registry now, or the open registry rolled back to the end of a day. Memberships, exceptions
 * and casework carry their own dates, so only people and groups need rolling back: each event after
 * the instant is undone with the `before` the history recorded.
 */
import type { Group, Person } from '../../../shared/domain';
import type { SnapshotContent } from '../../../shared/snapshot';

export interface SideState {
  content: SnapshotContent;
  /** People and groups as they were at `at` (a snapshot's own, or rolled back). */
  people: Map<string, Person>;
  groups: Map<string, Group>;
  /** The day the side stands for (local) and its instant. */
  day: string;
  at: string;
}

/** A content taken as it is (a snapshot, or the registry now). */
export function sideOf(content: SnapshotContent, day: string, at: string): SideState {
  return {
    content,
    people: new Map(content.people.map((p) => [p.id, p])),
    groups: new Map(content.groups.map((g) => [g.id, g])),
    day,
    at,
  };
}

type Payload = Record<string, unknown> | null;

/**
 * The registry's people and groups as they were at `at`: every person and group event after it is
 * undone, newest first. Other kinds do not change the fields a diff compares.
 */
export function rolledBack(content: SnapshotContent, day: string, at: string): SideState {
  const side = sideOf(content, day, at);
  const { people, groups } = side;
  for (let i = content.events.length - 1; i >= 0; i--) {
    const event = content.events[i]!;
    if (event.at <= at) break;
    const before = event.before as Payload;
    const id = event.subjects[0];
    if (!id) continue;
    switch (event.kind) {
      case 'person.created':
        people.delete(id);
        break;
      case 'person.updated':
      case 'person.left':
        if (before) people.set(id, { ...(people.get(id) as Person), ...(before as Partial<Person>) });
        break;
      case 'group.created':
        groups.delete(id);
        break;
      case 'group.updated':
      case 'group.dissolved':
        if (before) groups.set(id, { ...(groups.get(id) as Group), ...(before as Partial<Group>) });
        break;
      case 'group.charter_changed': {
        const group = groups.get(id);
        if (group && before) groups.set(id, { ...group, charter: before as unknown as Group['charter'] });
        break;
      }
      case 'group.owner_transferred': {
        const group = groups.get(id);
        if (group && before)
          groups.set(id, {
            ...group,
            ownerId: (before.ownerId as string | null) ?? null,
            deputyIds: (before.deputyIds as string[]) ?? group.deputyIds,
          });
        break;
      }
      case 'group.status_changed': {
        const group = groups.get(id);
        if (group && before) groups.set(id, { ...group, status: before.status as Group['status'] });
        break;
      }
    }
  }
  return side;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local day of an instant, YYYY-MM-DD. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The instant a day ends in local time (the first millisecond of the next day, minus one). */
export function endOfDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new Date(y, m - 1, d + 1).getTime() - 1).toISOString();
}
