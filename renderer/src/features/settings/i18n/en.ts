/**
 * UI strings of the settings page, in English (the languages are one file each, loaded on demand).
 * This English table defines the shape; zh-CN.ts and vi.ts beside it are typed against it (Messages), so a missing
 * or extra key fails the type check. Keys keep their full i18next path (i18n/core.ts merges a
 * language's tables into one), and plural forms keep `_one` / `_other` in every language.
 */
export const messages = {
  settings: {
    title: 'Settings',
    description:
      'Language, appearance, who you are in the history, escalations and incident kinds, and about this installation.',
    appearance: 'Language and appearance',
    language: 'Language',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    administrator: 'Administrator',
    adminName: 'Your name',
    adminNameHelp: 'Written as the author of every change you make, in the history.',
    adminNamePlaceholder: 'e.g. 李伟',
    about: 'About this installation',
    version: 'Version',
    mode: 'Mode',
    modeElectron: 'Desktop app',
    modeBrowser: 'Browser (test harness)',
    dataDir: 'Data folder',
    registryPath: 'Registry file',
    sqlite: 'SQLite',
    node: 'Node.js',
    revision: 'Registry revision',
    escalations: 'Escalations',
    waitDays: 'Call out escalations waiting longer than',
    waitDaysUnit: 'days',
    waitDaysHelp:
      'The dashboard and the escalations page list the escalation steps that have waited longer than this for a decision.',
    waitDaysRange: 'Enter a whole number of days from {{min}} to {{max}}.',
  },
};
