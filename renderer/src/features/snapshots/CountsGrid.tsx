import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SnapshotCounts } from '../../../../shared/contract';

const ORDER: Array<keyof SnapshotCounts> = [
  'units',
  'people',
  'groups',
  'memberships',
  'incidents',
  'runbooks',
  'tiers',
  'events',
];

/** What a snapshot holds, as eight small numbers (four a row). */
export function CountsGrid({ counts }: { counts: SnapshotCounts }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]} data-testid="snapshot-counts">
      {ORDER.map((key) => (
        <Col key={key} xs={12} sm={6} data-count={key}>
          <Statistic
            title={t(`snapshots.countLabels.${key}`)}
            value={counts[key]}
            styles={{ content: { fontSize: 20 } }}
          />
        </Col>
      ))}
    </Row>
  );
}
