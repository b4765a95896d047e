/**
 * The registry's entities as zod schemas. They are the single source of truth for the
 * IPC contract, the snapshot format (and its published JSON Schema) and the types used
 * on both sides of the process boundary.
 */
import { z } from 'zod';
import {
  BASES,
  EXCEPTION_STATUSES,
  GROUP_STATUSES,
  LOCALES,
  PERSON_STATUSES,
  PLATFORMS,
  ROLES,
  WHO_MAY_ADD,
} from './vocabulary';

export {
  BASES,
  CONTENT_KINDS,
  EXCEPTION_STATUSES,
  GROUP_STATUSES,
  LOCALES,
  PERSON_STATUSES,
  PLATFORMS,
  ROLES,
  WHO_MAY_ADD,
} from './vocabulary';

export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const Platform = z.enum(PLATFORMS);
export type Platform = z.infer<typeof Platform>;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date, YYYY-MM-DD, that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date.format' })
  .refine(isRealDate, { message: 'date.invalid' });
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant, ISO 8601 in UTC with milliseconds. */
export const IsoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/);

export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/);
export type Id = z.infer<typeof Id>;

const Name = z.string().trim().min(1).max(200);
const OptionalText = z.string().trim().max(2000).nullable();

export const Organisation = z.object({
  name: Name,
  locale: Locale,
  createdAt: IsoInstant,
});
export type Organisation = z.infer<typeof Organisation>;

/** Ordered tiers: rank 1 is the highest (leadership). */
export const Tier = z.object({
  id: Id,
  name: Name,
  rank: z.number().int().min(1).max(99),
});
export type Tier = z.infer<typeof Tier>;

export const Unit = z.object({
  id: Id,
  parentId: Id.nullable(),
  name: Name,
  sort: z.number().int(),
});
export type Unit = z.infer<typeof Unit>;

export const PersonStatus = z.enum(PERSON_STATUSES);

export const Handles = z.partialRecord(Platform, z.string().trim().min(1).max(100));
export type Handles = z.infer<typeof Handles>;

export const Person = z.object({
  id: Id,
  name: Name,
  unitId: Id.nullable(),
  position: OptionalText,
  tierId: Id.nullable(),
  phone: z.string().trim().max(40).nullable(),
  handles: Handles,
  status: PersonStatus,
  leftOn: IsoDate.nullable(),
});
export type Person = z.infer<typeof Person>;

/** Who belongs in a group. Issue-level features extend how it is checked; the shape is stored now. */
export const Charter = z.object({
  tierIds: z.array(Id),
  unitIds: z.array(Id),
  positions: z.array(z.string().trim().min(1).max(200)),
  personIds: z.array(Id),
  whoMayAdd: z.enum(WHO_MAY_ADD),
  approver: z
    .object({
      kind: z.enum(['person', 'position']),
      ref: z.string().trim().min(1).max(200),
    })
    .nullable(),
  allowedContent: z.array(z.string().trim().min(1).max(200)),
});
export type Charter = z.infer<typeof Charter>;
export type CharterApprover = NonNullable<Charter['approver']>;

export const EMPTY_CHARTER: Charter = {
  tierIds: [],
  unitIds: [],
  positions: [],
  personIds: [],
  whoMayAdd: 'owner',
  approver: null,
  allowedContent: [],
};

export const GroupStatus = z.enum(GROUP_STATUSES);
export type GroupStatus = z.infer<typeof GroupStatus>;
export const GroupKind = z.enum(['standing', 'adhoc']);

export const Group = z.object({
  id: Id,
  name: Name,
  platform: Platform,
  platformGroupId: z.string().trim().max(200).nullable(),
  purpose: OptionalText,
  kind: GroupKind,
  task: OptionalText,
  endDate: IsoDate.nullable(),
  ownerId: Id.nullable(),
  deputyIds: z.array(Id),
  charter: Charter,
  authorisingDoc: z.string().trim().max(500).nullable(),
  status: GroupStatus,
  createdOn: IsoDate,
});
export type Group = z.infer<typeof Group>;

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Basis = z.enum(BASES);
export type Basis = z.infer<typeof Basis>;

/** A membership is an interval: in the group from joinedOn (inclusive) until leftOn (exclusive). */
export const Membership = z.object({
  id: z.number().int().positive(),
  groupId: Id,
  personId: Id,
  role: Role,
  joinedOn: IsoDate,
  leftOn: IsoDate.nullable(),
  addedBy: Id.nullable(),
  requestedBy: Id.nullable(),
  basis: Basis,
  basisRef: z.string().max(500).nullable(),
  leftReason: OptionalText,
});
export type Membership = z.infer<typeof Membership>;

export const LedgerEvent = z.object({
  seq: z.number().int().positive(),
  at: IsoInstant,
  actor: z.string().min(1).max(200),
  kind: z.string().min(1).max(100),
  subjects: z.array(z.string()),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type LedgerEvent = z.infer<typeof LedgerEvent>;

export const ExceptionStatus = z.enum(EXCEPTION_STATUSES);
export type ExceptionStatus = z.infer<typeof ExceptionStatus>;

/**
 * A request to let someone outside a group's charter in. Only an approved request creates the
 * membership (basis 'exception', basisRef `exception-<id>`).
 */
export const ExceptionRequest = z.object({
  id: z.number().int().positive(),
  groupId: Id,
  personId: Id,
  role: z.enum(['deputy', 'member']),
  requestedBy: Id,
  requestedOn: IsoDate,
  reason: z.string().trim().min(1).max(1000),
  /** The charter's approver when the request was made. */
  approver: z.object({ kind: z.enum(['person', 'position']), ref: z.string().trim().min(1).max(200) }),
  status: ExceptionStatus,
  decidedBy: Id.nullable(),
  decidedOn: IsoDate.nullable(),
  documentRef: z.string().trim().max(500).nullable(),
  decisionNote: OptionalText,
  /** When the exception is to be reviewed (or lapses). */
  reviewOn: IsoDate.nullable(),
  membershipId: z.number().int().positive().nullable(),
});
export type ExceptionRequest = z.infer<typeof ExceptionRequest>;

/** One version of a group's rules. Versions count up from 1 and are never edited. */
export const RuleVersion = z.object({
  groupId: Id,
  version: z.number().int().min(1),
  text: z.string().trim().min(1).max(20000),
  effectiveOn: IsoDate,
  publishedAt: IsoInstant,
});
export type RuleVersion = z.infer<typeof RuleVersion>;

export const Acknowledgement = z.object({
  groupId: Id,
  version: z.number().int().min(1),
  personId: Id,
  acknowledgedOn: IsoDate,
});
export type Acknowledgement = z.infer<typeof Acknowledgement>;
