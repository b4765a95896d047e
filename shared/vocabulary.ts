/**
 * The registry's fixed word lists (languages, platforms, statuses, roles …), without zod: the
 * schemas in domain.ts are built from them, and code that must stay small reads them from here
 * (the window's start-up script holds the language list and the content kinds, not zod).
 * domain.ts (and the contract's modules, for the runbook and incident lists and the numbers below)
 * re-export them, so the rest of the code keeps importing them from there.
 */
export const LOCALES = ['zh-CN', 'vi', 'en'] as const;
export const PLATFORMS = ['wechat', 'wecom', 'zalo', 'dingtalk', 'teams', 'telegram', 'other'] as const;
export const PERSON_STATUSES = ['active', 'left'] as const;
export const WHO_MAY_ADD = ['owner', 'owner_and_deputies', 'administrator'] as const;
/** Suggested kinds of allowed content (seed 002); a charter may also name its own. */
export const CONTENT_KINDS = ['meeting_invitations', 'notices', 'documents', 'reminders', 'report_deadlines'] as const;
export const GROUP_STATUSES = ['active', 'dissolving', 'dissolved', 'archived'] as const;
export const ROLES = ['owner', 'deputy', 'member'] as const;
export const BASES = ['founding', 'charter', 'exception', 'import', 'manual'] as const;
export const EXCEPTION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const RUNBOOK_STATES = ['draft', 'in_progress', 'paused', 'finished', 'cancelled'] as const;
export type RunbookState = (typeof RUNBOOK_STATES)[number];
/** The states in which a runbook holds its groups (one open runbook per group). */
export const OPEN_RUNBOOK_STATES: readonly RunbookState[] = ['draft', 'in_progress', 'paused'];
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
/** open → escalated → decided → closed, or dismissed (with a reason); closed and dismissed are final until reopened. */
export const INCIDENT_STATUSES = ['open', 'escalated', 'decided', 'closed', 'dismissed'] as const;
export const INVOLVEMENT_ROLES = ['poster', 'party', 'witness', 'reporter'] as const;

/*
 * Numbers the window needs beside the lists, kept here for the same reason: the dashboard's page
 * reads them, and reading them from the contract's modules brought zod and every schema (108 kB)
 * into its first load. The contract's modules re-export them.
 */
/** An ad-hoc group whose end date is at most this many days away is "ending soon". */
export const ENDING_SOON_DAYS = 14;
/** Escalations waiting longer than this many days are called out (dashboard, escalations page). */
export const WAIT_DAYS = { min: 1, max: 365, default: 7 } as const;
/** At most this many ids in one directory.names request: a page asks for the names it shows. */
export const NAMES_MAX_IDS = 500;

/** The people table's columns the registry sorts by (people.window); none chosen is the table's own order. */
export const PEOPLE_SORT_KEYS = ['name', 'unit', 'tier', 'groups'] as const;
/** The groups table's columns the registry sorts by (groups.window); none chosen is names in order. */
export const GROUP_SORT_KEYS = ['name', 'owner', 'members', 'endDate', 'createdOn'] as const;
