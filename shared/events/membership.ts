/** Events of memberships: an interval opens (added) and closes (removed). */
import { CheckPayload, Day, MembershipPayload, None, type EventGroup } from './payloads';

export const membershipEvents = {
  /** The opened interval with the charter check of that moment (`check` since the charter checks; not in fixtures). */
  'membership.added': {
    before: None,
    after: MembershipPayload.extend({ check: CheckPayload.optional() }),
  },
  /** The interval before and after it was closed (leftOn and leftReason set). */
  'membership.removed': { before: MembershipPayload, after: MembershipPayload.extend({ leftOn: Day }) },
} as const satisfies EventGroup;
