import { useState, type ReactNode } from 'react';
import { Button, Card, Col, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type {
  DiffDeparture,
  DiffIncident,
  DiffMember,
  DiffPersonChange,
  DiffReport,
  DiffRunbook,
  GroupDiff,
} from '../../../../shared/contract';
import { groupChangeText, sideText, totalsText, type SheetWords } from '../../../../shared/diffText';
import { sheetText, type SheetKey } from '../../../../shared/i18n/ledgerSheets';
import { paperText, type PaperKey } from '../../../../shared/i18n/paper';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { useLocale } from '../../platform/settings';
import { usePrinting } from '../../ui/usePrinting';

/** Group sections shown at first on screen; paper shows every one. */
const STEP = 20;

const table = { size: 'small', pagination: false, tableLayout: 'fixed' } as const;

/** The diff on screen and on paper: the sides and totals, each changed group, people, casework. */
export function DiffResults({ report, organisation }: { report: DiffReport; organisation: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const go = useNav((s) => s.go);
  const printing = usePrinting();
  const [shown, setShown] = useState(STEP);
  const w: SheetWords = (key, params) => sheetText(locale, key, params);
  const p = (key: string) => paperText(locale, key as PaperKey);
  const person = (id: string, name: string) => (
    <Typography.Link onClick={() => go({ page: 'person', id })}>{name}</Typography.Link>
  );

  const memberColumns: ColumnsType<DiffMember> = [
    { title: w('col.name'), key: 'name', width: 160, render: (_, m) => person(m.personId, m.name) },
    { title: w('col.unit'), dataIndex: 'unit' },
    { title: w('col.role'), key: 'role', width: 90, render: (_, m) => p(`role.${m.role}`) },
    { title: w('col.date'), key: 'on', width: 130, render: (_, m) => formatDate(m.on) },
    {
      title: w('col.basis'),
      key: 'basis',
      width: 140,
      render: (_, m) => (m.basis ? w(`basis.${m.basis}` as SheetKey) : ''),
    },
  ];
  const leftColumns: ColumnsType<DiffDeparture> = [
    ...(memberColumns.slice(0, 4) as ColumnsType<DiffDeparture>),
    { title: w('col.reason'), dataIndex: 'reason' },
  ];
  const changedRows = report.people.changed.flatMap((c: DiffPersonChange) =>
    c.fields.map((f) => ({ key: `${c.personId}-${f.field}`, personId: c.personId, name: c.name, ...f })),
  );
  const incidentColumns: ColumnsType<DiffIncident> = [
    { title: w('col.date'), key: 'on', width: 130, render: (_, i) => formatDate(i.on) },
    { title: w('col.kind'), key: 'kind', width: 140, render: (_, i) => i.kindLabel ?? p(`ikind.${i.kind}`) },
    { title: w('col.group'), dataIndex: 'group', width: 180 },
    {
      title: w('col.summary'),
      key: 'summary',
      render: (_, i) => (
        <Typography.Link onClick={() => go({ page: 'incident', id: i.id })}>{i.summary}</Typography.Link>
      ),
    },
  ];
  const runbookColumns: ColumnsType<DiffRunbook> = [
    { title: w('col.date'), key: 'on', width: 130, render: (_, r) => formatDate(r.on) },
    { title: w('col.kind'), key: 'kind', width: 120, render: (_, r) => p(`kind.${r.kind}`) },
    {
      title: w('col.subject'),
      key: 'subject',
      render: (_, r) => (
        <Typography.Link onClick={() => go({ page: 'runbook', id: r.id })}>{r.subject}</Typography.Link>
      ),
    },
    { title: w('col.state'), key: 'state', width: 110, render: (_, r) => p(`state.${r.state}`) },
  ];

  const section = (title: string, count: number, body: ReactNode, testId: string) =>
    count > 0 && (
      <div style={{ marginTop: 12 }} data-testid={testId}>
        <Typography.Text strong>
          {title} · {count}
        </Typography.Text>
        <div style={{ marginTop: 6 }}>{body}</div>
      </div>
    );

  const groups = printing ? report.groups : report.groups.slice(0, shown);
  const nothing =
    report.groups.length === 0 &&
    report.people.added.length + report.people.changed.length + report.people.left.length === 0 &&
    report.incidents.opened.length + report.incidents.closed.length === 0 &&
    report.runbooks.opened.length + report.runbooks.closed.length === 0;

  return (
    <div data-testid="diff-result">
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="diff-title">
          {w('diff.title', { from: sideText(w, report.from), to: sideText(w, report.to) })}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 12px', fontSize: 12 }}>
          {t('diff.generated', { org: organisation, date: formatDate(new Date().toISOString().slice(0, 10)) })}
          {report.filter.group && ` · ${w('diff.filterGroup')}: ${report.filter.group}`}
          {report.filter.unit && ` · ${w('diff.filterUnit')}: ${report.filter.unit}`}
        </Typography.Paragraph>
        <Row gutter={[16, 8]}>
          <Col xs={8} md={4}>
            <Statistic title={t('diff.joined')} value={report.totals.joined} data-testid="diff-total-joined" />
          </Col>
          <Col xs={8} md={4}>
            <Statistic title={t('diff.left')} value={report.totals.left} data-testid="diff-total-left" />
          </Col>
          <Col xs={8} md={4}>
            <Statistic title={t('diff.roles')} value={report.totals.roles} />
          </Col>
          <Col xs={8} md={4}>
            <Statistic title={t('diff.exceptions')} value={report.totals.exceptions} />
          </Col>
          <Col xs={8} md={4}>
            <Statistic title={w('diff.peopleAdded')} value={report.people.added.length} />
          </Col>
          <Col xs={8} md={4}>
            <Statistic title={w('diff.peopleLeft')} value={report.people.left.length} />
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          {totalsText(w, report)}
        </Typography.Paragraph>
        {nothing && (
          <Typography.Paragraph style={{ margin: '12px 0 0' }} data-testid="diff-nothing">
            {t('diff.nothing')}
          </Typography.Paragraph>
        )}
      </Card>

      {report.groups.length > 0 && (
        <Typography.Title level={5} style={{ margin: '8px 0 12px' }}>
          {t('diff.groupsChanged')} · {report.groups.length}
        </Typography.Title>
      )}
      {groups.map((g: GroupDiff) => {
        const change = groupChangeText(w, g);
        return (
          <Card
            key={g.groupId}
            size="small"
            className="gl-diff-group"
            style={{ marginBottom: 12 }}
            data-testid="diff-group"
            data-group={g.name}
            title={
              <Flex gap={8} align="center" wrap>
                <Typography.Link onClick={() => go({ page: 'group', id: g.groupId })}>{g.name}</Typography.Link>
                {g.joined.length > 0 && <Tag color="green">{`+${g.joined.length}`}</Tag>}
                {g.left.length > 0 && <Tag color="red">{`−${g.left.length}`}</Tag>}
              </Flex>
            }
          >
            {change && <Typography.Paragraph style={{ margin: 0 }}>{change}</Typography.Paragraph>}
            {section(
              t('diff.left'),
              g.left.length,
              <Table<DiffDeparture> {...table} rowKey="personId" columns={leftColumns} dataSource={g.left} />,
              'diff-left',
            )}
            {section(
              t('diff.joined'),
              g.joined.length,
              <Table<DiffMember> {...table} rowKey="personId" columns={memberColumns} dataSource={g.joined} />,
              'diff-joined',
            )}
            {section(
              t('diff.roles'),
              g.roles.length,
              <Typography.Paragraph style={{ margin: 0 }}>
                {g.roles.map((r, i) => (
                  <span key={r.personId}>
                    {i > 0 && w('diff.list')}
                    {person(r.personId, r.name)} {t('diff.arrow', { from: p(`role.${r.from}`), to: p(`role.${r.to}`) })}
                  </span>
                ))}
              </Typography.Paragraph>,
              'diff-roles',
            )}
            {section(
              t('diff.exceptions'),
              g.exceptions.length,
              <Typography.Paragraph style={{ margin: 0 }}>
                {g.exceptions.map((x, i) => (
                  <span key={`${x.personId}-${i}`}>
                    {i > 0 && w('diff.list')}
                    {person(x.personId, x.name)} {w(`xstatus.${x.status}` as SheetKey)} {formatDate(x.decidedOn)}
                  </span>
                ))}
              </Typography.Paragraph>,
              'diff-exceptions',
            )}
          </Card>
        );
      })}
      {!printing && report.groups.length > shown && (
        <Flex justify="center" align="center" gap={12} style={{ margin: '8px 0 16px' }} className="gl-no-print">
          <Typography.Text type="secondary">
            {t('diff.shownOf', { shown, total: report.groups.length })}
          </Typography.Text>
          <Button onClick={() => setShown(report.groups.length)}>
            {t('diff.showAll', { count: report.groups.length })}
          </Button>
        </Flex>
      )}

      {report.people.added.length + report.people.changed.length + report.people.left.length > 0 && (
        <Card
          size="small"
          title={t('diff.people')}
          style={{ marginBottom: 12 }}
          data-testid="diff-people"
          className="gl-diff-group"
        >
          {section(
            w('diff.peopleAdded'),
            report.people.added.length,
            <Table
              {...table}
              rowKey="personId"
              dataSource={report.people.added}
              columns={[
                { title: w('col.name'), key: 'name', width: 160, render: (_, x) => person(x.personId, x.name) },
                { title: w('col.unit'), dataIndex: 'unit' },
                { title: w('col.position'), dataIndex: 'position' },
              ]}
            />,
            'diff-people-added',
          )}
          {section(
            w('diff.peopleChanged'),
            report.people.changed.length,
            <Table
              {...table}
              rowKey="key"
              dataSource={changedRows}
              columns={[
                { title: w('col.name'), key: 'name', width: 160, render: (_, x) => person(x.personId, x.name) },
                {
                  title: w('col.field'),
                  key: 'field',
                  width: 120,
                  render: (_, x) => w(`field.${x.field}` as SheetKey),
                },
                { title: w('col.before'), dataIndex: 'from' },
                { title: w('col.after'), dataIndex: 'to' },
              ]}
            />,
            'diff-people-changed',
          )}
          {section(
            w('diff.peopleLeft'),
            report.people.left.length,
            <Table
              {...table}
              rowKey="personId"
              dataSource={report.people.left}
              columns={[
                { title: w('col.name'), key: 'name', width: 160, render: (_, x) => person(x.personId, x.name) },
                { title: w('col.unit'), dataIndex: 'unit' },
                { title: w('col.position'), dataIndex: 'position' },
                { title: w('col.leftOn'), key: 'leftOn', width: 120, render: (_, x) => formatDate(x.leftOn) },
              ]}
            />,
            'diff-people-left',
          )}
        </Card>
      )}

      {report.incidents.opened.length +
        report.incidents.closed.length +
        report.runbooks.opened.length +
        report.runbooks.closed.length >
        0 && (
        <Card
          size="small"
          title={t('diff.casework')}
          style={{ marginBottom: 12 }}
          data-testid="diff-casework"
          className="gl-diff-group"
        >
          {section(
            w('diff.incidentsOpened'),
            report.incidents.opened.length,
            <Table<DiffIncident>
              {...table}
              rowKey="id"
              columns={incidentColumns}
              dataSource={report.incidents.opened}
            />,
            'diff-incidents-opened',
          )}
          {section(
            w('diff.incidentsClosed'),
            report.incidents.closed.length,
            <Table<DiffIncident>
              {...table}
              rowKey="id"
              columns={incidentColumns}
              dataSource={report.incidents.closed}
            />,
            'diff-incidents-closed',
          )}
          {section(
            w('diff.runbooksOpened'),
            report.runbooks.opened.length,
            <Table<DiffRunbook> {...table} rowKey="id" columns={runbookColumns} dataSource={report.runbooks.opened} />,
            'diff-runbooks-opened',
          )}
          {section(
            w('diff.runbooksClosed'),
            report.runbooks.closed.length,
            <Table<DiffRunbook> {...table} rowKey="id" columns={runbookColumns} dataSource={report.runbooks.closed} />,
            'diff-runbooks-closed',
          )}
        </Card>
      )}
    </div>
  );
}
