/** Every UI string in Chinese (zh-CN): one chunk, read when the window first needs this language (i18n/core.ts). */
import { DOCTOR_TEXT } from '../../../../shared/i18n/doctor';
import { ERROR_MESSAGES } from '../../../../shared/i18n/errors';
import { IMPORT_TEXT } from '../../../../shared/i18n/import';
import type { LocaleTables } from '../messages';
import { messages as common } from '../common/zh-CN';
import { messages as dashboard } from '../../features/dashboard/i18n/zh-CN';
import { messages as groups } from '../../features/groups/i18n/zh-CN';
import { messages as people } from '../../features/people/i18n/zh-CN';
import { messages as organisation } from '../../features/organisation/i18n/zh-CN';
import { messages as reports } from '../../features/reports/i18n/zh-CN';
import { messages as escalations } from '../../features/escalations/i18n/zh-CN';
import { messages as operations } from '../../features/operations/i18n/zh-CN';
import { messages as snapshots } from '../../features/snapshots/i18n/zh-CN';
import { messages as diff } from '../../features/diff/i18n/zh-CN';
import { messages as audit } from '../../features/audit/i18n/zh-CN';
import { messages as settings } from '../../features/settings/i18n/zh-CN';
import { messages as search } from '../../features/search/i18n/zh-CN';
import { messages as firstRun } from '../../features/first-run/i18n/zh-CN';
import { messages as recovery } from '../../features/recovery/i18n/zh-CN';

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
  errors: ERROR_MESSAGES['zh-CN'],
  doctor: DOCTOR_TEXT['zh-CN'],
  import: IMPORT_TEXT['zh-CN'],
};
