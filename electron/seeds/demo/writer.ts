/**
 * Writes a demo story as history: every record goes in with the event that a real command would
 * have recorded, stamped by a clock that walks through the story's dates in order.
 */
import type {
  Basis,
  Charter,
  Group,
  Locale,
  Membership,
  Organisation,
  Person,
  Role,
  Tier,
  Unit,
} from '../../../shared/domain';
import type { ExceptionRow } from '../../../shared/contract';
import { stmt } from '../../db/database';
import { checkRecord, unitParents } from '../../kernel/charter';
import type { Clock, ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';
import { decideException, requestException } from '../../capabilities/exceptions';
import { removeMember } from '../../capabilities/membership';
import { acknowledgeRules, publishRules } from '../../capabilities/rules';
import { toGroup, toPerson, type PersonRecord } from '../../kernel/rows';
import {
  insertGroup,
  insertMembership,
  insertOrganisation,
  insertPerson,
  insertTier,
  insertUnit,
} from '../../kernel/store';
import { randomInt, type Rng } from '../fixtures/names';
import { getGroupRecord } from '../../kernel/records';

/**
 * A clock that only moves forward: `moveTo` jumps to a story instant, each `now()` then ticks a
 * few seconds so events of one moment keep their order. It refuses to pass `limit` (the real now),
 * because history written after it would sort above the administrator's own first changes.
 */
export class SteppingClock implements Clock {
  private cursor: number;

  constructor(
    start: string,
    private readonly limit: Date,
    private readonly rng: Rng,
  ) {
    this.cursor = Date.parse(start);
  }

  /** Never backwards: a story step that overran its slot just continues from where it is. */
  moveTo(instant: string): void {
    const t = Date.parse(instant);
    if (Number.isNaN(t)) throw new Error(`demo: bad instant ${instant}`);
    this.cursor = Math.max(this.cursor, t);
  }

  now(): Date {
    if (this.cursor >= this.limit.getTime()) {
      throw new Error(`demo: story reaches ${new Date(this.cursor).toISOString()}, after the real now`);
    }
    const at = new Date(this.cursor);
    this.cursor += (8 + randomInt(this.rng, 40)) * 1000;
    return at;
  }
}

export interface JoinInput {
  groupId: string;
  personId: string;
  role?: Role;
  basis: Basis;
  addedBy: string | null;
  requestedBy?: string | null;
  basisRef?: string | null;
}

export class DemoWriter {
  readonly ctx: ServiceContext;
  private day = '';

  constructor(
    db: ServiceContext['db'],
    actor: string,
    private readonly clock: SteppingClock,
    /** The story's local UTC offset, e.g. "+08:00"; office hours then fall on the same UTC date. */
    private readonly offset: string,
  ) {
    this.ctx = { db, actor, clock };
  }

  /** The story's current date: memberships opened now are dated by it. */
  get date(): string {
    return this.day;
  }

  at(date: string, time: string): void {
    this.day = date;
    this.clock.moveTo(`${date}T${time}:00${this.offset}`);
  }

  organisation(name: string, locale: Locale, tiers: Tier[]): Organisation {
    const org: Organisation = { name, locale, createdAt: this.clock.now().toISOString() };
    insertOrganisation(this.ctx.db, org);
    for (const tier of tiers) insertTier(this.ctx.db, tier);
    // Same shape as createOrganisation's event, so the audit view needs no special case.
    appendEvent(this.ctx, { kind: 'organisation.created', subjects: ['organisation'], after: { ...org, tiers } });
    return org;
  }

  unit(unit: Unit): void {
    insertUnit(this.ctx.db, unit);
    appendEvent(this.ctx, { kind: 'unit.created', subjects: [unit.id], after: unit });
  }

  person(person: Person): void {
    insertPerson(this.ctx.db, person);
    appendEvent(this.ctx, { kind: 'person.created', subjects: [person.id], after: person });
  }

  group(group: Group): void {
    insertGroup(this.ctx.db, group);
    appendEvent(this.ctx, { kind: 'group.created', subjects: [group.id], after: group });
  }

  /**
   * A membership as it happened, written directly: the story's adds predate any charter check (the
   * staff who crept into the middle-manager group were let in by hand), so they are recorded with
   * their own basis, and the history entry carries what the charter check says of them.
   */
  join(input: JoinInput): Membership {
    const role = input.role ?? 'member';
    const draft: Omit<Membership, 'id'> = {
      groupId: input.groupId,
      personId: input.personId,
      role,
      joinedOn: this.day,
      leftOn: null,
      addedBy: input.addedBy,
      requestedBy: input.requestedBy ?? null,
      basis: input.basis,
      basisRef: input.basisRef ?? null,
      leftReason: null,
    };
    const membership: Membership = { ...draft, id: insertMembership(this.ctx.db, draft) };
    const group = toGroup(getGroupRecord(this.ctx.db, input.groupId));
    const person = stmt(this.ctx.db, 'SELECT * FROM people WHERE id = ?').get(
      input.personId,
    ) as unknown as PersonRecord;
    const { eligible, via, mismatches } = checkRecord(group, person, unitParents(this.ctx.db));
    appendEvent(this.ctx, {
      kind: 'membership.added',
      subjects: [membership.groupId, membership.personId, `membership-${membership.id}`],
      after: { ...membership, check: { eligible, via, mismatches } },
    });
    return membership;
  }

  /** An exception request through the real command, dated today in the story. */
  requestException(input: {
    groupId: string;
    personId: string;
    requestedBy: string;
    reason: string;
    reviewOn?: string;
  }): ExceptionRow {
    return requestException(this.ctx, { ...input, requestedOn: this.day });
  }

  /** The approver's decision through the real command; approval adds the member today. */
  decideException(
    id: number,
    decision: 'approved' | 'rejected',
    decidedBy: string,
    details: { documentRef?: string; note?: string; reviewOn?: string; addedBy?: string } = {},
  ): ExceptionRow {
    return decideException(this.ctx, { id, decision, decidedBy, decidedOn: this.day, ...details }).exception;
  }

  /** Publishes the next rules version of a group, effective today; returns its version number. */
  publishRules(groupId: string, text: string): number {
    return publishRules(this.ctx, { groupId, text, effectiveOn: this.day }).version;
  }

  acknowledgeRules(groupId: string, version: number, personIds: string[]): void {
    acknowledgeRules(this.ctx, { groupId, version, personIds, acknowledgedOn: this.day });
  }

  /** A group founded on the current date with its owner, deputies and members (duplicates ignored). */
  found(
    groupId: string,
    ownerId: string,
    deputyIds: string[],
    members: Array<{ id: string }>,
    addedBy = ownerId,
  ): void {
    const seen = new Set<string>();
    for (const personId of [ownerId, ...deputyIds, ...members.map((m) => m.id)]) {
      if (seen.has(personId)) continue;
      seen.add(personId);
      const role = personId === ownerId ? 'owner' : deputyIds.includes(personId) ? 'deputy' : 'member';
      this.join({ groupId, personId, role, basis: 'founding', addedBy });
    }
  }

  leave(groupId: string, personId: string, reason: string): Membership {
    return removeMember(this.ctx, { groupId, personId, reason, leftOn: this.day });
  }

  /** The person leaves the organisation today; their group memberships are left as they are. */
  personLeft(personId: string): void {
    const record = stmt(this.ctx.db, 'SELECT * FROM people WHERE id = ?').get(personId) as PersonRecord | undefined;
    if (!record) throw new Error(`demo: unknown person ${personId}`);
    const before = toPerson(record);
    const after = { ...before, status: 'left' as const, leftOn: this.day };
    stmt(this.ctx.db, "UPDATE people SET status = 'left', left_on = ? WHERE id = ?").run(this.day, personId);
    appendEvent(this.ctx, { kind: 'person.left', subjects: [personId], before, after });
  }
}

/** YYYY-MM-DD plus n days (calendar arithmetic in UTC, so no DST surprises). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Evenly spaced HH:MM times between two office hours, for a batch of changes on one day. */
export function spreadTimes(count: number, from: string, to: string): string[] {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const start = minutes(from);
  const span = minutes(to) - start;
  return Array.from({ length: count }, (_, i) => {
    const m = start + Math.floor((span * i) / Math.max(1, count));
    return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  });
}

export interface GroupDetails {
  purpose: string;
  charter: Charter;
  authorisingDoc: string | null;
  kind?: Group['kind'];
  task?: string;
  endDate?: string;
  platformGroupId?: string;
}

/** An active group record; standing unless `kind` says ad hoc. */
export function demoGroup(
  id: string,
  name: string,
  platform: Group['platform'],
  createdOn: string,
  ownerId: string,
  deputyIds: string[],
  details: GroupDetails,
): Group {
  return {
    id,
    name,
    platform,
    platformGroupId: details.platformGroupId ?? null,
    purpose: details.purpose,
    kind: details.kind ?? 'standing',
    task: details.task ?? null,
    endDate: details.endDate ?? null,
    ownerId,
    deputyIds,
    charter: details.charter,
    authorisingDoc: details.authorisingDoc,
    status: 'active',
    createdOn,
  };
}
