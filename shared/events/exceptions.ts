/** Events of exception requests: asked for, then approved or rejected by the charter's approver. */
import { z } from 'zod';
import { CheckPayload, ExceptionPayload, None, type EventGroup } from './payloads';

export const exceptionsEvents = {
  /** The request with the failed charter check that made it necessary. */
  'exception.requested': {
    before: None,
    after: ExceptionPayload.extend({ status: z.literal('pending'), check: CheckPayload }),
  },
  'exception.approved': { before: ExceptionPayload, after: ExceptionPayload.extend({ status: z.literal('approved') }) },
  'exception.rejected': { before: ExceptionPayload, after: ExceptionPayload.extend({ status: z.literal('rejected') }) },
} as const satisfies EventGroup;
