/**
 * Groups: the searchable list, one group's page (now or as of a date), its rules and history, and
 * the commands the group page runs (members, exceptions, charter, ownership, rules).
 */
import type { GroupRow, GroupsArrangement, GroupsWindow } from '../../../../shared/contract';
import { GROUP_SORT_KEYS } from '../../../../shared/vocabulary';
import type { Locale } from '../../../../shared/domain';
import { call, caller } from '../../platform/api';
import { createQueryStore } from '../../platform/query';
import { createRowWindow } from '../../platform/rowWindow';
import type { GroupFilters } from './groupFilters';
import { chosenValues, headerSort } from '../../ui/headerChoices';

/** The groups table's rows, a page of 100 at a time, searched, filtered and sorted by the main process. */
export const useGroupWindow = createRowWindow<GroupsArrangement, GroupRow, GroupsWindow>((params, offset, limit) =>
  call('groups.window', { ...params, offset, limit }),
);

/** The arrangement of the groups table: the search, the header's sort and filters, the UI language. */
export function groupsArrangement(
  query: string,
  locale: Locale,
  sorter: { key: string; order: 'ascend' | 'descend' | null | undefined } | null,
  filters: GroupFilters,
): GroupsArrangement {
  return {
    query,
    locale,
    sort: headerSort(sorter, GROUP_SORT_KEYS),
    filters: {
      platform: chosenValues(filters.platform),
      kind: chosenValues(filters.kind),
      status: chosenValues(filters.status),
    },
  };
}

export interface GroupParams {
  id: string;
  asOf: string | null;
}

export const useGroupDetail = createQueryStore(
  (params: GroupParams) => call('groups.get', params.asOf ? { id: params.id, asOf: params.asOf } : { id: params.id }),
  { resetWhen: (prev, next) => prev?.id !== next.id },
);

/** A group's rules and who has acknowledged them; refreshed with everything else on a change. */
export const useGroupRules = createQueryStore((params: { groupId: string }) => call('rules.get', params), {
  resetWhen: (prev, next) => prev?.groupId !== next.groupId,
});

export const useGroupHistory = createQueryStore(
  (params: { id: string }) => call('events.list', { subject: params.id, limit: 100 }),
  { resetWhen: (prev, next) => prev?.id !== next.id },
);

/** The charter check of one person against one group (who may add them, who approves an exception). */
export const checkCharter = caller('charter.check');

/** Every post people hold, each once (a charter's position choices). */
export const listPositions = caller('directory.positions');

/** The active people holding a post (who may decide an exception addressed to it). */
export const peopleHoldingPost = caller('people.holdingPost');

/** Adds a member (the service checks the charter). */
export const addMember = caller('members.add');

/** Records that a member left the group. */
export const removeMember = caller('members.remove');

/** Asks for an exception to the charter for one person. */
export const requestException = caller('exceptions.request');

/** Records the approver's decision on an exception request. */
export const decideException = caller('exceptions.decide');

/** Creates or edits a group. */
export const saveGroup = caller('groups.save');

/** Saves a group's charter. */
export const setCharter = caller('groups.setCharter');

/** Hands a group to a new owner. */
export const transferOwnership = caller('groups.transferOwnership');

/** Publishes a new version of a group's rules. */
export const publishRules = caller('rules.publish');

/** Records members' acknowledgement of the current rules. */
export const acknowledgeRules = caller('rules.acknowledge');

/** Moves an ad-hoc group's end date later. */
export const extendEndDate = caller('groups.extendEndDate');

/** Archives a group nobody is left in, or a dissolved one. */
export const archiveGroup = caller('groups.archive');

/** The member list (now or on the page's as-of day) as CSV or XLSX, where the host asks. */
export const exportMembers = caller('exports.members');
