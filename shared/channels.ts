/**
 * The names of every channel, without their schemas, so the preload and the harness client can
 * derive their APIs without bundling zod. shared/contract.ts must define exactly these.
 */
export const CHANNEL_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'org.get',
  'org.create',
  'org.loadDemo',
  'dashboard.summary',
  'units.list',
  'units.save',
  'units.delete',
  'tiers.list',
  'tiers.save',
  'tiers.reorder',
  'tiers.delete',
  'people.list',
  'people.get',
  'people.save',
  'people.importParse',
  'people.importPreview',
  'people.importCommit',
  'groups.list',
  'groups.get',
  'groups.save',
  'groups.setCharter',
  'groups.transferOwnership',
  'charter.check',
  'members.add',
  'members.remove',
  'exceptions.list',
  'exceptions.request',
  'exceptions.decide',
  'rules.get',
  'rules.publish',
  'rules.acknowledge',
  'reports.scopeCreep',
  'search.all',
  'events.list',
  'events.kinds',
  'snapshot.export',
  'snapshot.inspect',
  'snapshot.import',
  'doctor.run',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** The IPC channel string for a contract entry; the only place the prefix is spelled. */
export function ipcChannel(name: ChannelName): string {
  return `group-ledger:${name}`;
}

/** Broadcast sent by main after every committed change. */
export const REGISTRY_CHANGED = 'group-ledger:registry-changed';
