import { AlertOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { FutureFeature } from '../../ui/FutureFeature';

/** Incident records and escalation steps (capability D) arrive in a later issue; no placeholder data. */
export function EscalationsPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="page-escalations">
      <PageHeader title={t('escalations.title')} description={t('escalations.description')} />
      <FutureFeature
        testId="escalations-future"
        icon={<AlertOutlined />}
        title={t('escalations.emptyTitle')}
        body={t('escalations.emptyBody')}
        points={[t('escalations.points.incidents'), t('escalations.points.steps'), t('escalations.points.report')]}
        badge={t('escalations.comingSoon')}
      />
    </div>
  );
}
