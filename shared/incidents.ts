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
import { INCIDENT_STATUSES, INVOLVEMENT_ROLES, SEVERITIES } from './vocabulary';

/**
 * The built-in kinds: always in the registry and named in the UI language. The administrator may
 * hide one (it is then not offered for new incidents) but never delete it, and may add kinds of
 * their own (`custom-1`, `custom-2` … with a label in their own words), which are retired rather
 * than deleted, so that every incident keeps a readable kind.
 */
export const INCIDENT_KINDS = [
  'quarrel',
  'confidential_leak',
  'off_topic_or_flooding',
  'scope_creep',
  'rule_breach',
  'other',
] as const;
export type BuiltinKind = (typeof INCIDENT_KINDS)[number];
/** A kind's id: a built-in kind's name, or `custom-N` for a kind the administrator added. */
export const IncidentKind = z.string().regex(/^(?:[a-z][a-z_]{0,39}|custom-[1-9][0-9]{0,8})$/);
export type IncidentKind = string;

export function isBuiltinKind(id: string): id is BuiltinKind {
  return (INCIDENT_KINDS as readonly string[]).includes(id);
}

/** Longest label of a kind the administrator adds (it is shown in tags, filters and report tables). */
export const KIND_LABEL_MAX = 40;

/** The form in which two labels are compared for duplicates: case, Unicode form and runs of white space ignored. */
export function kindLabelKey(label: string): string {
  return label.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A kind as the registry lists it: built-in (label null: the UI names it) or the administrator's own. */
export interface IncidentKindView {
  id: string;
  builtin: boolean;
  label: string | null;
  /** Hidden (built-in) or retired (own): not offered for new incidents, still shown on old ones. */
  retired: boolean;
  /** Incidents recorded with this kind. */
  incidents: number;
}

export { INCIDENT_STATUSES, INVOLVEMENT_ROLES, SEVERITIES } from './vocabulary';
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const IncidentStatus = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

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
