/** UI strings of the recovery page, in English (the languages are one file each, loaded on demand) (see snapshots/i18n/en.ts for the conventions). */
export const messages = {
  recovery: {
    titleDamaged: 'The ledger cannot be opened: its file is damaged',
    titleHistory: 'The ledger cannot be opened: its history does not reach the changes recorded',
    titleUnavailable: 'The ledger cannot be used right now',
    file: 'File: {{path}}',
    untouched: 'Nothing has been changed or deleted: the file is kept exactly as it was found.',
    restoreTitle: 'Restore the newest backup that verifies',
    backupTime: 'Backup taken',
    organisation: 'Organisation',
    holds: 'It holds',
    counts: '{{people}} people, {{groups}} groups, {{events}} history entries',
    size: 'Size',
    lost: 'Everything changed after {{time}} will be lost. The damaged file is moved aside (renamed with the time), not deleted.',
    lostCounted_one:
      'The last change recorded, on {{last}}, is history entry {{recorded}}; this backup holds the entries up to {{held}}: {{count}} change made after {{time}} will be lost. The damaged file is moved aside (renamed with the time), not deleted.',
    lostCounted_other:
      'The last change recorded, on {{last}}, is history entry {{recorded}}; this backup holds the entries up to {{held}}: {{count}} changes made after {{time}} will be lost. The damaged file is moved aside (renamed with the time), not deleted.',
    lostNone:
      'This backup holds every change recorded (history entries up to {{held}}): nothing will be lost. The damaged file is moved aside (renamed with the time), not deleted.',
    restoreButton: 'Restore this backup',
    confirmTitle: 'Restore the backup?',
    confirmBody:
      'The ledger goes back to how it was on {{time}}; changes made after that are lost. The damaged file is kept beside it under a new name.',
    restored: 'The ledger was restored as it was on {{time}}.',
    restoredMoved: 'The ledger was restored as it was on {{time}}. The damaged file was kept as {{path}}.',
    noBackup:
      'No backup of this ledger verifies, so none can be restored. Open another data folder, or quit and ask for help.',
    folderTitle: 'Open another data folder',
    noOtherFolder: 'This app knows no other data folder.',
    openFolder: 'Open',
    emptyLedger: 'Empty ledger',
    retry: 'Try again',
    quit: 'Quit',
    quitHint: 'Quitting changes nothing; the same page appears at the next start.',
  },
};
