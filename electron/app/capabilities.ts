/**
 * Every capability of the app, in one list. A new capability is added here (and its channels in
 * shared/contract/index.ts); the ledger takes its channel handlers from this list.
 */
import type { ChannelName } from '../../shared/contract';
import { diffCapability } from '../capabilities/diff';
import { backupsCapability } from '../capabilities/backups';
import { directoryCapability } from '../capabilities/directory';
import { documentsCapability } from '../capabilities/documents';
import { exceptionsCapability } from '../capabilities/exceptions';
import { exportsCapability } from '../capabilities/exports';
import { groupsCapability } from '../capabilities/groups';
import { historyCapability } from '../capabilities/history';
import { incidentsCapability } from '../capabilities/incidents';
import { insightsCapability } from '../capabilities/insights';
import { membershipCapability } from '../capabilities/membership';
import { organisationCapability } from '../capabilities/organisation';
import { rulesCapability } from '../capabilities/rules';
import { runbooksCapability } from '../capabilities/runbooks';
import { settingsCapability } from '../capabilities/settings';
import { snapshotsCapability } from '../capabilities/snapshots';

export const CAPABILITIES = [
  settingsCapability,
  organisationCapability,
  directoryCapability,
  groupsCapability,
  membershipCapability,
  exceptionsCapability,
  rulesCapability,
  incidentsCapability,
  runbooksCapability,
  insightsCapability,
  historyCapability,
  snapshotsCapability,
  documentsCapability,
  diffCapability,
  exportsCapability,
  backupsCapability,
] as const;

type Answered = (typeof CAPABILITIES)[number] extends infer K
  ? K extends { handlers(context: never): infer H }
    ? keyof H
    : never
  : never;
/** Compile-time: every channel of the contract is answered by some capability. */
export const EVERY_CHANNEL_ANSWERED: Record<ChannelName, true> = {} as Record<Answered & ChannelName, true>;
