import { useState, type ReactNode } from 'react';
import { Button, Col, Flex, Row } from 'antd';
import {
  ClockCircleOutlined,
  DeleteOutlined,
  HourglassOutlined,
  ScissorOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type {
  AdhocGroupLine,
  DashboardList,
  DashboardSummary,
  LapsedExceptionGroup,
  OpenRunbookRef,
} from '../../../../shared/contract';
import { ENDING_SOON_DAYS } from '../../../../shared/vocabulary';
import { AllClear } from '../../ui/AllClear';
import { LinkRow } from '../../ui/LinkRow';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { goWith } from '../../platform/intent';
import { PlanDialogOnDemand, type PlanTarget } from '../operations';
import { Panel } from './Panel';
import { PlainTag, PlainText } from '../../ui/plain';
import { Clamp } from '../../ui/Clamp';
import { useFirstRows } from '../../ui/useFirstRows';

/** Keeps a click or key on a line's button from also opening the line. */
const own = {
  onKeyDown: (e: React.KeyboardEvent) => e.stopPropagation(),
};

/** The runbook already holding a group: "Dissolution in progress", opening it. */
function HeldLink({ runbook }: { runbook: OpenRunbookRef }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  return (
    <Button
      size="small"
      type="link"
      icon={<ToolOutlined />}
      style={{ paddingInline: 0 }}
      data-testid="open-dissolution"
      onClick={(e) => {
        e.stopPropagation();
        go({ page: 'runbook', id: runbook.id });
      }}
      {...own}
    >
      {runbook.kind === 'dissolve'
        ? t(`dashboard.lifecycle.held.${runbook.state}`)
        : t('dashboard.lifecycle.held.other')}
    </Button>
  );
}

/** One ad-hoc group: name, end date, members, and its one action (plan its dissolution) or its runbook. */
function AdhocLine({
  line,
  expired,
  onPlan,
}: {
  line: AdhocGroupLine;
  expired: boolean;
  onPlan: (line: AdhocGroupLine, expired: boolean) => void;
}) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const rest = line.status === 'dissolving';
  return (
    <LinkRow onOpen={() => go({ page: 'group', id: line.id })} testId={expired ? 'expired-group' : 'ending-group'}>
      <Flex align="center" gap={8} wrap={false}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Clamp text={line.name} lines={1} strong testId="adhoc-name" />
          <Flex gap={6} align="center" wrap style={{ marginTop: 2 }}>
            <PlainTag color={expired ? 'error' : 'warning'} style={{ marginInlineEnd: 0 }}>
              {t(expired ? 'dashboard.expired' : 'dashboard.endsOn', { date: formatDate(line.endDate) })}
            </PlainTag>
            <PlainText type="secondary" style={{ fontSize: 12 }}>
              {t('dashboard.members', { count: line.members })}
              {rest && ` · ${t('dashboard.lifecycle.dissolving')}`}
            </PlainText>
          </Flex>
        </div>
        {line.openRunbook ? (
          <HeldLink runbook={line.openRunbook} />
        ) : (
          <Button
            size="small"
            danger={expired}
            icon={<DeleteOutlined />}
            data-testid="plan-dissolution"
            onClick={(e) => {
              e.stopPropagation();
              onPlan(line, expired);
            }}
            {...own}
          >
            {t(rest ? 'dashboard.lifecycle.planRest' : 'dashboard.lifecycle.planDissolution')}
          </Button>
        )}
      </Flex>
    </LinkRow>
  );
}

/** A section of the ad-hoc panel with its lines and, past the cap, a link to the filtered groups list. */
function AdhocSection(props: {
  title: string;
  list: DashboardList<AdhocGroupLine>;
  expired: boolean;
  onPlan: (line: AdhocGroupLine, expired: boolean) => void;
}) {
  const { t } = useTranslation();
  const hidden = props.list.total - props.list.rows.length;
  const rows = useFirstRows(props.list.rows);
  return (
    <section data-testid={props.expired ? 'expired-groups' : 'ending-groups'} data-total={props.list.total}>
      <Flex align="center" gap={8} style={{ margin: '4px 0 2px' }}>
        <PlainText type="secondary" strong style={{ fontSize: 12 }}>
          {props.title}
        </PlainText>
        <PlainTag
          style={{ marginInlineEnd: 0 }}
          color={props.list.total > 0 ? (props.expired ? 'red' : 'orange') : 'default'}
        >
          {props.list.total}
        </PlainTag>
      </Flex>
      {props.list.rows.length === 0 ? (
        <PlainText type="secondary" style={{ fontSize: 12, display: 'block', padding: '4px 0 8px' }}>
          {t('dashboard.lifecycle.sectionNone')}
        </PlainText>
      ) : (
        rows.map((line) => <AdhocLine key={line.id} line={line} expired={props.expired} onPlan={props.onPlan} />)
      )}
      {hidden > 0 && (
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0 }}
          data-testid="adhoc-more"
          onClick={() =>
            goWith({ page: 'groups' }, { kind: 'groups.life', filter: props.expired ? 'expired' : 'ending' })
          }
        >
          {t('dashboard.lifecycle.more', { count: hidden })}
        </Button>
      )}
    </section>
  );
}

