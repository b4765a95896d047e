/**
 * The UI strings: the shared words (common.ts) and each feature's table (features/<name>/i18n.ts),
 * merged into i18next's `translation` namespace. Translation tables are leaves (they import
 * nothing but the Messages type), so assembling them here creates no dependency on the features'
 * code. A new feature with strings adds its table to TABLES.
 */
import { LOCALES } from '../../../shared/domain';
import { i18n } from './core';
import { mergeMessages, type Translations } from './messages';
import { messages as common } from './common';
import { messages as dashboard } from '../features/dashboard/i18n';
import { messages as groups } from '../features/groups/i18n';
import { messages as people } from '../features/people/i18n';
import { messages as organisation } from '../features/organisation/i18n';
import { messages as reports } from '../features/reports/i18n';
import { messages as escalations } from '../features/escalations/i18n';
import { messages as operations } from '../features/operations/i18n';
import { messages as snapshots } from '../features/snapshots/i18n';
import { messages as diff } from '../features/diff/i18n';
import { messages as audit } from '../features/audit/i18n';
import { messages as settings } from '../features/settings/i18n';
import { messages as search } from '../features/search/i18n';
import { messages as firstRun } from '../features/first-run/i18n';
import { messages as recovery } from '../features/recovery/i18n';

const TABLES: readonly Translations[] = [
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
];

for (const locale of LOCALES) {
  i18n.addResourceBundle(locale, 'translation', mergeMessages(TABLES.map((t) => t[locale])));
}

export { applyLocale, guessLocale, i18n, isLocale } from './core';
