/**
 * Incidents in work chat groups (issue 10): what happened, who was involved, to whom the
 * administrator escalated it, what was decided and done. The vocabulary lives here so that the
 * contract, the event catalogue and the services share one spelling.
 *
 * The summary is the administrator's own account, never the messages themselves: it is bounded
 * and refuses control characters (other than line breaks and tabs) and direction controls (shared/text).
 */
import { z } from 'zod';
import { freeText, nameText, textProblem } from './text';
import { Id } from './domain';

export const INCIDENT_KINDS = [
  'quarrel',
  'confidential_leak',
  'off_topic_or_flooding',
  'scope_creep',
  'rule_breach',
  'other',
] as const;
export const IncidentKind = z.enum(INCIDENT_KINDS);
export type IncidentKind = z.infer<typeof IncidentKind>;

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** open → escalated → decided → closed, or dismissed (with a reason); closed and dismissed are final until reopened. */
export const INCIDENT_STATUSES = ['open', 'escalated', 'decided', 'closed', 'dismissed'] as const;
export const IncidentStatus = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

export const INVOLVEMENT_ROLES = ['poster', 'party', 'witness', 'reporter'] as const;
export const InvolvementRole = z.enum(INVOLVEMENT_ROLES);
export type InvolvementRole = z.infer<typeof InvolvementRole>;

/** How a matter was put to someone. */
export const ESCALATION_CHANNELS = ['in_person', 'phone', 'written', 'chat'] as const;
export const EscalationChannel = z.enum(ESCALATION_CHANNELS);
export type EscalationChannel = z.infer<typeof EscalationChannel>;

export const ACTION_KINDS = [
  'warning',
  'member_removed',
  'rules_changed',
  'runbook',
  'charter_changed',
  'other',
] as const;
export const ActionKind = z.enum(ACTION_KINDS);
export type ActionKind = z.infer<typeof ActionKind>;

export const SUMMARY_MAX = 2000;

/** True when the text holds no control character (line breaks and tabs allowed) and no direction control (shared/text). */
export function isPlainText(text: string): boolean {
  return textProblem(text, true) === null;
}

/** Text the administrator types: invisible characters removed, trimmed, 1..max characters, plain (shared/text). */
export function adminText(max: number) {
  return freeText(max, 1);
}

/** A person of the registry, or a position held by whoever holds it ("办公室主任"). */
export const Party = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), ref: Id }).strict(),
  z.object({ kind: z.literal('position'), ref: nameText(200) }).strict(),
]);
export type Party = z.infer<typeof Party>;
