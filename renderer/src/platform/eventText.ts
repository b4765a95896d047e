/**
 * Human wording for history events. Kinds are stable identifiers written by the services
 * (`membership.added`); their labels live in the `events.kinds` table, or for the kinds of the
 * membership features in `membership.events.kinds` (dots become underscores, since i18next reads
 * dots as nesting). A kind this version does not know shows as written.
 *
 * The one-line summaries belong to the features that own the kinds: each feature's index.ts
 * contributes an `EventTexts` table (kind → sentence), and the app installs them all at start
 * (`installEventTexts`). A kind no feature knows gets the name its payload carries, if any.
 *
 * Payloads are read defensively: an event is history, written by whichever version of the app
 * was running then, so a missing field leaves a shorter sentence rather than an error. The small
 * readers below (`payload`, `str`, `line`, …) are shared by every feature's sentences.
 */
import type { TFunction } from 'i18next';
import type { LedgerEvent } from '../../../shared/domain';
import type { Directory } from './directory';

/** One sentence saying what happened, or null when the kind label says it all. */
export type EventSummary = (t: TFunction, event: LedgerEvent, directory: Directory | null) => string | null;

/** A feature's history sentences, by event kind. */
export type EventTexts = Readonly<Record<string, EventSummary>>;

let summaries: EventTexts = {};

/** Installs the features' tables (the app does this once, at start). A kind owned twice is a bug. */
export function installEventTexts(tables: readonly EventTexts[]): void {
  const merged: Record<string, EventSummary> = {};
  for (const table of tables) {
    for (const [kind, summary] of Object.entries(table)) {
      if (kind in merged) throw new Error(`Two features write the history text of ${kind}`);
      merged[kind] = summary;
    }
  }
  summaries = merged;
}

export function kindKey(kind: string): string {
  return `events.kinds.${kind.replace(/\./g, '_')}`;
}

export function kindLabel(t: TFunction, kind: string): string {
  const key = kind.replace(/\./g, '_');
  return t(`membership.events.kinds.${key}`, { defaultValue: t(`events.kinds.${key}`, { defaultValue: kind }) });
}

export type Payload = Record<string, unknown> | null;

export function payload(value: unknown): Payload {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

export function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A person's or group's name from the directory, or the id when it is not (yet) known. */
export function nameOf(directory: Directory | null, id: string): string {
  return directory?.people.get(id) ?? directory?.groups.get(id) ?? id;
}

/** The name of the id a payload field holds, or null when it holds none. */
export function nameIn(directory: Directory | null, id: unknown): string | null {
  const s = str(id);
  return s ? nameOf(directory, s) : null;
}

/** "Reason: …" for a payload field holding one, else null. */
export function reasonText(t: TFunction, value: unknown): string | null {
  return str(value) ? t('events.reasonLabel', { reason: str(value) }) : null;
}

/** Joins parts of a summary with the separator of the UI language's history lines. */
export function line(t: TFunction, parts: Array<string | null | false | undefined>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(t('membership.events.sep'));
}

export function shortList(t: TFunction, names: string[], max = 5): string {
  const shown = names.slice(0, max).join(t('membership.nameSeparator'));
  return names.length > max ? t('membership.events.andMore', { names: shown, count: names.length - max }) : shown;
}

/** "changed the purpose; deputies": the listed fields that differ between before and after. */
export function changedFields(t: TFunction, before: Payload, after: Payload, fields: readonly string[]): string | null {
  if (!before || !after) return null;
  const changed = fields.filter(
    (f) => f in after && JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null),
  );
  if (changed.length === 0) return null;
  return t('membership.events.changed', {
    fields: changed
      .map((f) => t(`membership.events.field.${f}`, { defaultValue: f }))
      .join(t('membership.listSeparator')),
  });
}

/** One sentence saying what happened, or null when the kind label says it all. */
export function eventSummary(t: TFunction, event: LedgerEvent, directory: Directory | null): string | null {
  const own = summaries[event.kind];
  if (own) return own(t, event, directory);
  const data = payload(event.after) ?? payload(event.before);
  return str(data?.name) ?? str(payload(data?.organisation)?.name);
}

/** The subjects of an event as names, skipping internal ids such as membership-12 or exception-3. */
export function subjectNames(event: LedgerEvent, directory: Directory | null): string[] {
  return event.subjects
    .filter((s) => !/^(membership|exception|rules|runbook|incident)-\d+$/.test(s) && s !== 'organisation')
    .map((s) => nameOf(directory, s));
}

/**
 * Asks for the names the sentences of `events` will show as soon as the events are read, before
 * they are drawn: the names then come while the page renders, not in a second round after it.
 */
export function askNamesFor(t: TFunction, events: readonly LedgerEvent[], directory: Directory): void {
  for (const event of events) {
    eventSummary(t, event, directory);
    subjectNames(event, directory);
  }
}

export function eventColor(kind: string): string {
  if (kind === 'exception.rejected') return 'red';
  if (kind === 'exception.approved') return 'green';
  if (kind === 'exception.requested') return 'orange';
  if (kind.endsWith('.removed') || kind.endsWith('.left') || kind.endsWith('.dissolved') || kind.endsWith('.deleted')) {
    return 'red';
  }
  if (kind.endsWith('.added') || kind.endsWith('.acknowledged')) return 'green';
  if (
    kind.endsWith('.created') ||
    kind.endsWith('.loaded') ||
    kind.endsWith('.imported') ||
    kind.endsWith('.published')
  ) {
    return 'blue';
  }
  return 'gray';
}
