/**
 * UI strings of the Diff page, in English (the languages are one file each, loaded on demand). The vocabulary of the changes themselves (roles,
 * fields, charter parts, statuses) is shared with the paper and the command line (shared/i18n).
 */
export const messages = {
  diff: {
    title: 'Changes',
    description:
      'What changed between two snapshots, a snapshot and now, or two days of the ledger: who joined and left each group and why, role and charter changes, exceptions decided, people added, changed or gone, incidents and runbooks.',
    from: 'From',
    to: 'To',
    kind: { date: 'A day', snapshot: 'A snapshot file', now: 'Now' },
    chooseFile: 'Choose a snapshot file…',
    chosen: '{{file}} · exported {{date}}',
    noFile: 'No file chosen yet',
    group: 'Group',
    unit: 'Unit',
    allGroups: 'All groups',
    allUnits: 'All units',
    compare: 'Compare',
    print: 'Print',
    workbook: 'Ledger workbook',
    openAction: 'Compare two dates or snapshots',
    generated: '{{org}} · printed {{date}}',
    needFile: 'Choose the snapshot file for “{{side}}” first.',
    joined: 'Joined',
    left: 'Left',
    roles: 'Roles',
    exceptions: 'Exceptions decided',
    people: 'People',
    casework: 'Incidents and runbooks',
    groupsChanged: 'Groups with changes',
    nothing: 'Nothing changed between the two sides.',
    shownOf: 'Showing {{shown}} of {{total}} groups.',
    showAll: 'Show all {{count}} groups',
    arrow: '{{from}} → {{to}}',
  },
};
