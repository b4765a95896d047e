/**
 * A snapshot's texts under the rule the window applies to what is typed (shared/text.ts): no
 * control character (a name is one line; other texts may hold line breaks and tabs), no character
 * that changes the direction of text, no half of a character. A file holding one was written by
 * another program or changed afterwards; it is refused, naming the record, and nothing is
 * imported. Invisible formatting characters are not refused here: registries written before the
 * rule may hold them, and the duplicate check they could slip past is the window's.
 *
 * Every text of the records is checked (the organisation, tiers, units, people, groups,
 * memberships, exception requests, rules, acknowledgements, runbooks, incidents and kinds); the
 * history's entries are checked by their kinds' schemas and hold the same texts as the records.
 */
import { LedgerError } from '../../../shared/errors';
import { SNAPSHOT_TEXT_LISTS, type SnapshotTextList } from '../../../shared/i18n/snapshotTexts';
import type { SnapshotContent } from '../../../shared/snapshot';
import { textProblem } from '../../../shared/text';

/** The keys whose text is one line (names and the like); every other text may hold line breaks. */
const ONE_LINE = new Set(['name', 'position', 'phone', 'handle', 'title', 'label']);

export interface BadText {
  list: SnapshotTextList;
  /** Whose text it is, as shown: its name, “person · group”, or “#3”. */
  record: string;
  issue: 'text.control_char' | 'text.direction' | 'text.broken_char';
  value: string;
}

/** The first text of the snapshot the rule refuses, or null. */
export function firstBadText(content: SnapshotContent): BadText | null {
  const people = new Map(content.people.map((p) => [p.id, p.name]));
  const groups = new Map(content.groups.map((g) => [g.id, g.name]));
  const label = (record: Record<string, unknown>): string => {
    if (typeof record.name === 'string') return record.name;
    if (typeof record.personId === 'string' && typeof record.groupId === 'string') {
      return `${people.get(record.personId) ?? '?'} · ${groups.get(record.groupId) ?? '?'}`;
    }
    return typeof record.id === 'string' || typeof record.id === 'number' ? `#${record.id}` : '';
  };
  for (const list of SNAPSHOT_TEXT_LISTS) {
    const records: readonly unknown[] = list === 'organisation' ? [content.organisation] : content[list];
    for (const record of records) {
      const problem = problemIn(record, '');
      if (problem) return { list, record: label(record as Record<string, unknown>), ...problem };
    }
  }
  return null;
}

function problemIn(value: unknown, key: string, depth = 0): Pick<BadText, 'issue' | 'value'> | null {
  if (typeof value === 'string') return textProblem(value, !ONE_LINE.has(key));
  // Records nest a few levels (a runbook's groups and their members); the schema bounds the rest.
  if (value === null || typeof value !== 'object' || depth > 8) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = problemIn(item, key, depth + 1);
      if (found) return found;
    }
    return null;
  }
  // for…in, not Object.entries: no array of pairs made per record (100,000 memberships).
  const record = value as Record<string, unknown>;
  for (const k in record) {
    const v = record[k];
    if (v === null || typeof v === 'number' || typeof v === 'boolean') continue;
    const found = problemIn(v, k, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Refuses a snapshot holding a text the window would refuse (`snapshot_text`, nothing imported). */
export function refuseBadTexts(content: SnapshotContent): void {
  const found = firstBadText(content);
  if (found) throw new LedgerError('snapshot_text', { ...found });
}
