/**
 * Human wording for history events. Kinds are stable identifiers written by the services
 * (`membership.added`); their labels live in the `events.kinds` table (dots become underscores,
 * since i18next reads dots as nesting). A kind this version does not know shows as written.
 */
import type { TFunction } from 'i18next';
import type { LedgerEvent } from '../../../shared/domain';
import type { Directory } from '../stores/directory';

export function kindKey(kind: string): string {
  return `events.kinds.${kind.replace(/\./g, '_')}`;
}

export function kindLabel(t: TFunction, kind: string): string {
  return t(kindKey(kind), { defaultValue: kind });
}

type Payload = Record<string, unknown> | null;

function payload(value: unknown): Payload {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** A person's or group's name from the directory, or the id when it is not (yet) known. */
export function nameOf(directory: Directory | null, id: string): string {
  return directory?.people.get(id) ?? directory?.groups.get(id) ?? id;
}

/** One sentence saying what happened, or null when the kind label says it all. */
export function eventSummary(t: TFunction, event: LedgerEvent, directory: Directory | null): string | null {
  const after = payload(event.after);
  const before = payload(event.before);
  const data = after ?? before;
  if (event.kind === 'membership.added' || event.kind === 'membership.removed') {
    const personId = str(data?.personId);
    const groupId = str(data?.groupId);
    if (!personId || !groupId) return null;
    const person = nameOf(directory, personId);
    const group = nameOf(directory, groupId);
    if (event.kind === 'membership.added') {
      const role = str(data?.role) ?? 'member';
      // Mid-sentence, "as member" / "với vai trò thành viên" read in lower case (Chinese has no case).
      const roleName = t(`role.${role}`, { defaultValue: role }).toLocaleLowerCase();
      return t('events.addedSummary', { person, group, role: roleName });
    }
    const reason = str(after?.leftReason);
    const line = t('events.removedSummary', { person, group });
    return reason ? `${line} · ${t('events.reasonLabel', { reason })}` : line;
  }
  const name = str(data?.name) ?? str(payload(data?.organisation)?.name);
  return name;
}

/** The subjects of an event as names, skipping internal ids such as membership-12. */
export function subjectNames(event: LedgerEvent, directory: Directory | null): string[] {
  return event.subjects
    .filter((s) => !/^membership-\d+$/.test(s) && s !== 'organisation')
    .map((s) => nameOf(directory, s));
}

export function eventColor(kind: string): string {
  if (kind.endsWith('.removed') || kind.endsWith('.left') || kind.endsWith('.dissolved')) return 'red';
  if (kind.endsWith('.added')) return 'green';
  if (kind.endsWith('.created') || kind.endsWith('.loaded') || kind.endsWith('.imported')) return 'blue';
  return 'gray';
}
