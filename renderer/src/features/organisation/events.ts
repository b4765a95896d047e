/** History sentences of the organisation's kinds: renamed units, tiers and the organisation, tier order. */
import type { EventSummary, EventTexts } from '../../platform/eventText';
import { payload, str } from '../../platform/eventText';

const renamed: EventSummary = (t, event) => {
  const after = payload(event.after);
  const before = payload(event.before);
  const from = str(before?.name) ?? str(payload(before?.organisation)?.name);
  const to = str(after?.name) ?? str(payload(after?.organisation)?.name);
  if (from && to && from !== to) return t('membership.events.renamed', { from, to });
  return to ?? from;
};

export const organisationEventTexts: EventTexts = {
  'unit.updated': renamed,
  'tier.renamed': renamed,
  'organisation.renamed': renamed,
  'tier.reordered': (_t, event) => {
    const data = payload(event.after) ?? payload(event.before);
    // The payload is the list of tiers, highest first (or an object holding it).
    const list = Array.isArray(event.after)
      ? (event.after as unknown[])
      : Array.isArray(data?.tiers)
        ? (data.tiers as unknown[])
        : [];
    const names = list.map((x) => str(payload(x)?.name)).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(' › ') : null;
  },
};
