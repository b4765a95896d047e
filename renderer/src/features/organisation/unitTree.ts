/**
 * The unit tree built from the flat `units.list` rows. Pure (no React, no DOM) so the organisation
 * page, the person form's unit picker and the unit tests share one definition of "under", "path"
 * and "how many people, sub-units included".
 */
import type { Unit } from '../../../../shared/domain';

export type UnitWithPeople = Unit & { people: number };

export interface UnitNode {
  unit: UnitWithPeople;
  children: UnitNode[];
  /** Active people in this unit and every unit below it. */
  total: number;
  depth: number;
}

/**
 * Roots first, siblings by their `sort` then by name in the UI language's order. A unit whose
 * parent is missing (should not happen, but a damaged import must not hide people) becomes a root.
 */
export function buildUnitTree(units: UnitWithPeople[], compare: (a: string, b: string) => number): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const byParent = new Map<string | null, UnitWithPeople[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(unit);
    byParent.set(parent, list);
  }
  const seen = new Set<string>();
  const build = (parent: string | null, depth: number): UnitNode[] =>
    (byParent.get(parent) ?? [])
      .filter((u) => !seen.has(u.id))
      .sort((a, b) => a.sort - b.sort || compare(a.name, b.name))
      .map((unit) => {
        seen.add(unit.id);
        const children = build(unit.id, depth + 1);
        const total = unit.people + children.reduce((sum, c) => sum + c.total, 0);
        return { unit, children, total, depth };
      });
  return build(null, 0);
}

/** The ids of a unit and everything below it (a unit cannot move under any of them). */
export function subtreeIds(units: Unit[], id: string): Set<string> {
  const result = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}

/** Names from the root down to the unit: ["局机关", "办公室"]. */
export function unitPath(units: Unit[], id: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const path: string[] = [];
  const visited = new Set<string>();
  let current = byId.get(id);
  while (current && !visited.has(current.id)) {
    visited.add(current.id);
    path.unshift(current.name);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return path;
}

/** The `sort` that places a unit last among the children of `parentId`. */
export function nextSort(units: Unit[], parentId: string | null, except?: string): number {
  const siblings = units.filter((u) => u.parentId === parentId && u.id !== except);
  return siblings.reduce((max, u) => Math.max(max, u.sort), 0) + 1;
}

/** Every node, depth first, in display order. */
export function flattenTree(nodes: UnitNode[]): UnitNode[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}
