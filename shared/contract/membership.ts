/** Who is in a group: the charter check for one person, adding and removing members. */
import { z } from 'zod';
import { freeText } from '../text';
import { Id, IsoDate, Role, type Group, type Membership, type Person } from '../domain';
import { returns, type ChannelGroup } from './define';

/** How a member stands against the group's charter today. */
export const ELIGIBILITIES = ['in_charter', 'exception', 'outside'] as const;
export type Eligibility = (typeof ELIGIBILITIES)[number];

/** Why a person is or is not eligible under a charter. */
export type CharterVia = 'named' | 'owner' | 'deputy' | 'criteria' | 'open';
/** Why a person is outside a charter; `not_named`: the charter names its members and not this person. */
export type CharterMismatch = 'tier' | 'unit' | 'position' | 'left' | 'not_named';

export interface CharterCheck {
  eligible: boolean;
  /** Why eligible (null when not). */
  via: CharterVia | null;
  /** Which criteria the person fails (empty when eligible). */
  mismatches: CharterMismatch[];
}

export interface CharterCheckResult extends CharterCheck {
  groupId: string;
  personId: string;
  alreadyMember: boolean;
  whoMayAdd: Group['charter']['whoMayAdd'];
  /** The charter's approver for exceptions, with the names of the people who can decide. */
  approver: {
    kind: 'person' | 'position';
    ref: string;
    label: string;
    people: Array<{ id: string; name: string }>;
  } | null;
  /** People who may add under the charter (owner, deputies); empty when the administrator adds. */
  adders: Array<{ id: string; name: string }>;
  pendingExceptionId: number | null;
}

export interface MemberRow {
  membershipId: number;
  personId: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  tierId: string | null;
  tierName: string | null;
  tierRank: number | null;
  position: string | null;
  personStatus: Person['status'];
  role: Role;
  joinedOn: string;
  leftOn: string | null;
  addedById: string | null;
  addedByName: string | null;
  requestedById: string | null;
  requestedByName: string | null;
  basis: Membership['basis'];
  basisRef: string | null;
  leftReason: string | null;
  /** Against the charter as it stands now (in_charter / by exception / outside). */
  eligibility: Eligibility;
  mismatches: CharterMismatch[];
  exceptionId: number | null;
}

export const membershipChannels = {
  /** The charter check for one person and group, without changing anything. */
  'charter.check': {
    input: z.object({ groupId: Id, personId: Id }).strict(),
    output: returns<CharterCheckResult>(),
  },
  /**
   * Adds a person who passes the charter check (else the error `outside_charter`: request an
   * exception). `addedBy` must be allowed by the charter's whoMayAdd (default: the owner).
   */
  'members.add': {
    input: z
      .object({
        groupId: Id,
        personId: Id,
        role: Role.exclude(['owner']).optional(),
        requestedBy: Id.optional(),
        addedBy: Id.optional(),
        joinedOn: IsoDate.optional(),
        note: freeText(500).optional(),
      })
      .strict(),
    output: returns<Membership>(),
  },
  'members.remove': {
    input: z
      .object({
        groupId: Id,
        personId: Id,
        reason: freeText(500, 1),
        leftOn: IsoDate.optional(),
      })
      .strict(),
    output: returns<Membership>(),
  },
} as const satisfies ChannelGroup;
