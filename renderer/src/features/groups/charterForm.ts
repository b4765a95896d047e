/**
 * The charter editor's form values and the charter they stand for: the approver as a kind plus a
 * person or a position, trimmed lists, and units as a tree for the TreeSelect.
 */
import type { Charter, Unit } from '../../../../shared/domain';

type ApproverKind = 'none' | 'person' | 'position';

export interface CharterValues {
  tierIds: string[];
  unitIds: string[];
  positions: string[];
  personIds: string[];
  whoMayAdd: Charter['whoMayAdd'];
  approverKind: ApproverKind;
  approverPerson?: string;
  approverPosition?: string;
  allowedContent: string[];
}

export interface TreeNode {
  value: string;
  title: string;
  children: TreeNode[];
}

export function unitTree(units: readonly Unit[]): TreeNode[] {
  const byParent = new Map<string | null, Unit[]>();
  for (const u of units) byParent.set(u.parentId, [...(byParent.get(u.parentId) ?? []), u]);
  const known = new Set(units.map((u) => u.id));
  const build = (parent: string | null, seen: Set<string>): TreeNode[] =>
    (byParent.get(parent) ?? [])
      .filter((u) => !seen.has(u.id))
      .sort((a, b) => a.sort - b.sort)
      .map((u) => ({ value: u.id, title: u.name, children: build(u.id, new Set([...seen, u.id])) }));
  // Units whose parent is missing are shown at the top rather than lost.
  const orphans = units.filter((u) => u.parentId !== null && !known.has(u.parentId)).map((u) => u.parentId);
  return [...build(null, new Set()), ...[...new Set(orphans)].flatMap((p) => build(p, new Set()))];
}

export function toValues(charter: Charter): CharterValues {
  return {
    tierIds: charter.tierIds,
    unitIds: charter.unitIds,
    positions: charter.positions,
    personIds: charter.personIds,
    whoMayAdd: charter.whoMayAdd,
    approverKind: charter.approver?.kind ?? 'none',
    approverPerson: charter.approver?.kind === 'person' ? charter.approver.ref : undefined,
    approverPosition: charter.approver?.kind === 'position' ? charter.approver.ref : undefined,
    allowedContent: charter.allowedContent,
  };
}

export function toCharter(v: CharterValues): Charter {
  const position = v.approverPosition?.trim();
  return {
    tierIds: v.tierIds ?? [],
    unitIds: v.unitIds ?? [],
    positions: (v.positions ?? []).map((p) => p.trim()).filter(Boolean),
    personIds: v.personIds ?? [],
    whoMayAdd: v.whoMayAdd,
    approver:
      v.approverKind === 'person' && v.approverPerson
        ? { kind: 'person', ref: v.approverPerson }
        : v.approverKind === 'position' && position
          ? { kind: 'position', ref: position }
          : null,
    allowedContent: (v.allowedContent ?? []).map((c) => c.trim()).filter(Boolean),
  };
}
