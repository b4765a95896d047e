/**
 * The check of a kind's label in the Settings form, the same as the service's (which has the last
 * word): 1 to 40 characters, and no other kind reads alike — neither a kind of one's own (case and
 * runs of spaces ignored) nor a built-in kind in any UI language.
 */
import { KIND_LABEL_MAX, kindLabelKey, type IncidentKindView } from '../../../../shared/contract';

export type KindLabelProblem =
  | { key: 'required' }
  | { key: 'tooLong'; count: number; max: number }
  | { key: 'duplicate'; label: string }
  | { key: 'retiredDuplicate'; label: string };

/**
 * What is wrong with `label` for the kind `self` (null: a new kind), or null when it may be saved.
 * `builtinNames` holds the built-in kinds' names in every UI language.
 */
export function kindLabelProblem(
  label: string,
  kinds: readonly IncidentKindView[],
  builtinNames: readonly string[],
  self: string | null,
): KindLabelProblem | null {
  const text = label.trim().replace(/\s+/g, ' ');
  const count = [...text].length;
  if (count === 0) return { key: 'required' };
  if (count > KIND_LABEL_MAX) return { key: 'tooLong', count, max: KIND_LABEL_MAX };
  const key = kindLabelKey(text);
  if (builtinNames.some((name) => kindLabelKey(name) === key)) return { key: 'duplicate', label: text };
  const other = kinds.find((k) => k.id !== self && k.label !== null && kindLabelKey(k.label) === key);
  if (other) return { key: other.retired ? 'retiredDuplicate' : 'duplicate', label: other.label! };
  return null;
}
