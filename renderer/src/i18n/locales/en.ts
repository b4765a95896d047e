/** Every UI string in English: one chunk, read when the window first needs this language (i18n/core.ts). */
import { DOCTOR_TEXT } from '../../../../shared/i18n/doctor';
import { ERROR_MESSAGES } from '../../../../shared/i18n/errors';
import { IMPORT_TEXT } from '../../../../shared/i18n/import';
import type { LocaleTables } from '../messages';
import { messages as common } from '../common/en';
import { messages as dashboard } from '../../features/dashboard/i18n/en';
import { messages as groups } from '../../features/groups/i18n/en';
import { messages as people } from '../../features/people/i18n/en';
import { messages as organisation } from '../../features/organisation/i18n/en';
import { messages as reports } from '../../features/reports/i18n/en';
import { messages as escalations } from '../../features/escalations/i18n/en';
import { messages as operations } from '../../features/operations/i18n/en';
import { messages as snapshots } from '../../features/snapshots/i18n/en';
import { messages as diff } from '../../features/diff/i18n/en';
import { messages as audit } from '../../features/audit/i18n/en';
import { messages as settings } from '../../features/settings/i18n/en';
import { messages as search } from '../../features/search/i18n/en';
import { messages as firstRun } from '../../features/first-run/i18n/en';
import { messages as recovery } from '../../features/recovery/i18n/en';

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
  errors: ERROR_MESSAGES.en,
  doctor: DOCTOR_TEXT.en,
  import: IMPORT_TEXT.en,
};
