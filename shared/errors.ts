/**
 * Typed errors that cross the process boundary as `{ code, message, params }` — never a stack.
 * The code is stable (tests and scripts match on it); the message is translated.
 */
import { HISTORY_ERROR_CODES } from './i18n/historyErrors';
import { INCIDENT_ERROR_CODES } from './i18n/incidentErrors';
import { SNAPSHOT_ERROR_CODES } from './i18n/snapshotErrors';

export const ERROR_CODES = [
  'invalid_input',
  'bad_argument',
  'forbidden_sender',
  'unknown_channel',
  'not_found',
  'no_organisation',
  'no_registry',
  'organisation_exists',
  'registry_not_empty',
  'membership_exists',
  'not_a_member',
  'owner_cannot_be_removed',
  'person_left',
  'group_closed',
  'outside_charter',
  'not_allowed_to_add',
  'no_approver',
  'exception_pending',
  'exception_decided',
  'not_the_approver',
  'already_owner',
  'within_charter',
  'owner_via_transfer',
  'date_too_early',
  'date_in_future',
  'owner_required',
  'in_use',
  'unit_cycle',
  'duplicate_person',
  'duplicate_contact',
  'left_on_required',
  'rules_version_unknown',
  'import_expired',
  'import_unreadable',
  'import_too_large',
  'import_cancelled',
  'import_limit',
  'import_empty',
  'import_no_name_column',
  'import_has_errors',
  'import_same_name_unconfirmed',
  'snapshot_unreadable',
  'snapshot_truncated',
  'snapshot_not_json',
  'snapshot_checksum',
  'snapshot_version',
  'snapshot_schema',
  'snapshot_cancelled',
  'snapshot_too_large',
  'registry_changed',
  'backup_failed',
  'backup_unknown',
  'registry_damaged',
  'registry_locked',
  'disk_full',
  'internal_logged',
  'registry_newer',
  'migration_failed',
  'snapshot_event',
  'snapshot_future_date',
  ...INCIDENT_ERROR_CODES,
  ...SNAPSHOT_ERROR_CODES,
  ...HISTORY_ERROR_CODES,
  'runbook_group_busy',
  'runbook_not_draft',
  'runbook_not_running',
  'runbook_not_paused',
  'runbook_ended',
  'runbook_owner_last',
  'runbook_step_drift',
  'runbook_step_recorded',
  'runbook_unknown_step',
  'runbook_nothing_to_undo',
  'runbook_no_steps',
  'runbook_successor_needed',
  'runbook_successor_invalid',
  'runbook_no_snapshot',
  'runbook_not_planned',
  'runbook_skip_reason',
  'group_not_adhoc',
  'end_date_not_later',
  'end_date_past',
  'group_has_members',
  'group_archived',
  'font_missing',
  'io_error',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

export interface SerializedError {
  code: ErrorCode;
  message: string;
  params?: ErrorParams;
}

export class LedgerError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  constructor(code: ErrorCode, params: ErrorParams = {}, message?: string) {
    super(message ?? code);
    this.name = 'LedgerError';
    this.code = code;
    this.params = params;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
