import { useEffect } from 'react';
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { useStructure } from './structure';
import { useSession } from '../../platform/session';
import { TiersCard } from './TiersCard';
import { UnitsCard } from './UnitsCard';

/** The organisation's structure: units as a tree and tiers in order, both editable here. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const organisation = useSession((s) => s.organisation);
  const structure = useStructure((s) => s.data);
  const loading = useStructure((s) => s.loading);
  const error = useStructure((s) => s.error);

  useEffect(() => {
    void useStructure.getState().load({});
  }, []);

  return (
    <div data-testid="page-organisation">
      <PageHeader
        title={t('directory.org.title')}
        description={t('directory.org.description', { name: organisation?.name ?? '' })}
      />
      {error && <ErrorAlert error={error} onRetry={() => void useStructure.getState().refresh()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <UnitsCard units={structure?.units ?? null} loading={loading} />
        </Col>
        <Col xs={24} xl={9}>
          <TiersCard tiers={structure?.tiers ?? null} loading={loading} />
        </Col>
      </Row>
    </div>
  );
}
