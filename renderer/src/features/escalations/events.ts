/** History sentences of the incident events (see platform/eventText.ts). */
import type { TFunction } from 'i18next';
import { nameIn, payload, str, type EventTexts, type Payload } from '../../platform/eventText';
import type { Directory } from '../../platform/directory';
import { formatDate } from '../../i18n/format';

function party(directory: Directory | null, value: unknown): string {
  const p = payload(value);
  if (!p) return '';
  return p.kind === 'person' ? (nameIn(directory, p.ref) ?? '') : (str(p.ref) ?? '');
}

function short(text: string | null, max = 80): string {
  if (!text) return '';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function label(t: TFunction, table: string, value: unknown): string {
  const s = str(value);
  return s ? t(`escalations.${table}.${s}`, { defaultValue: s }) : '';
}

const after = (event: { after: unknown }): Payload => payload(event.after);

/** A kind of the list as its event stored it: its own label, or the built-in kind in the UI language. */
function kindWord(t: TFunction, p: Payload): string {
  return str(p?.label) ?? label(t, 'kind', p?.id);
}

export const incidentEventTexts: EventTexts = {
  'incident.recorded': (t, event) => {
    const a = after(event);
    return t('escalations.ev.recorded', {
      kind: str(a?.kindLabel) ?? label(t, 'kind', a?.kind),
      severity: label(t, 'severity', a?.severity),
      summary: short(str(a?.summary)),
    });
  },
  'incident.updated': (t, event) => t('escalations.ev.updated', { summary: short(str(after(event)?.summary)) }),
  'incident.escalated': (t, event, directory) => {
    const a = after(event);
    return t('escalations.ev.escalated', {
      to: party(directory, a?.to),
      channel: label(t, 'channel', a?.channel),
      request: short(str(a?.request)),
    });
  },
  'incident.decided': (t, event, directory) => {
    const a = after(event);
    return t('escalations.ev.decided', { by: party(directory, a?.decidedBy), decision: short(str(a?.decision)) });
  },
  'incident.action_added': (t, event, directory) => {
    const a = after(event);
    const action = label(t, 'action', a?.kind);
    const target = nameIn(directory, a?.targetPersonId);
    return target ? t('escalations.ev.actionOn', { action, target }) : t('escalations.ev.action', { action });
  },
  'incident.closed': (t, event) => t('escalations.ev.closed', { date: formatDate(str(after(event)?.closedOn)) }),
  'incident.dismissed': (t, event) => t('escalations.ev.dismissed', { reason: short(str(after(event)?.reason)) }),
  'incident.reopened': (t, event) => t('escalations.ev.reopened', { reason: short(str(after(event)?.reason)) }),
  'incident_kind.added': (t, event) => t('escalations.ev.kindAdded', { label: kindWord(t, after(event)) }),
  'incident_kind.renamed': (t, event) =>
    t('escalations.ev.kindRenamed', { from: kindWord(t, payload(event.before)), to: kindWord(t, after(event)) }),
  'incident_kind.retired': (t, event) => t('escalations.ev.kindRetired', { label: kindWord(t, after(event)) }),
  'incident_kind.restored': (t, event) => t('escalations.ev.kindRestored', { label: kindWord(t, after(event)) }),
};
