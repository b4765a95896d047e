import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail, RunbookView } from '../../../../shared/contract';
import { formatDate, formatDateTime } from '../../i18n/format';
import { runbookName, runbookStateName } from '../operations';
import { IncidentStatusTag, kindName, SeverityTag } from './labels';
import { runbookLink } from './StepsList';
import type { Membership } from './useReportData';

/** One incident on paper: what happened, who was involved, who was told and decided, what was done. */
export function ReportIncident({
  incident,
  membership,
  runbooks = [],
}: {
  incident: IncidentDetail;
  membership?: Membership;
  runbooks?: RunbookView[];
}) {
  const { t } = useTranslation();
  const sep = t('membership.nameSeparator');
  return (
    <section className="gl-ir-incident" data-testid="report-incident">
      <div className="gl-ir-incident-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {kindName(t, incident)} · {formatDate(incident.occurredOn)}
        </Typography.Title>
        <span>
          <SeverityTag severity={incident.severity} />
          <IncidentStatusTag status={incident.status} />
        </span>
      </div>
      <table className="gl-ir-facts">
        <tbody>
          <tr>
            <th>{t('escalations.page.group')}</th>
            <td>{incident.groupName ?? t('escalations.noGroup')}</td>
            <th>{t('escalations.page.occurredOn')}</th>
            <td>{formatDate(incident.occurredOn)}</td>
            <th>{t('escalations.page.noticedOn')}</th>
            <td>{formatDate(incident.noticedOn)}</td>
          </tr>
          {(incident.documentRef || incident.closedOn) && (
            <tr>
              <th>{t('escalations.page.documentRef')}</th>
              <td>{incident.documentRef ?? '—'}</td>
              <th>{t('escalations.page.closedOn')}</th>
              <td colSpan={3}>{incident.closedOn ? formatDate(incident.closedOn) : '—'}</td>
            </tr>
          )}
        </tbody>
      </table>
      <h5>{t('escalations.report.what')}</h5>
      <p className="gl-ir-summary">{incident.summary}</p>
      {incident.dismissReason && (
        <p>
          {t('escalations.page.dismissReason')}
          {t('escalations.colon')}
          {incident.dismissReason}
        </p>
      )}
      <h5>{t('escalations.report.who')}</h5>
      <p data-testid="report-people">
        {incident.people.length === 0
          ? t('escalations.page.noPeople')
          : incident.people
              .map((p) => t('escalations.report.personRole', { name: p.name, role: t(`escalations.role.${p.role}`) }))
              .join(sep)}
      </p>
      <p className="gl-ir-membership" data-testid="report-membership">
        {membership ? (
          <>
            <strong>
              {t('escalations.report.membership', { date: formatDate(incident.occurredOn), count: membership.count })}
            </strong>
            {membership.names.length > 0 && <span> — {membership.names.join(sep)}</span>}
          </>
        ) : (
          t('escalations.report.membershipNone')
        )}
      </p>
      <h5>{t('escalations.report.told')}</h5>
      {incident.steps.length === 0 ? (
        <p>{t('escalations.page.noSteps')}</p>
      ) : (
        <table className="gl-ir-table" data-testid="report-steps">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('escalations.escalate.on')}</th>
              <th>{t('escalations.escalate.from')}</th>
              <th>{t('escalations.escalate.to')}</th>
              <th>{t('escalations.escalate.channel')}</th>
              <th>{t('escalations.escalate.request')}</th>
              <th>{t('escalations.decide.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {incident.steps.map((s) => (
              <tr key={s.id} data-testid="report-step">
                <td>{s.seq}</td>
                <td>{formatDate(s.escalatedOn)}</td>
                <td>{s.from.label}</td>
                <td>{s.to.label}</td>
                <td>{t(`escalations.channel.${s.channel}`)}</td>
                <td>{s.request}</td>
                <td>
                  {s.decidedOn ? (
                    <>
                      <strong>{s.decision}</strong>
                      <br />
                      {t('escalations.page.decidedBy', {
                        who: s.decidedBy?.label ?? '',
                        date: formatDate(s.decidedOn),
                      })}
                      {s.documentRef && (
                        <>
                          <br />
                          {t('escalations.page.document', { ref: s.documentRef })}
                        </>
                      )}
                    </>
                  ) : (
                    t('escalations.page.notDecided')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h5>{t('escalations.report.done')}</h5>
      {incident.actions.length === 0 ? (
        <p>{t('escalations.page.noActions')}</p>
      ) : (
        <table className="gl-ir-table" data-testid="report-actions">
          <tbody>
            {incident.actions.map((a) => (
              <tr key={a.id}>
                <td style={{ width: 110 }}>{formatDate(a.takenOn)}</td>
                <td style={{ width: 150 }}>{t(`escalations.action.${a.kind}`)}</td>
                <td>{[a.targetName, a.note, runbookLink(a) === null ? a.link : null].filter(Boolean).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h5>{t('escalations.report.runbooks')}</h5>
      {runbooks.length === 0 ? (
        <p>{t('escalations.report.noRunbooks')}</p>
      ) : (
        <table className="gl-ir-table" data-testid="report-runbooks">
          <thead>
            <tr>
              <th>{t('escalations.report.runbook')}</th>
              <th>{t('escalations.report.runbookState')}</th>
              <th>{t('escalations.report.runbookWhen')}</th>
              <th>{t('escalations.report.runbookBy')}</th>
              <th>{t('escalations.report.runbookOutcome')}</th>
            </tr>
          </thead>
          <tbody>
            {runbooks.map((r) => (
              <tr key={r.id} data-testid="report-runbook">
                <td>
                  <strong>{runbookName(t, r)}</strong>
                  <br />
                  {r.reason}
                  {r.cancelReason && (
                    <>
                      <br />
                      {t('escalations.report.runbookCancelled', { reason: r.cancelReason })}
                    </>
                  )}
                </td>
                <td style={{ whiteSpace: 'nowrap' }} data-testid="report-runbook-state">
                  {runbookStateName(t, r.state)}
                </td>
                <td>
                  {r.startedAt
                    ? [formatDateTime(r.startedAt), formatDateTime(r.endedAt)].filter(Boolean).join(' – ')
                    : t('escalations.report.runbookNotStarted')}
                </td>
                <td>{r.carriedOutBy ?? '—'}</td>
                <td data-testid="report-runbook-outcome">
                  {t('escalations.report.runbookSteps', {
                    done: r.steps.filter((s) => s.outcome === 'done').length,
                    skipped: r.report.skipped.length,
                    failed: r.report.failed.length,
                    total: r.progress.total,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
