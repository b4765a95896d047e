/** An incident's kind in words (no React: the palette's source and the tests use it too). */
import type { TFunction } from 'i18next';

/** The administrator's own label, or the built-in kind in the UI language. */
export function kindName(t: TFunction, incident: { kind: string; kindLabel: string | null }): string {
  return incident.kindLabel ?? t(`escalations.kind.${incident.kind}`);
}
