/**
 * History sentences of the kinds the groups feature writes: memberships, exception requests and
 * decisions, group edits, charters, ownership, an ad-hoc group's end date and rules. See
 * platform/eventText.ts. (A group's status — dissolving, dissolved, archived — is the operations
 * feature's `group.status_changed`.)
 */
import type { TFunction } from 'i18next';
import { CONTENT_KINDS } from '../../../../shared/vocabulary';
import type { Directory } from '../../platform/directory';
import {
  changedFields,
  line,
  nameIn,
  nameOf,
  num,
  payload,
  reasonText,
  shortList,
  str,
  strings,
  type EventSummary,
  type EventTexts,
  type Payload,
} from '../../platform/eventText';
import { formatDate } from '../../i18n/format';

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
  // Before 'not_named' existed, an outsider of a charter that only names people had no criterion.
  const recorded = strings(check.mismatches);
  const mismatches = recorded.length ? recorded : ['not_named'];
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

const membershipChanged: EventSummary = (t, event, directory) => {
  const after = payload(event.after);
  const data = after ?? payload(event.before);
  const personId = str(data?.personId);
  const groupId = str(data?.groupId);
  if (!personId || !groupId) return null;
  const person = nameOf(directory, personId);
  const group = nameOf(directory, groupId);
  if (event.kind === 'membership.added') {
    const role = str(data?.role) ?? 'member';
    // Mid-sentence, "as member" / "với vai trò thành viên" read in lower case (Chinese has no case).
    const roleName = t(`role.${role}`, { defaultValue: role }).toLocaleLowerCase();
    const requester = nameIn(directory, after?.requestedBy);
    const adder = nameIn(directory, after?.addedBy);
    return line(t, [
      t('events.addedSummary', { person, group, role: roleName }),
      checkText(t, payload(after?.check), str(after?.basis)),
      requester && t('membership.events.requestedBy', { name: requester }),
      adder && t('membership.events.addedBy', { name: adder }),
    ]);
  }
  return line(t, [t('events.removedSummary', { person, group }), reasonText(t, after?.leftReason)]);
};

const exceptionDecided: EventSummary = (t, event, directory) => {
  const after = payload(event.after);
  const data = after ?? payload(event.before);
  const person = nameIn(directory, data?.personId);
  const group = nameIn(directory, data?.groupId);
  if (!person || !group) return null;
  const decider = nameIn(directory, after?.decidedBy) ?? '—';
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
};

export const groupEventTexts: EventTexts = {
  'membership.added': membershipChanged,
  'membership.removed': membershipChanged,
  'exception.requested': (t, event, directory) => {
    const data = payload(event.after) ?? payload(event.before);
    const person = nameIn(directory, data?.personId);
    const group = nameIn(directory, data?.groupId);
    if (!person || !group) return null;
    const approver = approverText(t, directory, data);
    return line(t, [
      t('membership.events.requested', { person, group, requester: nameIn(directory, data?.requestedBy) ?? '—' }),
      reasonText(t, data?.reason),
      approver && t('membership.events.approver', { approver }),
    ]);
  },
  'exception.approved': exceptionDecided,
  'exception.rejected': exceptionDecided,
  'group.created': (t, event, directory) => {
    const data = payload(event.after) ?? payload(event.before);
    const owner = nameIn(directory, data?.ownerId);
    return line(t, [
      str(data?.name),
      str(data?.platform) && t(`platform.${str(data?.platform)}`, { defaultValue: str(data?.platform) }),
      owner && t('membership.events.owner', { name: owner }),
    ]);
  },
  'group.updated': (t, event) => {
    const after = payload(event.after);
    const before = payload(event.before);
    return line(t, [str(after?.name) ?? str(before?.name), changedFields(t, before, after, GROUP_FIELDS)]);
  },
  'group.charter_changed': (t, event, directory) => {
    const after = payload(event.after);
    const before = payload(event.before);
    // The payload is the charter, or the group holding it.
    const b = payload(before?.charter) ?? before;
    const a = payload(after?.charter) ?? after;
    const changes = charterChanges(t, b, a);
    const group = nameIn(directory, after?.groupId ?? after?.id ?? event.subjects[0]);
    return line(t, [
      group,
      changes.length > 0
        ? t('membership.events.charterChanged', { changes: changes.join(t('membership.listSeparator')) })
        : null,
    ]);
  },
  'group.owner_transferred': (t, event, directory) => {
    const after = payload(event.after);
    const before = payload(event.before);
    const from = nameIn(directory, after?.fromPersonId ?? after?.from ?? before?.ownerId);
    const to = nameIn(directory, after?.toPersonId ?? after?.to ?? after?.ownerId);
    return line(t, [
      to && t('membership.events.ownerTransferred', { from: from ?? '—', to }),
      reasonText(t, after?.reason),
    ]);
  },
  'group.end_date_changed': (t, event, directory) => {
    const from = str(payload(event.before)?.endDate);
    const to = str(payload(event.after)?.endDate);
    return line(t, [
      nameIn(directory, event.subjects[0]),
      to &&
        (from
          ? t('lifecycle.endDateChanged', { from: formatDate(from), to: formatDate(to) })
          : t('lifecycle.endDateSet', { to: formatDate(to) })),
      reasonText(t, payload(event.after)?.reason),
    ]);
  },
  'rules.published': (t, event, directory) => {
    const data = payload(event.after) ?? payload(event.before);
    const version = num(data?.version);
    return line(t, [
      nameIn(directory, data?.groupId),
      version !== null && t('membership.events.rulesVersion', { version }),
      str(data?.effectiveOn) && t('membership.events.effective', { date: formatDate(str(data?.effectiveOn)) }),
    ]);
  },
  'rules.acknowledged': (t, event, directory) => {
    const data = payload(event.after) ?? payload(event.before);
    const ids = strings(data?.personIds);
    const version = num(data?.version);
    return line(t, [
      nameIn(directory, data?.groupId),
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
  },
};
