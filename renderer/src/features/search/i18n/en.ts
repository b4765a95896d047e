/**
 * UI strings of the command palette, in English (the languages are one file each, loaded on demand).
 * This English table defines the shape; zh-CN.ts and vi.ts beside it are typed against it (Messages), so a missing
 * or extra key fails the type check. Keys keep their full i18next path (i18n/core.ts merges a
 * language's tables into one), and plural forms keep `_one` / `_other` in every language.
 */
export const messages = {
  palette: {
    title: 'Search the registry',
    placeholder: 'Name, pinyin (lw, liwei), Vietnamese without accents, phone or handle',
    people: 'People',
    groups: 'Groups',
    empty: 'Nothing in the registry matches “{{query}}”.',
    start: 'Type at least one letter to search people, groups and incidents.',
    hintMove: 'to move',
    hintOpen: 'to open',
    hintClose: 'to close',
    searching: 'Searching…',
  },
  insights: {
    palette: {
      pages: 'Go to',
      actions: 'Actions',
      startHint:
        'Type a name, pinyin, phone or handle, or words of an incident’s summary — or pick a page or an action.',
      action: {
        newPerson: 'New person',
        newGroup: 'New group',
        importPeople: 'Import people from a file (CSV, Excel)',
        scopeCreep: 'Scope-creep report: members outside the charter',
      },
      goTo: 'Go to {{page}}',
    },
  },
};
