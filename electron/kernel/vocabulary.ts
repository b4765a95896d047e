/** Default names the registry writes as data (not UI strings): they belong to the organisation. */
import type { Locale } from '../../shared/domain';

const TIERS: Record<Locale, [string, string, string]> = {
  'zh-CN': ['领导班子', '中层干部', '一般干部职工'],
  vi: ['Lãnh đạo', 'Cán bộ quản lý', 'Cán bộ, nhân viên'],
  en: ['Leadership', 'Middle managers', 'Staff'],
};

export function defaultTierNames(locale: Locale): string[] {
  return TIERS[locale];
}
