import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { PlainTag } from '../../ui/plain';
import { HoverTooltip } from '../../ui/HoverTooltip';
import { useTestId } from '../../platform/rehearsal';

/**
 * "Expired" (red) or "Ending soon" (orange) beside an ad-hoc group's status, with its end date on
 * hover: drawn plain, its tooltip made when first pointed at (a table row has one).
 */
export function GroupLifeTag({
  expired,
  endingSoon,
  endDate,
}: {
  expired: boolean;
  endingSoon: boolean;
  endDate: string | null;
}) {
  const { t } = useTranslation();
  const testId = useTestId(expired ? 'expired-tag' : 'ending-tag');
  if (!endDate || (!expired && !endingSoon)) return null;
  const tip = t(expired ? 'lifecycle.expiredTip' : 'lifecycle.endingTip', { date: formatDate(endDate) });
  return (
    <HoverTooltip title={tip}>
      <PlainTag
        color={expired ? 'error' : 'warning'}
        style={{ marginInlineEnd: 0 }}
        data-testid={testId}
        aria-label={tip}
      >
        {t(expired ? 'lifecycle.expiredTag' : 'lifecycle.endingTag')}
      </PlainTag>
    </HoverTooltip>
  );
}
