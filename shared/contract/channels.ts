/**
 * The names of every channel, without their schemas, so the preload and the harness client can
 * derive their APIs without bundling zod. The capability files of shared/contract/ must define exactly
 * these (a compile-time check in shared/contract/index.ts). Keep this file free of imports.
 */
export const CHANNEL_NAMES = [
  // app.ts
  'app.info',
  'app.notices',
  'settings.get',
  'settings.update',
  // organisation.ts
  'org.get',
  'org.create',
  'org.loadDemo',
  // directory.ts
  'units.list',
  'units.save',
  'units.delete',
  'tiers.list',
  'tiers.save',
  'tiers.reorder',
  'tiers.delete',
  'people.list',
  'people.window',
  'directory.names',
  'directory.positions',
  'people.holdingPost',
  'people.get',
  'people.save',
  'people.importParse',
  'people.importProgress',
  'people.importCancel',
  'people.importPreview',
  'people.importCommit',
  // groups.ts
  'groups.list',
  'groups.window',
  'groups.get',
  'groups.save',
  'groups.setCharter',
  'groups.transferOwnership',
  'groups.extendEndDate',
  'groups.archive',
  // membership.ts
  'charter.check',
  'members.add',
  'members.remove',
  // exceptions.ts
  'exceptions.list',
  'exceptions.request',
  'exceptions.decide',
  // rules.ts
  'rules.get',
  'rules.publish',
  'rules.acknowledge',
  // runbooks.ts
  'runbooks.list',
  'runbooks.get',
  'runbooks.page',
  'runbooks.plan',
  'runbooks.updatePlan',
  'runbooks.start',
  'runbooks.step',
  'runbooks.undo',
  'runbooks.pause',
  'runbooks.resume',
  'runbooks.cancel',
  'runbooks.exportReport',
  // insights.ts
  'dashboard.summary',
  'reports.scopeCreep',
  'reports.scopeCreepGroups',
  'search.all',
  // history.ts
  'events.list',
  'events.kinds',
  'doctor.run',
  // snapshots.ts
  'snapshot.export',
  'snapshot.inspect',
  'snapshot.upload',
  'snapshot.import',
  'snapshot.openInNewFolder',
  'snapshot.folders',
  'snapshot.openFolder',
  'snapshot.progress',
  'snapshot.cancel',
  // backups.ts
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.retention',
  'backups.setRetention',
  'registry.health',
  // incidents.ts
  'incidents.list',
  'incidents.get',
  'incidents.create',
  'incidents.update',
  'incidents.escalate',
  'incidents.decide',
  'incidents.addAction',
  'incidents.close',
  'incidents.dismiss',
  'incidents.reopen',
  'incidents.groupTimeline',
  'incidents.personTimeline',
  'incidents.dashboard',
  'incidents.report',
  'incidents.exportReport',
  'incidents.kinds',
  'incidents.addKind',
  'incidents.renameKind',
  'incidents.retireKind',
  // diff.ts
  'diff.chooseSnapshot',
  'diff.uploadSnapshot',
  'diff.run',
  'diff.progress',
  'diff.cancel',
  'diff.export',
  // exports.ts
  'exports.members',
  'exports.people',
  'exports.workbook',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** The IPC channel string for a contract entry; the only place the prefix is spelled. */
export function ipcChannel(name: ChannelName): string {
  return `group-ledger:${name}`;
}

/** Broadcast sent by main after every committed change. */
export const REGISTRY_CHANGED = 'group-ledger:registry-changed';
