/** Incidents and escalations (issue 10): the record of what went wrong in a group and how it was handled. */
import { z } from 'zod';
import { Id, IsoDate, type Role } from '../domain';
import {
  ActionKind,
  adminText,
  EscalationChannel,
  IncidentKind,
  IncidentStatus,
  type IncidentKindView,
  InvolvementRole,
  Party,
  Severity,
  SUMMARY_MAX,
  type IncidentKind as Kind,
  type IncidentStatus as Status,
  type InvolvementRole as Involvement,
  type Severity as Level,
} from '../incidents';
import { NoInput, ReportFormat, returns, type ChannelGroup, type ExportedFile } from './define';

export * from '../incidents';

/** A person or a position as the window shows it: the person's name, or the position itself. */
export interface PartyView {
  kind: 'person' | 'position';
  ref: string;
  label: string;
}

export interface IncidentRow {
  id: number;
  kind: Kind;
  /** The label of a kind the administrator added; null for a built-in kind (the UI names it). */
  kindLabel: string | null;
  severity: Level;
  status: Status;
  groupId: string | null;
  groupName: string | null;
  occurredOn: string;
  noticedOn: string;
  summary: string;
  documentRef: string | null;
  /** The day it was closed or dismissed, while it is. */
  closedOn: string | null;
  dismissReason: string | null;
  /** Escalation steps still waiting for a decision. */
  waitingSteps: number;
}

export interface IncidentPersonView {
  personId: string;
  name: string;
  role: Involvement;
}

export interface EscalationStepView {
  id: number;
  /** 1 for the first step of the incident, 2 for the next … */
  seq: number;
  from: PartyView;
  to: PartyView;
  escalatedOn: string;
  channel: z.infer<typeof EscalationChannel>;
  request: string;
  decidedBy: PartyView | null;
  decidedOn: string | null;
  decision: string | null;
  documentRef: string | null;
  /** Days since escalatedOn while the step waits for a decision; null once decided. */
  waitingDays: number | null;
}

export interface IncidentActionView {
  id: number;
  kind: z.infer<typeof ActionKind>;
  /** Membership id, rules version or runbook id, as text. */
  link: string | null;
  targetPersonId: string | null;
  targetName: string | null;
  note: string | null;
  takenOn: string;
}

/** One entry of an incident's own history: the recorded event, dated by the day it concerns. */
export interface IncidentHistoryEntry {
  seq: number;
  at: string;
  actor: string;
  kind: string;
  /** The day the change concerns (noticed, escalated, decided, taken, closed …). */
  on: string;
}

export interface IncidentDetail extends IncidentRow {
  people: IncidentPersonView[];
  steps: EscalationStepView[];
  actions: IncidentActionView[];
  timeline: IncidentHistoryEntry[];
}

export interface IncidentPage {
  rows: IncidentRow[];
  /** All incidents matching the filters (rows holds at most `limit` of them). */
  total: number;
}

/** A group's timeline: its incidents interleaved with joins, departures and rules versions. */
export type GroupTimelineEntry = { date: string } & (
  | {
      type: 'incident';
      incidentId: number;
      kind: Kind;
      kindLabel: string | null;
      severity: Level;
      status: Status;
      summary: string;
    }
  | { type: 'escalated'; incidentId: number; stepId: number; to: PartyView }
  | { type: 'decided'; incidentId: number; stepId: number; decidedBy: PartyView | null; decision: string }
  | { type: 'action'; incidentId: number; actionKind: z.infer<typeof ActionKind>; targetName: string | null }
  | { type: 'closed' | 'dismissed'; incidentId: number }
  | { type: 'joined'; personId: string; name: string; role: Role }
  | { type: 'left'; personId: string; name: string; reason: string | null }
  | { type: 'rules'; version: number }
);

export interface PersonTimelineEntry extends IncidentRow {
  /** The person's roles in the incident (poster, party …); empty when only named in a step or action. */
  roles: Involvement[];
  /** Whether an escalation step was put to or decided by this person. */
  inSteps: boolean;
  /** Actions of the incident aimed at this person. */
  actions: Array<{ kind: z.infer<typeof ActionKind>; takenOn: string }>;
}

export interface IncidentDashboard {
  /** Incidents neither closed nor dismissed, by status and by severity. */
  open: number;
  byStatus: Record<'open' | 'escalated' | 'decided', number>;
  openBySeverity: Record<Level, number>;
  /** Steps waiting for a decision longer than `waitingDays`, the longest first (at most 50). */
  waiting: Array<{
    incidentId: number;
    stepId: number;
    summary: string;
    to: PartyView;
    escalatedOn: string;
    days: number;
  }>;
  waitingTotal: number;
}

export interface IncidentReport {
  since: string | null;
  until: string | null;
  total: number;
  /** Every kind offered for new incidents, and any other kind with incidents in the period, in list order. */
  byKind: Array<{ kind: Kind; label: string | null; count: number }>;
  bySeverity: Record<Level, number>;
  byStatus: Record<Status, number>;
  /** Incidents with a decision, and the median days from notice to the last decision among them. */
  decided: number;
  medianDaysToDecision: number | null;
}

const DocumentRef = adminText(500);
const Reason = adminText(1000);
const IncidentId = z.number().int().positive();
const People = z.array(z.object({ personId: Id, role: InvolvementRole }).strict()).max(200);

