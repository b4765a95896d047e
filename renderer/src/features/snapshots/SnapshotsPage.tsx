import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ExportCard } from './ExportCard';
import { OpenLedgerCard } from './OpenLedgerCard';
import { DoctorCard } from './DoctorCard';
import { BackupsCard } from './BackupsCard';

/** Export, open or restore a ledger, and the registry check. */
export function SnapshotsPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="page-snapshots">
      <PageHeader title={t('snapshots.title')} description={t('snapshots.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ExportCard />
        </Col>
        <Col xs={24} xl={12}>
          <OpenLedgerCard />
        </Col>
        <Col span={24}>
          <BackupsCard />
        </Col>
        <Col span={24}>
          <DoctorCard />
        </Col>
      </Row>
    </div>
  );
}
