/** Tier warnings in plain words: which ranks meet in the group and why that matters. */
import type { TFunction } from 'i18next';
import type { Tier, TierWarning } from '../../../../shared/contract';

/** A rank's tier name ("中层干部"), or "tier 3" when no tier holds that rank any more. */
export function rankName(t: TFunction, tiers: readonly Tier[], rank: number): string {
  return tiers.find((tier) => tier.rank === rank)?.name ?? t('insights.tiers.rank', { rank });
}

export function tierWarningText(t: TFunction, warning: TierWarning, tiers: readonly Tier[]): string {
  const params = {
    count: warning.people,
    high: rankName(t, tiers, warning.highestRank),
    low: rankName(t, tiers, warning.lowestRank),
  };
  return warning.kind === 'skip_level'
    ? t('insights.tiers.skipLevelText', params)
    : t('insights.tiers.tierMixingText', params);
}
