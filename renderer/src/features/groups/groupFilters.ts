/**
 * The groups list's filters, kept apart from the table's columns so the choices can be tested: the
 * status filter offers the four statuses and where an ad-hoc group stands in its life (expired,
 * ending within 14 days). The main process matches them on the flags it computes on its clock
 * (groups.window).
 */
import type { TFunction } from 'i18next';
import type { FilterValue } from 'antd/es/table/interface';
import { GROUP_STATUSES } from '../../../../shared/domain';

/** The filters of the groups table by column key (controlled, so a link can open the list filtered). */
export type GroupFilters = Record<string, FilterValue | null>;

/** Every status and the two life filters, whether or not a row has them today (a link may ask for one). */
export function statusFilterOptions(t: TFunction): Array<{ text: string; value: string }> {
  return [
    ...GROUP_STATUSES.map((s) => ({ text: t(`groupStatus.${s}`), value: s })),
    { text: t('lifecycle.filterExpired'), value: 'expired' },
    { text: t('lifecycle.filterEnding'), value: 'ending' },
  ];
}
