/** Groups: the list, one group's page (optionally as of a date), its details, charter and owner. */
import { z } from 'zod';
import { freeText, lineText, nameText } from '../text';
import { Charter, GroupKind, Id, IsoDate, Platform, type Group, type GroupStatus } from '../domain';
import { SearchQuery, returns, type ChannelGroup } from './define';
import type { ExceptionRow } from './exceptions';
import type { MemberRow } from './membership';

export interface GroupRow {
  id: string;
  name: string;
  platform: Platform;
  kind: Group['kind'];
  status: GroupStatus;
  purpose: string | null;
  ownerId: string | null;
  ownerName: string | null;
  memberCount: number;
  endDate: string | null;
  createdOn: string;
}

export interface GroupDetail {
  group: Group;
  ownerName: string | null;
  deputyNames: string[];
  asOf: string | null;
  members: MemberRow[];
  /** Whether the charter names any composition (tiers, units, positions or people). */
  charterDefined: boolean;
  exceptions: ExceptionRow[];
  /** The current rules version, if any, and how many current members have not acknowledged it. */
  rules: { version: number; effectiveOn: string; notAcknowledged: number } | null;
}

/** A charter as the window sends it: the names it holds (positions, content, approver) are names. */
const CharterInput = Charter.extend({
  positions: z.array(nameText(200)),
  approver: z.object({ kind: z.enum(['person', 'position']), ref: nameText(200) }).nullable(),
  allowedContent: z.array(nameText(200)),
});

export const groupsChannels = {
  'groups.list': { input: SearchQuery, output: returns<GroupRow[]>() },
  'groups.get': {
    input: z.object({ id: Id, asOf: IsoDate.optional() }).strict(),
    output: returns<GroupDetail>(),
  },
  /** Creates a group (owner and deputies become founding members) or edits its details. */
  'groups.save': {
    input: z
      .object({
        id: Id.optional(),
        name: nameText(200),
        platform: Platform,
        platformGroupId: lineText(200).nullable(),
        purpose: freeText(2000).nullable(),
        kind: GroupKind,
        task: freeText(2000).nullable(),
        endDate: IsoDate.nullable(),
        authorisingDoc: lineText(500).nullable(),
        /** On create only; afterwards ownership changes through groups.transferOwnership. */
        ownerId: Id.optional(),
        deputyIds: z.array(Id).max(50),
        createdOn: IsoDate.optional(),
      })
      .strict(),
    output: returns<Group>(),
  },
  'groups.setCharter': {
    input: z.object({ groupId: Id, charter: CharterInput }).strict(),
    output: returns<Group>(),
  },
  /** Makes a current member the owner; the old owner stays as a member. */
  'groups.transferOwnership': {
    input: z.object({ groupId: Id, toPersonId: Id, reason: freeText(500, 1) }).strict(),
    output: returns<Group>(),
  },
} as const satisfies ChannelGroup;
