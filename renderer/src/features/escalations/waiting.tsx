/** How long an escalation has waited for a decision, and when that is too long (Settings). */
import { Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { WAIT_DAYS } from '../../../../shared/vocabulary';
import { useSettings } from '../../platform/settings';

const waitDaysOf = (s: ReturnType<typeof useSettings.getState>): number =>
  s.settings?.escalationWaitDays ?? WAIT_DAYS.default;

/** Days after which a waiting escalation is called out (Settings; a week unless changed). */
export function useWaitDays(): number {
  return useSettings(waitDaysOf);
}

/** The same days, outside a component (read once, as the dashboard opens). */
export function currentWaitDays(): number {
  return waitDaysOf(useSettings.getState());
}

/** "waiting 9 days", orange once longer than the days set in Settings. */
export function WaitingText({ days }: { days: number }) {
  const { t } = useTranslation();
  const limit = useWaitDays();
  return (
    <Typography.Text
      type={days > limit ? 'warning' : 'secondary'}
      style={{ whiteSpace: 'nowrap' }}
      data-testid="waiting"
    >
      <ClockCircleOutlined /> {t('escalations.waitingDays', { count: days })}
    </Typography.Text>
  );
}
