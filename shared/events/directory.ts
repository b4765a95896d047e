/** Events of the directory: units, tiers, people and the people import. */
import { z } from 'zod';
import { Day, None, PersonPayload, Source, TierPayload, UnitPayload, type EventGroup } from './payloads';

export const directoryEvents = {
  /** From the form, the demo, the fixture, or a people file (`source: 'import'`). */
  'unit.created': { before: None, after: UnitPayload.extend({ source: Source }) },
  /** Renamed and/or moved. */
  'unit.updated': { before: UnitPayload, after: UnitPayload },
  'unit.deleted': { before: UnitPayload, after: None },
  /** Below the lowest tier; from the form or a people file (`source: 'import'`). */
  'tier.created': { before: None, after: TierPayload.extend({ source: Source }) },
  'tier.renamed': { before: TierPayload, after: TierPayload },
  /** Every tier, highest first, before and after the new order. */
  'tier.reordered': { before: z.array(TierPayload), after: z.array(TierPayload) },
  'tier.deleted': { before: TierPayload, after: None },
  'person.created': { before: None, after: PersonPayload.extend({ source: Source }) },
  'person.updated': { before: PersonPayload, after: PersonPayload },
  /** The person leaves the organisation (an edit to status 'left', the demo's story, the fixture). */
  'person.left': { before: PersonPayload, after: PersonPayload.extend({ status: z.literal('left'), leftOn: Day }) },
  /** One per imported file, after the person.created (and unit/tier.created) events of its rows. */
  'people.imported': {
    before: None,
    after: z.looseObject({
      fileName: z.string(),
      format: z.enum(['csv', 'xlsx']),
      encoding: z.string().nullable(),
      count: z.number().int().min(0),
      newUnits: z.array(z.string()),
      newTiers: z.array(z.string()),
      mapping: z.record(z.string(), z.string()),
    }),
  },
} as const satisfies EventGroup;
