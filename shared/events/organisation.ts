/** Events of the organisation itself (electron/services/organisation.ts, the demo and fixture writers). */
import { z } from 'zod';
import { None, OrganisationPayload, TierPayload, type EventGroup } from './payloads';

export const organisationEvents = {
  /** The organisation with the tiers it starts with (the default three, or the demo's). */
  'organisation.created': { before: None, after: OrganisationPayload.extend({ tiers: z.array(TierPayload) }) },
  'organisation.renamed': { before: OrganisationPayload, after: OrganisationPayload },
} as const satisfies EventGroup;
