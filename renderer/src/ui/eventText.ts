/**
 * Human wording for history events. Kinds are stable identifiers written by the services
 * (`membership.added`); their labels live in the `events.kinds` table, or for the kinds of the
 * membership features in `membership.events.kinds` (dots become underscores, since i18next reads
 * dots as nesting). A kind this version does not know shows as written.
 *
 * Payloads are read defensively: an event is history, written by whichever version of the app
 * was running then, so a missing field leaves a shorter sentence rather than an error.
 */
import type { TFunction } from 'i18next';
import type { LedgerEvent } from '../../../shared/domain';
import { CONTENT_KINDS } from '../../../shared/domain';
import type { Directory } from '../platform/directory';
import { formatDate } from '../i18n/format';

export function kindKey(kind: string): string {
  return `events.kinds.${kind.replace(/\./g, '_')}`;
}

export function kindLabel(t: TFunction, kind: string): string {
  const key = kind.replace(/\./g, '_');
  return t(`membership.events.kinds.${key}`, { defaultValue: t(`events.kinds.${key}`, { defaultValue: kind }) });
}

type Payload = Record<string, unknown> | null;

function payload(value: unknown): Payload {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A person's or group's name from the directory, or the id when it is not (yet) known. */
export function nameOf(directory: Directory | null, id: string): string {
  return directory?.people.get(id) ?? directory?.groups.get(id) ?? id;
}

/** Joins parts of a summary with the separator of the UI language's history lines. */
function line(t: TFunction, parts: Array<string | null | false | undefined>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(t('membership.events.sep'));
}

function shortList(t: TFunction, names: string[], max = 5): string {
  const shown = names.slice(0, max).join(t('membership.nameSeparator'));
  return names.length > max ? t('membership.events.andMore', { names: shown, count: names.length - max }) : shown;
}

/** Why a member could be added: the charter check the service ran, kept with the event. */
function checkText(t: TFunction, check: Payload, basis: string | null): string | null {
  if (basis === 'exception') return t('membership.events.byException');
  if (!check) return null;
  if (check.eligible === true) {
    const via = str(check.via) ?? 'criteria';
    // The reason reads as a sentence on its own; mid-line it loses its full stop.
    const sentence = t(`membership.via.${via}`, { defaultValue: via }).replace(/[。.]$/, '');
    const reason = sentence.charAt(0).toLocaleLowerCase() + sentence.slice(1);
    return t('membership.events.checkPassed', { via: reason });
  }
  const mismatches = strings(check.mismatches);
  return t('membership.events.checkFailed', {
    criteria: mismatches
      .map((m) => t(`membership.mismatch.${m}`, { defaultValue: m }))
      .join(t('membership.listSeparator')),
  });
}

/** The parts of a charter that differ between two versions, named in the UI language. */
function charterChanges(t: TFunction, before: Payload, after: Payload): string[] {
  const fields = ['tierIds', 'unitIds', 'positions', 'personIds', 'whoMayAdd', 'approver', 'allowedContent'] as const;
  const changed = fields.filter((f) => JSON.stringify(before?.[f] ?? null) !== JSON.stringify(after?.[f] ?? null));
  return changed.map((f) => {
    const label = t(`membership.events.charterField.${f}`);
    if (f === 'whoMayAdd' && str(after?.whoMayAdd)) return `${label}: ${t(`group.whoMayAdd.${str(after?.whoMayAdd)}`)}`;
    if (f === 'positions' || f === 'allowedContent') {
      const values = strings(after?.[f]).map((v) =>
        (CONTENT_KINDS as readonly string[]).includes(v) ? t(`membership.contentKind.${v}`) : v,
      );
      return values.length > 0 ? `${label}: ${shortList(t, values, 4)}` : `${label}: ${t('group.charterAny')}`;
    }
    return label;
  });
}

function approverText(t: TFunction, directory: Directory | null, data: Payload): string | null {
  const label = str(data?.approverLabel);
  if (label) return label;
  const approver = payload(data?.approver);
  const ref = str(approver?.ref);
  if (!ref) return null;
  // A position reads as itself mid-sentence ("to be approved by the Secretary"), without a "Position:" label.
  return approver?.kind === 'person' ? nameOf(directory, ref) : ref;
}

const GROUP_FIELDS = [
  'name',
  'platform',
  'platformGroupId',
  'purpose',
  'kind',
  'task',
  'endDate',
  'authorisingDoc',
  'deputyIds',
  'status',
] as const;
const PERSON_FIELDS = ['name', 'unitId', 'position', 'tierId', 'phone', 'handles', 'status', 'leftOn'] as const;

function changedFields(t: TFunction, before: Payload, after: Payload, fields: readonly string[]): string | null {
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
  const after = payload(event.after);
  const before = payload(event.before);
  const data = after ?? before;
  const name = (id: unknown) => (str(id) ? nameOf(directory, str(id)!) : null);
  const reason = (value: unknown) => (str(value) ? t('events.reasonLabel', { reason: str(value) }) : null);

  switch (event.kind) {
    case 'membership.added':
    case 'membership.removed': {
      const personId = str(data?.personId);
      const groupId = str(data?.groupId);
      if (!personId || !groupId) return null;
      const person = nameOf(directory, personId);
      const group = nameOf(directory, groupId);
      if (event.kind === 'membership.added') {
        const role = str(data?.role) ?? 'member';
        // Mid-sentence, "as member" / "với vai trò thành viên" read in lower case (Chinese has no case).
        const roleName = t(`role.${role}`, { defaultValue: role }).toLocaleLowerCase();
        return line(t, [
          t('events.addedSummary', { person, group, role: roleName }),
          checkText(t, payload(after?.check), str(after?.basis)),
          name(after?.requestedBy) && t('membership.events.requestedBy', { name: name(after?.requestedBy) }),
          name(after?.addedBy) && t('membership.events.addedBy', { name: name(after?.addedBy) }),
        ]);
      }
      return line(t, [t('events.removedSummary', { person, group }), reason(after?.leftReason)]);
    }
    case 'exception.requested': {
      const person = name(data?.personId);
      const group = name(data?.groupId);
      if (!person || !group) return null;
      return line(t, [
        t('membership.events.requested', { person, group, requester: name(data?.requestedBy) ?? '—' }),
        reason(data?.reason),
        approverText(t, directory, data) &&
          t('membership.events.approver', { approver: approverText(t, directory, data) }),
      ]);
    }
    case 'exception.approved':
    case 'exception.rejected': {
      const person = name(data?.personId);
      const group = name(data?.groupId);
      if (!person || !group) return null;
      const decider = name(after?.decidedBy) ?? '—';
      return line(t, [
        t(event.kind === 'exception.approved' ? 'membership.events.approved' : 'membership.events.rejected', {
          person,
          group,
          decider,
        }),
        str(after?.documentRef) && t('membership.events.document', { ref: str(after?.documentRef) }),
        event.kind === 'exception.approved' &&
          str(after?.reviewOn) &&
          t('membership.events.reviewOn', { date: formatDate(str(after?.reviewOn)) }),
        str(after?.decisionNote),
      ]);
    }
    case 'group.created':
      return line(t, [
        str(data?.name),
        str(data?.platform) && t(`platform.${str(data?.platform)}`, { defaultValue: str(data?.platform) }),
        name(data?.ownerId) && t('membership.events.owner', { name: name(data?.ownerId) }),
      ]);
    case 'group.updated':
      return line(t, [str(after?.name) ?? str(before?.name), changedFields(t, before, after, GROUP_FIELDS)]);
    case 'group.charter_changed': {
      // The payload is the charter, or the group holding it.
      const b = payload(before?.charter) ?? before;
      const a = payload(after?.charter) ?? after;
      const changes = charterChanges(t, b, a);
      const group = name(after?.groupId ?? after?.id ?? event.subjects[0]);
      return line(t, [
        group,
        changes.length > 0
          ? t('membership.events.charterChanged', { changes: changes.join(t('membership.listSeparator')) })
          : null,
      ]);
    }
    case 'group.owner_transferred': {
      const from = name(after?.fromPersonId ?? after?.from ?? before?.ownerId);
      const to = name(after?.toPersonId ?? after?.to ?? after?.ownerId);
      return line(t, [to && t('membership.events.ownerTransferred', { from: from ?? '—', to }), reason(after?.reason)]);
    }
    case 'rules.published': {
      const version = num(data?.version);
      return line(t, [
        name(data?.groupId),
        version !== null && t('membership.events.rulesVersion', { version }),
        str(data?.effectiveOn) && t('membership.events.effective', { date: formatDate(str(data?.effectiveOn)) }),
      ]);
    }
    case 'rules.acknowledged': {
      const ids = strings(data?.personIds);
      const version = num(data?.version);
      return line(t, [
        name(data?.groupId),
        t('membership.events.acknowledged', {
          count: ids.length || num(data?.recorded) || num(data?.count) || 0,
          version: version ?? '?',
        }),
        ids.length > 0 &&
          shortList(
            t,
            ids.map((id) => nameOf(directory, id)),
          ),
      ]);
    }
    case 'unit.updated':
    case 'tier.renamed':
    case 'organisation.renamed': {
      const from = str(before?.name) ?? str(payload(before?.organisation)?.name);
      const to = str(after?.name) ?? str(payload(after?.organisation)?.name);
      if (from && to && from !== to) return t('membership.events.renamed', { from, to });
      return to ?? from;
    }
    case 'tier.reordered': {
      // The payload is the list of tiers, highest first (or an object holding it).
      const list = Array.isArray(event.after)
        ? (event.after as unknown[])
        : Array.isArray(data?.tiers)
          ? (data.tiers as unknown[])
          : [];
      const tiers = list.map((x) => str(payload(x)?.name));
      const names = tiers.filter((n): n is string => n !== null);
      return names.length > 0 ? names.join(' › ') : null;
    }
    case 'person.updated':
      return line(t, [str(after?.name) ?? str(before?.name), changedFields(t, before, after, PERSON_FIELDS)]);
    case 'person.left':
      return line(t, [
        str(data?.name),
        str(after?.leftOn) && t('membership.events.leftOn', { date: formatDate(str(after?.leftOn)) }),
      ]);
    case 'person.created':
      return line(t, [str(data?.name), after?.source === 'import' && t('membership.events.fromImport')]);
    case 'people.imported': {
      const count = num(data?.count) ?? num(data?.imported) ?? num(data?.people);
      return line(t, [
        count !== null && t('membership.events.imported', { count }),
        str(data?.fileName) ?? str(data?.file),
      ]);
    }
    default: {
      return str(data?.name) ?? str(payload(data?.organisation)?.name);
    }
  }
}

/** The subjects of an event as names, skipping internal ids such as membership-12 or exception-3. */
export function subjectNames(event: LedgerEvent, directory: Directory | null): string[] {
  return event.subjects
    .filter((s) => !/^(membership|exception|rules)-\d+$/.test(s) && s !== 'organisation')
    .map((s) => nameOf(directory, s));
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
