/** Every UI string in Vietnamese: one chunk, read when the window first needs this language (i18n/core.ts). */
import { DOCTOR_TEXT } from '../../../../shared/i18n/doctor';
import { ERROR_MESSAGES } from '../../../../shared/i18n/errors';
import { IMPORT_TEXT } from '../../../../shared/i18n/import';
import type { LocaleTables } from '../messages';
import { messages as common } from '../common/vi';
import { messages as dashboard } from '../../features/dashboard/i18n/vi';
import { messages as groups } from '../../features/groups/i18n/vi';
import { messages as people } from '../../features/people/i18n/vi';
import { messages as organisation } from '../../features/organisation/i18n/vi';
import { messages as reports } from '../../features/reports/i18n/vi';
import { messages as escalations } from '../../features/escalations/i18n/vi';
import { messages as operations } from '../../features/operations/i18n/vi';
import { messages as snapshots } from '../../features/snapshots/i18n/vi';
import { messages as diff } from '../../features/diff/i18n/vi';
import { messages as audit } from '../../features/audit/i18n/vi';
import { messages as settings } from '../../features/settings/i18n/vi';
import { messages as search } from '../../features/search/i18n/vi';
import { messages as firstRun } from '../../features/first-run/i18n/vi';
import { messages as recovery } from '../../features/recovery/i18n/vi';

export const tables: LocaleTables = {
  translation: [
    common,
    dashboard,
    groups,
    people,
    organisation,
    reports,
    escalations,
    operations,
    snapshots,
    diff,
    audit,
    settings,
    search,
    firstRun,
    recovery,
  ],
  errors: ERROR_MESSAGES.vi,
  doctor: DOCTOR_TEXT.vi,
  import: IMPORT_TEXT.vi,
};
