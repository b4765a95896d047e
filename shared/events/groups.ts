/** Events of groups: creation, edits, the charter, the owner and an ad-hoc group's end date. */
import { z } from 'zod';
import { CharterPayload, GroupPayload, MembershipPayload, None, type EventGroup } from './payloads';

export const groupsEvents = {
  'group.created': { before: None, after: GroupPayload },
  /** Details or deputies changed (also when a deputy joins or leaves through a membership). */
  'group.updated': { before: GroupPayload, after: GroupPayload },
  /** Only the charters, not the whole group. */
  'group.charter_changed': { before: CharterPayload, after: CharterPayload },
  'group.owner_transferred': {
    before: z.looseObject({
      ownerId: z.string().nullable(),
      deputyIds: z.array(z.string()),
      /** The new owner's membership as it was. */
      membership: MembershipPayload,
    }),
    after: z.looseObject({ ownerId: z.string().min(1), deputyIds: z.array(z.string()), reason: z.string() }),
  },
  /** An ad-hoc group's end date moved (extended), with why. */
  'group.end_date_changed': {
    before: z.looseObject({ endDate: z.string().nullable() }),
    after: z.looseObject({ endDate: z.string(), reason: z.string().nullable() }),
  },
  /** Written by the scale fixture's history only; a dissolution is a runbook (group.status_changed). */
  'group.dissolved': { before: GroupPayload, after: GroupPayload },
} as const satisfies EventGroup;
