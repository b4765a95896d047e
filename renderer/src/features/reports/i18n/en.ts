/**
 * UI strings of the scope-creep report, in English (the languages are one file each, loaded on demand).
 * This English table defines the shape; zh-CN.ts and vi.ts beside it are typed against it (Messages), so a missing
 * or extra key fails the type check. Keys keep their full i18next path (i18n/core.ts merges a
 * language's tables into one), and plural forms keep `_one` / `_other` in every language.
 */
export const messages = {
  insights: {
    reports: {
      title: 'Reports',
      description: 'Printable reports for the director and for inspection, drawn from the ledger as it stands today.',
      print: 'Print',
      preparingPrint: 'Preparing {{done}} of {{total}} groups…',
      refresh: 'Refresh',
      generatedAt: 'Generated {{date}} · {{org}}',
    },
    report: {
      title: 'Scope-creep report',
      intro:
        'For each group with a charter: the members outside it, and how each of them got in — who asked, who added them, on what basis, and which criteria they fail.',
      groupsListed: 'Groups with members outside the charter',
      outsideTotal: 'Members outside the charter',
      byExceptionTotal: 'Let in by an approved exception',
      withoutCharter: 'Active groups without a charter',
      noCharterHint_one:
        '{{count}} active group has no charter, so no one in it can be checked. Open the group and define who belongs (tiers, units, positions or named people) to include it here.',
      noCharterHint_other:
        '{{count}} active groups have no charter, so no one in them can be checked. Open each group and define who belongs (tiers, units, positions or named people) to include them here.',
      openGroups: 'Open the groups',
      allClear: 'No group with a charter holds anyone outside it.',
      members: 'Members',
      inCharter: 'In the charter',
      byException: 'By exception',
      outside: 'Outside',
      openGroup: 'Open the group',
      charter: {
        belongs: 'Who belongs',
        tiers: 'Tiers: {{list}}',
        units: 'Units: {{list}}',
        positions: 'Positions: {{list}}',
        people_one: '{{count}} named person',
        people_other: '{{count}} named people',
        whoMayAdd: 'Who may add',
        approver: 'Approver for exceptions',
        noApprover: 'None named',
        content: 'Allowed content',
        anyContent: 'Not restricted',
        document: 'Authorising document',
        owner: 'Owner',
        noOwner: 'None',
      },
      whoMayAdd: {
        owner: 'The owner only',
        owner_and_deputies: 'The owner and deputies',
        administrator: 'The administrator',
      },
      approverPosition: '{{position}} (position)',
      col: {
        name: 'Member',
        group: 'Group',
        platform: 'Platform',
        share: 'Share outside',
        place: 'Unit · tier · position',
        standing: 'Standing',
        basis: 'How they got in',
        addedBy: 'Added by',
        requestedBy: 'Asked for by',
        joinedOn: 'Joined',
        fails: 'Fails',
        exception: 'Exception',
      },
      eligibility: {
        exception: 'By exception',
        outside: 'Outside the charter',
      },
      exceptionApproved: 'Approved',
      exceptionPending: 'Request pending',
      exceptionRejected: 'Request rejected',
      noException: 'No request',
      unknown: 'Not recorded',
      tableEmpty: 'No one outside the charter.',
      overview: 'Summary by group',
      sections: 'Group by group',
      shownOf: 'Detailed sections for {{shown}} of {{total}} groups.',
      showMore: 'Show {{count}} more',
      showAll: 'Show all {{count}}',
      listSeparator: ', ',
    },
  },
};
