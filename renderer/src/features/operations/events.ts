/**
 * History sentences of the kinds runbooks write: the plan, the walk's steps and their undo, pause,
 * resume, cancel, finish, and a group's status moving with a dissolve or rebuild.
 * See platform/eventText.ts. Names come from the directory; no runbook or group id is shown.
 */
import type { TFunction } from 'i18next';
import type { LedgerEvent } from '../../../../shared/domain';
import type { Directory } from '../../platform/directory';
import {
  line,
  nameIn,
  nameOf,
  num,
  payload,
  reasonText,
  shortList,
  str,
  strings,
  type EventTexts,
} from '../../platform/eventText';

/** The groups an event names (its subjects that are groups), as names. */
function groupNames(t: TFunction, event: LedgerEvent, directory: Directory | null, ids?: string[]): string {
  const list = ids ?? event.subjects.filter((s) => directory?.groups.has(s));
  return shortList(
    t,
    list.map((id) => nameOf(directory, id)),
    3,
  );
}

/** "Dissolve 中层干部工作群" when the kind is known, else the groups' names. */
function what(t: TFunction, event: LedgerEvent, directory: Directory | null): string {
  const data = payload(event.after) ?? payload(event.before);
  const kind = str(data?.kind);
  const groups = groupNames(
    t,
    event,
    directory,
    data && Array.isArray(data.groupIds) ? strings(data.groupIds) : undefined,
  );
  if (!kind) return groups;
  const person = event.subjects.map((s) => directory?.people.get(s)).find(Boolean) ?? groups;
  return t(`operations.name.${kind}`, { group: groups, person });
}

function planned(t: TFunction, event: LedgerEvent, directory: Directory | null): string {
  const after = payload(event.after);
  const steps = Array.isArray(after?.steps) ? after.steps.length : 0;
  return line(t, [
    t('operations.history.planned', { what: what(t, event, directory), count: steps }),
    reasonText(t, after?.reason),
  ]);
}

function stepText(t: TFunction, event: LedgerEvent, directory: Directory | null, undone: boolean): string {
  const step = undone ? payload(event.before) : payload(event.after);
  const person = nameIn(directory, step?.personId) ?? '';
  const groups = groupNames(t, event, directory, str(step?.groupId) ? [str(step?.groupId) as string] : undefined);
  if (undone) return t('operations.history.undone', { what: groups, person });
  const outcome = str(step?.outcome);
  return line(t, [
    t('operations.history.step', {
      what: groups,
      person,
      outcome: outcome ? t(`operations.outcome.${outcome}`, { defaultValue: outcome }) : '',
    }),
    str(step?.note),
  ]);
}

export const runbookEventTexts: EventTexts = {
  'runbook.planned': planned,
  'runbook.plan_updated': planned,
  'runbook.started': (t, event, directory) =>
    t('operations.history.started', { what: groupNames(t, event, directory) }),
  'runbook.step_recorded': (t, event, directory) => stepText(t, event, directory, false),
  'runbook.step_undone': (t, event, directory) => stepText(t, event, directory, true),
  'runbook.paused': () => null,
  'runbook.resumed': () => null,
  'runbook.cancelled': (t, event) => reasonText(t, payload(event.after)?.reason),
  'runbook.finished': (t, event, directory) => {
    const after = payload(event.after);
    return t('operations.history.finished', {
      what: groupNames(t, event, directory),
      done: num(after?.done) ?? 0,
      skipped: num(after?.skipped) ?? 0,
      failed: num(after?.failed) ?? 0,
    });
  },
  'group.status_changed': (t, event, directory) => {
    const from = str(payload(event.before)?.status);
    const to = str(payload(event.after)?.status);
    return line(t, [
      t('operations.history.status', {
        group: groupNames(t, event, directory),
        from: from ? t(`groupStatus.${from}`, { defaultValue: from }) : '',
        to: to ? t(`groupStatus.${to}`, { defaultValue: to }) : '',
      }),
      reasonText(t, payload(event.after)?.reason),
    ]);
  },
};
