/** A group's rules: versions published over time and who acknowledged them. */
import { z } from 'zod';
import { freeText } from '../text';
import { Id, IsoDate, type RuleVersion } from '../domain';
import { returns, type ChannelGroup } from './define';

export interface RulesView {
  groupId: string;
  versions: RuleVersion[];
  current: RuleVersion | null;
  /** Current members who acknowledged the current version, and when. */
  acknowledged: Array<{ personId: string; name: string; acknowledgedOn: string }>;
  /** Current members who have not acknowledged the current version. */
  notAcknowledged: Array<{ personId: string; name: string; lastVersion: number | null }>;
}

export const rulesChannels = {
  'rules.get': { input: z.object({ groupId: Id }).strict(), output: returns<RulesView>() },
  'rules.publish': {
    input: z.object({ groupId: Id, text: freeText(20000, 1), effectiveOn: IsoDate.optional() }).strict(),
    output: returns<RuleVersion>(),
  },
  'rules.acknowledge': {
    input: z
      .object({
        groupId: Id,
        version: z.number().int().min(1),
        personIds: z.array(Id).min(1).max(1000),
        acknowledgedOn: IsoDate.optional(),
      })
      .strict(),
    output: returns<{ recorded: number }>(),
  },
} as const satisfies ChannelGroup;
