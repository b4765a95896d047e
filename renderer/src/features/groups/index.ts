/**
 * Groups: the list, a group's page (members, charter, exceptions, ownership, rules) and the
 * history sentences of those changes. Other features may use the charter wording and tags below.
 */
export { contentLabel, EligibilityTag, mismatchText } from './eligibility';
export { ExceptionStatusTag } from './ExceptionsPanel';
