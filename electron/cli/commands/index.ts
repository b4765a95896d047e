/**
 * Every command of the command line, each declared in its capability's file. A capability adds
 * its commands here (and their help texts in messages.ts).
 */
import type { CliCommand } from '../command';
import { BACKUP_COMMANDS } from './backups';
import { importPeopleCliCommand } from './directory';
import { diffCommand, exportPeopleCommand, exportWorkbookCommand } from './exports';
import { membersCliCommand } from './groups';
import { doctorCommand } from './history';
import { reportCommand, searchCliCommand } from './insights';
import { INCIDENT_COMMANDS } from './incidents';
import { initCommand } from './organisation';
import { RUNBOOK_COMMANDS } from './runbooks';
import { exportSnapshotCommand, importSnapshotCommand, verifyCommand } from './snapshots';

export const CLI_COMMANDS: readonly CliCommand[] = [
  initCommand,
  doctorCommand,
  exportSnapshotCommand,
  exportWorkbookCommand,
  exportPeopleCommand,
  diffCommand,
  importSnapshotCommand,
  importPeopleCliCommand,
  verifyCommand,
  membersCliCommand,
  reportCommand,
  searchCliCommand,
  ...RUNBOOK_COMMANDS,
  ...INCIDENT_COMMANDS,
  ...BACKUP_COMMANDS,
];
