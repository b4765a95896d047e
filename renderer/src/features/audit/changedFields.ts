/** The fields an event changed: every field of a creation or deletion, else those that differ. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Fields that only identify the record: its id is shown by name elsewhere in the row. */
const HIDDEN = new Set(['id']);

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) return [];
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((k) => !HIDDEN.has(k));
  return keys
    .filter((k) => JSON.stringify(b?.[k] ?? null) !== JSON.stringify(a?.[k] ?? null))
    .map((k) => ({ field: k, before: b?.[k] ?? null, after: a?.[k] ?? null }));
}
