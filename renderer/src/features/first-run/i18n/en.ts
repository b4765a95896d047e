/**
 * UI strings of the first-run welcome, in English (the languages are one file each, loaded on demand).
 * This English table defines the shape; zh-CN.ts and vi.ts beside it are typed against it (Messages), so a missing
 * or extra key fails the type check. Keys keep their full i18next path (i18n/core.ts merges a
 * language's tables into one), and plural forms keep `_one` / `_other` in every language.
 */
export const messages = {
  firstRun: {
    title: 'Welcome to GroupLedger',
    subtitle:
      'Keep the ledger of your organisation’s work chat groups: who is in each group, who should be, why each person was let in, and what happened.',
    languageStep: 'Language',
    languageHint: 'You can change it later in Settings.',
    adminName: 'Your name and position',
    adminNameHint: 'Every change you record is signed with it in the history (e.g. “Zhang Min, office administrator”).',
    adminNameRequired: 'Enter the name that signs your changes.',
    setupStep: 'Organisation',
    createTitle: 'Create an organisation',
    createDescription: 'Start an empty ledger for your own organisation. You add units, people and groups next.',
    orgName: 'Organisation name',
    orgNamePlaceholder: 'e.g. County Bureau of Natural Resources',
    orgNameRequired: 'Enter the organisation’s name.',
    createButton: 'Create the organisation',
    demoTitle: 'Load the demo organisation',
    demoDescription:
      'Explore GroupLedger with a realistic organisation built from real stories. You can start over later.',
    demoCounty: 'County bureau',
    demoCountyDescription:
      'A county bureau office (局办公室) on WeChat: the middle-manager group made for 20 people that grew to about 100 in three days.',
    demoYouth: 'Provincial youth union',
    demoYouthDescription:
      'A provincial youth union (Đoàn khối) with the three official Zalo groups of notice 129, who may add members and the Secretary’s approval.',
    loadDemoButton: 'Load the demo',
    or: 'or',
    privacy: 'GroupLedger works offline. Nothing leaves this computer; it never connects to a chat platform.',
    created: 'The organisation “{{name}}” is ready.',
    restoreLink: 'Restore a ledger from a snapshot…',
  },
};
