/**
 * The catalogue of history events: every kind the services append, with zod schemas of the
 * `before` and `after` payloads they store. Each capability declares its kinds in its own file;
 * this index joins them (a new capability: one file exporting `<name>Events`, one line below).
 *
 * `checkEventPayload` tells whether a stored or about-to-be-stored payload fits its kind;
 * `TypedNewEvent<K>` is the shape an `appendEvent` typed by kind accepts.
 */
import type { z } from 'zod';
import type { LedgerEvent } from '../domain';
import { directoryEvents } from './directory';
import { exceptionsEvents } from './exceptions';
import { groupsEvents } from './groups';
import { incidentsEvents } from './incidents';
import { membershipEvents } from './membership';
import { organisationEvents } from './organisation';
import type { EventSpec } from './payloads';
import { rulesEvents } from './rules';
import { runbooksEvents } from './runbooks';

export type { EventGroup, EventSpec } from './payloads';

export const EVENT_CATALOGUE = {
  ...organisationEvents,
  ...directoryEvents,
  ...groupsEvents,
  ...membershipEvents,
  ...exceptionsEvents,
  ...rulesEvents,
  ...incidentsEvents,
  ...runbooksEvents,
} as const satisfies Record<string, EventSpec>;

export type EventCatalogue = typeof EVENT_CATALOGUE;
export type EventKind = keyof EventCatalogue;

/** Every kind in the catalogue, in catalogue order. */
export const EVENT_KINDS = Object.keys(EVENT_CATALOGUE) as EventKind[];

/** What a writer passes as `before` / `after` for a kind (null where nothing is stored). */
export type EventBefore<K extends EventKind> = z.input<EventCatalogue[K]['before']>;
export type EventAfter<K extends EventKind> = z.input<EventCatalogue[K]['after']>;
export interface EventPayload<K extends EventKind> {
  before: EventBefore<K>;
  after: EventAfter<K>;
}

/** A payload slot that may be left out when it is null (appendEvent stores a missing one as null). */
type Slot<Name extends 'before' | 'after', T> = null extends T ? { [P in Name]?: T } : { [P in Name]: T };

/**
 * An event about to be appended, typed by its kind: assignable to electron's `NewEvent`, so a
 * typed `appendEvent<K extends EventKind>(ctx, event: TypedNewEvent<K>)` can wrap today's.
 */
export type TypedNewEvent<K extends EventKind> = { kind: K; subjects: string[] } & Slot<'before', EventBefore<K>> &
  Slot<'after', EventAfter<K>>;

/** Any catalogued event about to be appended (a union discriminated by `kind`). */
export type AnyTypedNewEvent = { [K in EventKind]: TypedNewEvent<K> }[EventKind];

/** A stored event whose payloads have been checked against its kind. */
export type TypedLedgerEvent<K extends EventKind> = Omit<LedgerEvent, 'kind' | 'before' | 'after'> & {
  kind: K;
  before: z.output<EventCatalogue[K]['before']>;
  after: z.output<EventCatalogue[K]['after']>;
};
export type AnyTypedLedgerEvent = { [K in EventKind]: TypedLedgerEvent<K> }[EventKind];

export function isEventKind(kind: string): kind is EventKind {
  return Object.hasOwn(EVENT_CATALOGUE, kind);
}

export type EventPayloadCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether `before` / `after` fit the kind's schemas (undefined counts as null, as appendEvent
 * stores it). Not ok for a kind the catalogue does not know, or with the first issue found:
 * e.g. `after.status: Invalid input: expected "left"`.
 */
export function checkEventPayload(kind: string, before: unknown, after: unknown): EventPayloadCheck {
  if (!isEventKind(kind)) return { ok: false, reason: `unknown kind "${kind}"` };
  const spec: EventSpec = EVENT_CATALOGUE[kind];
  for (const [side, schema, value] of [
    ['before', spec.before, before],
    ['after', spec.after, after],
  ] as const) {
    const result = schema.safeParse(value ?? null);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const path = [side, ...issue.path.map(String)].join('.');
      return { ok: false, reason: `${path}: ${issue.message}` };
    }
  }
  return { ok: true };
}

/** The event with typed payloads when its kind is catalogued and its payloads fit, else null. */
export function asTypedEvent(event: LedgerEvent): AnyTypedLedgerEvent | null {
  return checkEventPayload(event.kind, event.before, event.after).ok ? (event as AnyTypedLedgerEvent) : null;
}
