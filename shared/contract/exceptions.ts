/** Exceptions: requests to let someone outside a group's charter in, and the approver's decision. */
import { z } from 'zod';
import { freeText, lineText } from '../text';
import { ExceptionStatus, Id, IsoDate, type ExceptionRequest, type Membership } from '../domain';
import { returns, type ChannelGroup } from './define';

export interface ExceptionRow extends ExceptionRequest {
  groupName: string;
  personName: string;
  requestedByName: string | null;
  decidedByName: string | null;
  /** Readable approver: the person's name or the position. */
  approverLabel: string;
  /** Whether the membership the exception created is still open. */
  memberNow: boolean;
}

export const exceptionsChannels = {
  'exceptions.list': {
    input: z.object({ groupId: Id.optional(), personId: Id.optional(), status: ExceptionStatus.optional() }).strict(),
    output: returns<ExceptionRow[]>(),
  },
  'exceptions.request': {
    input: z
      .object({
        groupId: Id,
        personId: Id,
        requestedBy: Id,
        reason: freeText(1000, 1),
        role: z.enum(['deputy', 'member']).optional(),
        reviewOn: IsoDate.optional(),
        requestedOn: IsoDate.optional(),
      })
      .strict(),
    output: returns<ExceptionRow>(),
  },
  /** Approves (and adds the member in the same transaction) or rejects. `decidedBy` must be the approver. */
  'exceptions.decide': {
    input: z
      .object({
        id: z.number().int().positive(),
        decision: z.enum(['approved', 'rejected']),
        decidedBy: Id,
        decidedOn: IsoDate.optional(),
        documentRef: lineText(500).optional(),
        note: freeText(2000).optional(),
        reviewOn: IsoDate.optional(),
        /** Who adds the member on the platform (approval only); default the owner. */
        addedBy: Id.optional(),
      })
      .strict(),
    output: returns<{ exception: ExceptionRow; membership: Membership | null }>(),
  },
} as const satisfies ChannelGroup;