/** One group's members whose approved exception is past its review date, and one prune for them. */
function LapsedGroup({
  entry,
  onPlan,
}: {
  entry: LapsedExceptionGroup;
  onPlan: (entry: LapsedExceptionGroup) => void;
}) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  return (
    <LinkRow onOpen={() => go({ page: 'group', id: entry.groupId, tab: 'exceptions' })} testId="lapsed-group">
      <Flex align="center" gap={8} wrap={false}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Clamp text={entry.groupName} lines={1} strong />
          {entry.people.map((p) => (
            <PlainText key={p.exceptionId} type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {p.name} · {t('dashboard.lifecycle.reviewWasDue', { date: formatDate(p.reviewOn) })}
            </PlainText>
          ))}
        </div>
        {entry.openRunbook ? (
          <HeldLink runbook={entry.openRunbook} />
        ) : (
          <Button
            size="small"
            icon={<ScissorOutlined />}
            data-testid="plan-prune-lapsed"
            onClick={(e) => {
              e.stopPropagation();
              onPlan(entry);
            }}
            {...own}
          >
            {t('dashboard.lifecycle.planPrune')}
          </Button>
        )}
      </Flex>
    </LinkRow>
  );
}

/**
 * What has come to its end (seed 002): ad-hoc groups past their end date and those ending within
 * ENDING_SOON_DAYS, each with one click to plan its dissolution; approved exceptions past their
 * review date, one prune per group. The plan dialog is the operations feature's own; a group a
 * runbook already holds links to that runbook instead.
 */
export function LifecyclePanels({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<PlanTarget | null>(null);
  const { expiredGroups: expired, endingGroups: ending, lapsedExceptions: lapsed } = summary;
  const lapsedPeople = lapsed.reduce((n, g) => n + g.people.length, 0);
  const lapsedRows = useFirstRows(lapsed);

  const planDissolution = (line: AdhocGroupLine, ended: boolean) => {
    const date = formatDate(line.endDate);
    setTarget({
      kind: 'dissolve',
      groupId: line.id,
      groupName: line.name,
      memberCount: line.members,
      rest: line.status === 'dissolving',
      reason: t(ended ? 'dashboard.lifecycle.reasonEnded' : 'dashboard.lifecycle.reasonEnds', { date }),
    });
  };
  const planPrune = (entry: LapsedExceptionGroup) => {
    const earliest = entry.people.map((p) => p.reviewOn).sort()[0]!;
    setTarget({
      kind: 'prune',
      groupId: entry.groupId,
      groupName: entry.groupName,
      outsiders: entry.people,
      lapsed: true,
      reason: t('dashboard.lifecycle.reasonLapsed', { date: formatDate(earliest) }),
    });
  };

  let adhoc: ReactNode;
  if (expired.total === 0 && ending.total === 0) {
    adhoc = <AllClear text={t('dashboard.lifecycle.none', { days: ENDING_SOON_DAYS })} />;
  } else {
    adhoc = (
      <>
        <AdhocSection title={t('dashboard.lifecycle.expired')} list={expired} expired onPlan={planDissolution} />
        <AdhocSection
          title={t('dashboard.lifecycle.ending', { days: ENDING_SOON_DAYS })}
          list={ending}
          expired={false}
          onPlan={planDissolution}
        />
      </>
    );
  }

  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={14}>
          <Panel
            testId="adhoc-groups"
            anchor="dashboard-adhoc"
            title={t('dashboard.lifecycle.adhocTitle')}
            icon={<HourglassOutlined style={{ color: '#fa541c' }} />}
            count={expired.total + ending.total}
            maxHeight={360}
          >
            {adhoc}
          </Panel>
        </Col>
        <Col xs={24} xl={10}>
          <Panel
            testId="lapsed-exceptions"
            title={t('dashboard.lifecycle.lapsedTitle')}
            icon={<ClockCircleOutlined style={{ color: '#1677ff' }} />}
            count={lapsedPeople}
            maxHeight={360}
          >
            {lapsed.length === 0 ? (
              <AllClear text={t('dashboard.lifecycle.lapsedNone')} />
            ) : (
              lapsedRows.map((entry) => <LapsedGroup key={entry.groupId} entry={entry} onPlan={planPrune} />)
            )}
          </Panel>
        </Col>
      </Row>
      <PlanDialogOnDemand target={target} onClose={() => setTarget(null)} />
    </>
  );
}
