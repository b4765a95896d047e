/** Events of a group's rules: a version published, members acknowledging it. */
import { z } from 'zod';
import { Day, None, RuleVersionPayload, type EventGroup } from './payloads';

export const rulesEvents = {
  'rules.published': { before: None, after: RuleVersionPayload },
  /** One event per acknowledgement batch: the people newly recorded. */
  'rules.acknowledged': {
    before: None,
    after: z.looseObject({
      groupId: z.string().min(1),
      version: z.number().int().min(1),
      acknowledgedOn: Day,
      personIds: z.array(z.string().min(1)).min(1),
    }),
  },
} as const satisfies EventGroup;
