import type { ExceptionRow, ScopeCreepEntry } from '../../../../shared/contract';

/**
 * The exception behind a member, if any: the approved one that let them in, else their latest
 * request in this group (pending or rejected), so the report shows "asked, still waiting".
 */
export function exceptionFor(entry: ScopeCreepEntry, exceptions: readonly ExceptionRow[]): ExceptionRow | null {
  if (entry.exceptionId !== null) {
    const approved = exceptions.find((e) => e.id === entry.exceptionId);
    if (approved) return approved;
  }
  const mine = exceptions.filter((e) => e.personId === entry.personId);
  return mine.length === 0 ? null : mine.reduce((a, b) => (b.id > a.id ? b : a));
}
