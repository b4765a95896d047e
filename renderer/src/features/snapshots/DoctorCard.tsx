import { Alert, Button, Card, Flex, List, Tag, Typography, theme } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, MedicineBoxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { doctorText } from '../../../../shared/i18n/doctor';
import { useLocale } from '../../platform/settings';
import { useSnapshots } from './store';

/** The registry check: each check with its result and detail. Read only. */
export function DoctorCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = theme.useToken();
  const busy = useSnapshots((s) => s.busy);
  const report = useSnapshots((s) => s.doctor);
  const error = useSnapshots((s) => s.doctorError);
  const runDoctor = useSnapshots((s) => s.runDoctor);
  return (
    <Card variant="borderless" title={t('snapshots.doctorTitle')} data-testid="doctor-card">
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Typography.Text type="secondary">{t('snapshots.doctorDescription')}</Typography.Text>
        <Button
          icon={<MedicineBoxOutlined />}
          loading={busy === 'doctor'}
          onClick={() => void runDoctor()}
          data-testid="run-doctor"
        >
          {t('snapshots.doctorButton')}
        </Button>
      </Flex>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginTop: 16 }} />}
      {report && (
        <>
          <Alert
            type={report.ok ? 'success' : 'error'}
            showIcon
            title={report.ok ? t('snapshots.doctorOk') : t('snapshots.doctorFailed')}
            style={{ margin: '16px 0 8px' }}
            data-testid="doctor-result"
          />
          <List
            dataSource={report.checks}
            renderItem={(check) => (
              <List.Item
                extra={
                  <Tag color={check.ok ? 'success' : 'error'}>
                    {check.ok ? t('snapshots.passed') : t('snapshots.failed')}
                  </Tag>
                }
              >
                <List.Item.Meta
                  avatar={
                    check.ok ? (
                      <CheckCircleFilled style={{ color: token.colorSuccess, fontSize: 18 }} />
                    ) : (
                      <CloseCircleFilled style={{ color: token.colorError, fontSize: 18 }} />
                    )
                  }
                  title={t(`snapshots.checks.${check.name}`)}
                  description={doctorText(locale, check.finding, check.params)}
                />
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
