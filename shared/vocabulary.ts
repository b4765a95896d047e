/**
 * The registry's fixed word lists (languages, platforms, statuses, roles …), without zod: the
 * schemas in domain.ts are built from them, and code that must stay small reads them from here
 * (the window's start-up script holds the language list and the content kinds, not zod).
 * domain.ts re-exports every list, so the rest of the code keeps importing them from there.
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