const IncidentFields = {
  kind: IncidentKind,
  severity: Severity,
  groupId: Id.nullable(),
  occurredOn: IsoDate,
  /** Default: today. Not before occurredOn, not in the future. */
  noticedOn: IsoDate.optional(),
  summary: adminText(SUMMARY_MAX),
  documentRef: DocumentRef.nullable().optional(),
  people: People,
};

const Period = { since: IsoDate.optional(), until: IsoDate.optional() };

export const incidentsChannels = {
  'incidents.list': {
    input: z
      .object({
        kind: IncidentKind.optional(),
        severity: Severity.optional(),
        status: IncidentStatus.optional(),
        groupId: Id.optional(),
        /** Noticed on or after / on or before. */
        ...Period,
        /** Words of the summary (each must be found, in any order), typed like names: pinyin in full or by initials, unaccented Vietnamese. */
        query: z.string().max(200).optional(),
        limit: z.number().int().min(1).max(1000).optional(),
        offset: z.number().int().min(0).max(1_000_000).optional(),
      })
      .strict(),
    output: returns<IncidentPage>(),
  },
  'incidents.get': { input: z.object({ id: IncidentId }).strict(), output: returns<IncidentDetail>() },
  'incidents.create': { input: z.object(IncidentFields).strict(), output: returns<IncidentDetail>() },
  /** Corrects the record (kind, severity, group, dates, summary, people); not its status. */
  'incidents.update': {
    input: z.object({ id: IncidentId, ...IncidentFields, noticedOn: IsoDate }).strict(),
    output: returns<IncidentDetail>(),
  },
  'incidents.escalate': {
    input: z
      .object({
        id: IncidentId,
        from: Party,
        to: Party,
        escalatedOn: IsoDate.optional(),
        channel: EscalationChannel,
        request: adminText(1000),
      })
      .strict(),
    output: returns<IncidentDetail>(),
  },
  /** Records the decision of a waiting step (default: the oldest waiting one). */
  'incidents.decide': {
    input: z
      .object({
        id: IncidentId,
        stepId: IncidentId.optional(),
        decidedBy: Party,
        decidedOn: IsoDate.optional(),
        decision: adminText(1000),
        documentRef: DocumentRef.optional(),
      })
      .strict(),
    output: returns<IncidentDetail>(),
  },
  'incidents.addAction': {
    input: z
      .object({
        id: IncidentId,
        kind: ActionKind,
        link: adminText(200).optional(),
        targetPersonId: Id.optional(),
        note: adminText(1000).optional(),
        takenOn: IsoDate.optional(),
      })
      .strict(),
    output: returns<IncidentDetail>(),
  },
  'incidents.close': {
    input: z.object({ id: IncidentId, closedOn: IsoDate.optional(), note: adminText(1000).optional() }).strict(),
    output: returns<IncidentDetail>(),
  },
  'incidents.dismiss': {
    input: z.object({ id: IncidentId, reason: Reason, dismissedOn: IsoDate.optional() }).strict(),
    output: returns<IncidentDetail>(),
  },
  /** A closed or dismissed incident opened again (new facts), with the reason. */
  'incidents.reopen': {
    input: z.object({ id: IncidentId, reason: Reason, reopenedOn: IsoDate.optional() }).strict(),
    output: returns<IncidentDetail>(),
  },
  'incidents.groupTimeline': {
    input: z.object({ groupId: Id, ...Period }).strict(),
    output: returns<GroupTimelineEntry[]>(),
  },
  'incidents.personTimeline': {
    input: z.object({ personId: Id, ...Period }).strict(),
    output: returns<PersonTimelineEntry[]>(),
  },
  'incidents.dashboard': {
    input: z.object({ waitingDays: z.number().int().min(0).max(3650).optional() }).strict(),
    output: returns<IncidentDashboard>(),
  },
  'incidents.report': { input: z.object(Period).strict(), output: returns<IncidentReport>() },
  /** Every kind, built-in and the administrator's own, hidden and retired ones included, in list order. */
  'incidents.kinds': { input: NoInput, output: returns<IncidentKindView[]>() },
  /** Adds a kind with the administrator's label (checked for length and duplicates by the service). */
  'incidents.addKind': {
    input: z.object({ label: z.string().max(1000) }).strict(),
    output: returns<IncidentKindView[]>(),
  },
  /** Renames a kind the administrator added (built-in kinds keep their translated names). */
  'incidents.renameKind': {
    input: z.object({ id: IncidentKind, label: z.string().max(1000) }).strict(),
    output: returns<IncidentKindView[]>(),
  },
  /** Hides a built-in kind or retires an own one (not offered for new incidents), or offers it again. */
  'incidents.retireKind': {
    input: z.object({ id: IncidentKind, retired: z.boolean() }).strict(),
    output: returns<IncidentKindView[]>(),
  },
  /** One incident (id), or all of a group and/or a period, as a report written where the host asks. */
  'incidents.exportReport': {
    input: z.object({ id: IncidentId.optional(), groupId: Id.optional(), ...Period, format: ReportFormat }).strict(),
    output: returns<ExportedFile | null>(),
  },
} as const satisfies ChannelGroup;
