/** History sentences of the people kinds: edits, leavers, new people and imports. */
import type { EventTexts } from '../../platform/eventText';
import { changedFields, line, num, payload, str } from '../../platform/eventText';
import { formatDate } from '../../i18n/format';

const PERSON_FIELDS = ['name', 'unitId', 'position', 'tierId', 'phone', 'handles', 'status', 'leftOn'] as const;

export const peopleEventTexts: EventTexts = {
  'person.updated': (t, event) => {
    const after = payload(event.after);
    const before = payload(event.before);
    return line(t, [str(after?.name) ?? str(before?.name), changedFields(t, before, after, PERSON_FIELDS)]);
  },
  'person.left': (t, event) => {
    const after = payload(event.after);
    const data = after ?? payload(event.before);
    return line(t, [
      str(data?.name),
      str(after?.leftOn) && t('membership.events.leftOn', { date: formatDate(str(after?.leftOn)) }),
    ]);
  },
  'person.created': (t, event) => {
    const after = payload(event.after);
    const data = after ?? payload(event.before);
    return line(t, [str(data?.name), after?.source === 'import' && t('membership.events.fromImport')]);
  },
  'people.imported': (t, event) => {
    const data = payload(event.after) ?? payload(event.before);
    const count = num(data?.count) ?? num(data?.imported) ?? num(data?.people);
    return line(t, [
      count !== null && t('membership.events.imported', { count }),
      str(data?.fileName) ?? str(data?.file),
    ]);
  },
};
