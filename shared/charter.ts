/**
 * The charter check: does a person belong in a group under its charter, and if not, which of the
 * charter's criteria do they fail? Pure, so the registry, the command line and the renderer (which
 * shows a badge before the admin confirms an add) all answer the same question the same way.
 *
 * Semantics, in the order they are decided:
 * 1. A person who has left the organisation is never eligible (mismatch `left`), whatever else.
 * 2. The group's owner is eligible (`owner`), then its deputies (`deputy`): they run the group.
 * 3. Someone the charter names in `personIds` is eligible (`named`).
 * 4. A charter naming no composition at all (no tiers, units, positions or people) admits anyone
 *    (`open`): there is nothing to check against, and the scope-creep report says so separately.
 * 5. Otherwise the person must match EVERY non-empty list (`criteria`): their tier is listed; their
 *    unit or one of its ancestor units is listed (a charter naming 党建办 covers its sub-units);
 *    one of their positions is listed. Each failed list is one mismatch (`tier`, `unit`, `position`).
 */
import type { CharterCheck, CharterMismatch } from './contract';
import type { Charter, Person } from './domain';
import { foldText } from './search';

export interface CharterGroup {
  charter: Charter;
  ownerId: string | null;
  deputyIds: readonly string[];
}

export type CharterPerson = Pick<Person, 'id' | 'unitId' | 'tierId' | 'position' | 'status'>;

/** Unit id → parent unit id (null at the top). */
export type UnitParents = ReadonlyMap<string, string | null>;

/** Whether the charter says who belongs (tiers, units, positions or named people). */
export function charterNamesComposition(charter: Charter): boolean {
  return (
    charter.tierIds.length > 0 ||
    charter.unitIds.length > 0 ||
    charter.positions.length > 0 ||
    charter.personIds.length > 0
  );
}

