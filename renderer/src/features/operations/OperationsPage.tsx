import { ToolOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { FutureFeature } from '../../ui/FutureFeature';

/** Safe removal and dissolution runbooks (capability C) arrive in a later issue; no placeholder data. */
export function OperationsPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="page-operations">
      <PageHeader title={t('operations.title')} description={t('operations.description')} />
      <FutureFeature
        testId="operations-future"
        icon={<ToolOutlined />}
        title={t('operations.emptyTitle')}
        body={t('operations.emptyBody')}
        points={[t('operations.points.plan'), t('operations.points.walk'), t('operations.points.resume')]}
        badge={t('operations.comingSoon')}
      />
    </div>
  );
}
