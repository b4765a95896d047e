/**
 * The shapes the history stores, as the services write them into `before` / `after`. They are
 * lenient on purpose, because the log is append-only and holds what every earlier version wrote:
 * objects are loose (unknown fields pass), fields added after the first release are optional,
 * ids and texts are checked as strings. What they do check is the type of every key field,
 * the enumerations (status, role, basis, platform …) and the calendar-date format.
 */
import { z } from 'zod';
import {
  Basis,
  ExceptionStatus,
  GroupKind,
  GroupStatus,
  Locale,
  Platform,
  PersonStatus,
  Role,
  WHO_MAY_ADD,
} from '../domain';

/** `before` of an event that creates something, `after` of one that deletes it: stored as null. */
export const None = z.null();

/** A calendar day, YYYY-MM-DD. */
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date.format' });
const Ref = z.string().min(1);
const Text = z.string();

/** Where a created row came from, when not from the form (`import`: a people file). Added with the import. */
export const Source = z.enum(['import']).optional();

export const OrganisationPayload = z.looseObject({ name: Text, locale: Locale, createdAt: Text });

export const TierPayload = z.looseObject({ id: Ref, name: Text, rank: z.number().int() });

export const UnitPayload = z.looseObject({ id: Ref, parentId: Ref.nullable(), name: Text, sort: z.number() });

export const PersonPayload = z.looseObject({
  id: Ref,
  name: Text,
  unitId: Ref.nullable(),
  position: Text.nullable(),
  tierId: Ref.nullable(),
  phone: Text.nullable(),
  handles: z.record(z.string(), z.string()),
  status: PersonStatus,
  leftOn: Day.nullable(),
});

export const CharterPayload = z.looseObject({
  tierIds: z.array(Ref),
  unitIds: z.array(Ref),
  positions: z.array(Text),
  personIds: z.array(Ref),
  whoMayAdd: z.enum(WHO_MAY_ADD),
  approver: z.looseObject({ kind: z.enum(['person', 'position']), ref: Text }).nullable(),
  allowedContent: z.array(Text),
});

export const GroupPayload = z.looseObject({
  id: Ref,
  name: Text,
  platform: Platform,
  platformGroupId: Text.nullable(),
  purpose: Text.nullable(),
  kind: GroupKind,
  task: Text.nullable(),
  endDate: Day.nullable(),
  ownerId: Ref.nullable(),
  deputyIds: z.array(Ref),
  charter: CharterPayload,
  authorisingDoc: Text.nullable(),
  status: GroupStatus,
  createdOn: Day,
});

export const MembershipPayload = z.looseObject({
  id: z.number().int().positive(),
  groupId: Ref,
  personId: Ref,
  role: Role,
  joinedOn: Day,
  leftOn: Day.nullable(),
  addedBy: Ref.nullable(),
  requestedBy: Ref.nullable(),
  basis: Basis,
  basisRef: Text.nullable(),
  leftReason: Text.nullable(),
});

/** The charter check at the moment of an add or a request (shared/contract CharterCheck). */
export const CheckPayload = z.looseObject({
  eligible: z.boolean(),
  via: z.enum(['named', 'owner', 'deputy', 'criteria', 'open']).nullable(),
  mismatches: z.array(z.enum(['tier', 'unit', 'position', 'left', 'not_named'])),
});

export const ExceptionPayload = z.looseObject({
  id: z.number().int().positive(),
  groupId: Ref,
  personId: Ref,
  role: z.enum(['deputy', 'member']),
  requestedBy: Ref,
  requestedOn: Day,
  reason: Text,
  approver: z.looseObject({ kind: z.enum(['person', 'position']), ref: Text }),
  status: ExceptionStatus,
  decidedBy: Ref.nullable(),
  decidedOn: Day.nullable(),
  documentRef: Text.nullable(),
  decisionNote: Text.nullable(),
  reviewOn: Day.nullable(),
  membershipId: z.number().int().positive().nullable(),
});

export const RuleVersionPayload = z.looseObject({
  groupId: Ref,
  version: z.number().int().min(1),
  text: Text,
  effectiveOn: Day,
  publishedAt: Text,
});

/** One kind of event: the schemas of what it stores before and after the change. */
export interface EventSpec {
  before: z.ZodType;
  after: z.ZodType;
}

/** What a capability file declares: kind → payload schemas. Use with `satisfies`. */
export type EventGroup = Record<string, EventSpec>;