/** The posts a position text lists ("党组书记、局长", "Ủy viên BTV, Bí thư Đoàn cơ sở"), trimmed, as written. */
export function splitPosts(position: string): string[] {
  return position
    .split(/[、,，;；/／]/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * The posts a position text holds, folded (lower case, no diacritics): the whole text and, when it
 * lists several posts, each of them.
 */
export function positionParts(position: string | null | undefined): string[] {
  if (!position) return [];
  const whole = foldText(position);
  if (!whole) return [];
  const parts = splitPosts(whole);
  return parts.length > 1 ? [whole, ...parts] : [whole];
}

/** Whether someone whose position is `held` holds the post `wanted` (trimmed, case- and diacritic-insensitive). */
export function holdsPosition(held: string | null | undefined, wanted: string): boolean {
  const target = foldText(wanted);
  return target.length > 0 && positionParts(held).includes(target);
}

/**
 * `unitId` and the units above it, nearest first. A cycle in the parents (a damaged registry) is
 * left once every unit could have been passed, rather than followed for ever.
 */
export function unitLine(unitId: string | null, parents: UnitParents): string[] {
  const line: string[] = [];
  for (let u: string | null | undefined = unitId; u && line.length <= parents.size; u = parents.get(u)) line.push(u);
  return line;
}

/** Whether `unitId` is `listed` or lies below one of them. Stops on a cycle rather than looping. */
export function unitWithin(unitId: string | null, listed: ReadonlySet<string>, parents: UnitParents): boolean {
  return unitLine(unitId, parents).some((u) => listed.has(u));
}

/**
 * What the charters of one report share: each position text's posts (folded) and each unit's line
 * of ancestors, worked out once for all of them instead of once per group (at 10,000 people and
 * 1,000 groups, 35,000 unit walks and as many position foldings, each remembered in maps that grew
 * group by group).
 */
export interface CharterLookups {
  postsOf(position: string | null): readonly string[];
  lineOf(unitId: string | null): readonly string[];
}

export function charterLookups(unitParents: UnitParents): CharterLookups {
  const posts = new Map<string | null, string[]>();
  const lines = new Map<string | null, string[]>();
  return {
    postsOf(position) {
      let found = posts.get(position);
      if (!found) posts.set(position, (found = positionParts(position)));
      return found;
    },
    lineOf(unitId) {
      let found = lines.get(unitId);
      if (!found) lines.set(unitId, (found = unitLine(unitId, unitParents)));
      return found;
    },
  };
}

/** Whether any of `items` is in `set`. */
function anyIn(items: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < items.length; i++) if (set.has(items[i]!)) return true;
  return false;
}

/** The criteria compileCharter checks, in the order a check lists them. */
const MISMATCH_BITS: readonly CharterMismatch[] = ['tier', 'unit', 'position'];

const ELIGIBLE = (via: CharterCheck['via']): CharterCheck => ({ eligible: true, via, mismatches: [] });

export function checkCharter(group: CharterGroup, person: CharterPerson, unitParents: UnitParents): CharterCheck {
  if (person.status === 'left') return { eligible: false, via: null, mismatches: ['left'] };
  if (group.ownerId !== null && person.id === group.ownerId) return ELIGIBLE('owner');
  if (group.deputyIds.includes(person.id)) return ELIGIBLE('deputy');
  const { charter } = group;
  if (charter.personIds.includes(person.id)) return ELIGIBLE('named');
  if (!charterNamesComposition(charter)) return ELIGIBLE('open');
  // Named people alone (no tiers, units or positions): anyone else is outside because not named.
  const mismatches: CharterMismatch[] = [];
  if (charter.tierIds.length > 0 && !(person.tierId !== null && charter.tierIds.includes(person.tierId))) {
    mismatches.push('tier');
  }
  if (charter.unitIds.length > 0 && !unitWithin(person.unitId, new Set(charter.unitIds), unitParents)) {
    mismatches.push('unit');
  }
  if (charter.positions.length > 0 && !charter.positions.some((p) => holdsPosition(person.position, p))) {
    mismatches.push('position');
  }
  const onlyNamed = charter.tierIds.length + charter.unitIds.length + charter.positions.length === 0;
  if (mismatches.length === 0 && !onlyNamed) return ELIGIBLE('criteria');
  return { eligible: false, via: null, mismatches: onlyNamed ? ['not_named'] : mismatches };
}

/**
 * The same check prepared once for a group, for reports that check every member of every group:
 * the listed tiers, units and posts become sets, and each person's posts and unit line come from
 * `lookups` (share one between the groups of a report). Gives exactly what `checkCharter` gives (a
 * unit test holds them together). Its answers are shared between the people it checks: read
 * them, do not change them.
 */
export function compileCharter(
  group: CharterGroup,
  unitParents: UnitParents,
  lookups: CharterLookups = charterLookups(unitParents),
): (person: CharterPerson) => CharterCheck {
  const { charter } = group;
  const composed = charterNamesComposition(charter);
  const named = new Set(charter.personIds);
  const deputies = new Set(group.deputyIds);
  const tiers = new Set(charter.tierIds);
  const units = new Set(charter.unitIds);
  const posts = new Set(charter.positions.map((p) => foldText(p)).filter(Boolean));
  const onlyNamed = charter.tierIds.length + charter.unitIds.length + charter.positions.length === 0;
  const outside: CharterCheck[] = [];
  const results = {
    left: { eligible: false, via: null, mismatches: ['left'] } as CharterCheck,
    owner: ELIGIBLE('owner'),
    deputy: ELIGIBLE('deputy'),
    named: ELIGIBLE('named'),
    open: ELIGIBLE('open'),
    criteria: ELIGIBLE('criteria'),
    notNamed: { eligible: false, via: null, mismatches: ['not_named'] } as CharterCheck,
  };
  return (person) => {
    if (person.status === 'left') return results.left;
    if (group.ownerId !== null && person.id === group.ownerId) return results.owner;
    if (deputies.has(person.id)) return results.deputy;
    if (named.has(person.id)) return results.named;
    if (!composed) return results.open;
    if (onlyNamed) return results.notNamed;
    // Which criteria fail, as bits (tier 1, unit 2, position 4): one answer per combination, made
    // once, so checking 66,000 members allocates nothing per member.
    let failed = 0;
    if (tiers.size > 0 && !(person.tierId !== null && tiers.has(person.tierId))) failed |= 1;
    if (units.size > 0 && !anyIn(lookups.lineOf(person.unitId), units)) failed |= 2;
    // Folding a position is the costly step: lookups does it once per text for the whole report.
    if (charter.positions.length > 0 && !anyIn(lookups.postsOf(person.position), posts)) failed |= 4;
    if (failed === 0) return results.criteria;
    return (outside[failed] ??= {
      eligible: false,
      via: null,
      mismatches: MISMATCH_BITS.filter((_, bit) => failed & (1 << bit)),
    });
  };
}
