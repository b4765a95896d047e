/**
 * What the registry already holds, indexed for checking a staff list (names, phones, handles,
 * units by name and by path), and where each row's unit is — an existing unit or one to create.
 */
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../../shared/contract';
import { LedgerError } from '../../../../shared/errors';
import { foldText } from '../../../../shared/search';
import { stmt, type Db } from '../../../db/database';
import type { PersonRecord } from '../../../kernel/rows';
import { handleKey, nameKey, phoneDigits } from '../people';
import type { ParsedPeopleFile } from './peopleFile';
import type { Handles } from '../../../../shared/domain';

/** Longest text per field, as the person form allows. */
export const MAX_LENGTH: Record<ImportField, number> = {
  name: 200,
  unit: 200,
  position: 200,
  tier: 200,
  phone: 40,
  'handle.wechat': 100,
  'handle.wecom': 100,
  'handle.zalo': 100,
  'handle.dingtalk': 100,
  'handle.teams': 100,
  'handle.telegram': 100,
  status: 200,
  leftOn: 200,
};
export type HandleField = Extract<ImportField, `handle.${string}`>;
export const HANDLE_FIELDS = IMPORT_FIELDS.filter((f): f is HandleField => f.startsWith('handle.'));

export interface UnitRow {
  id: string;
  parent_id: string | null;
  name: string;
}

export interface RegistryIndex {
  organisation: string | null;
  unitByName: Map<string, UnitRow>;
  /** parent id ('' for the top level) → folded name → unit */
  unitChildren: Map<string, Map<string, UnitRow>>;
  tierByName: Map<string, { id: string; name: string }>;
  unitNames: Map<string, string>;
  /** folded name + unit id → the people of that name in that unit */
  byNameUnit: Map<string, PersonRecord[]>;
  byPhone: Map<string, PersonRecord>;
  byHandle: Map<string, PersonRecord>;
}

export const nameUnitKey = (name: string, unit: string) => `${nameKey(name)}\u0001${unit}`;

export function registryIndex(db: Db): RegistryIndex {
  const units = stmt(db, 'SELECT id, parent_id, name FROM units ORDER BY sort, name').all() as unknown as UnitRow[];
  const tiers = stmt(db, 'SELECT id, name FROM tiers ORDER BY rank').all() as Array<{ id: string; name: string }>;
  const people = stmt(db, 'SELECT * FROM people').all() as unknown as PersonRecord[];
  const org = stmt(db, 'SELECT name FROM organisation WHERE id = 1').get() as { name: string } | undefined;
  const index: RegistryIndex = {
    organisation: org ? foldText(org.name) : null,
    unitByName: new Map(),
    unitChildren: new Map(),
    tierByName: new Map(),
    unitNames: new Map(units.map((u) => [u.id, u.name])),
    byNameUnit: new Map(),
    byPhone: new Map(),
    byHandle: new Map(),
  };
  // Two units of the same name: the first in the tree's order is the one a file means.
  for (const u of units) {
    const key = foldText(u.name);
    if (!index.unitByName.has(key)) index.unitByName.set(key, u);
    const siblings = index.unitChildren.get(u.parent_id ?? '') ?? new Map<string, UnitRow>();
    if (!siblings.has(key)) siblings.set(key, u);
    index.unitChildren.set(u.parent_id ?? '', siblings);
  }
  for (const t of tiers) if (!index.tierByName.has(foldText(t.name))) index.tierByName.set(foldText(t.name), t);
  for (const p of people) {
    const key = nameUnitKey(p.name, p.unit_id ?? '');
    index.byNameUnit.set(key, [...(index.byNameUnit.get(key) ?? []), p]);
    if (p.phone) index.byPhone.set(phoneDigits(p.phone), p);
    for (const [platform, handle] of Object.entries(JSON.parse(p.handles) as Handles)) {
      if (handle) index.byHandle.set(handleKey(platform, handle), p);
    }
  }
  return index;
}

/** The column index of each mapped field; every mapped header must be one of the file's. */
export function mappedColumns(file: ParsedPeopleFile, mapping: ImportMapping): Map<ImportField, number> {
  if (!mapping.name) throw new LedgerError('import_no_name_column');
  const columns = new Map<ImportField, number>();
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (header === undefined) continue;
    const index = file.headers.indexOf(header);
    if (index < 0) throw new LedgerError('invalid_input', { field, issue: 'import.mapping_unknown', value: header });
    columns.set(field, index);
  }
  return columns;
}

// ---------------------------------------------------------------------------------------------
// Units as address books write them

/** How a unit path is shown: “执法监察大队 / 一中队”. */
export const PATH_SEPARATOR = ' / ';

/** A unit the import creates: its name, and its parent (an existing unit, or another new one). */
export interface NewUnit {
  name: string;
  parentId: string | null;
  parentKey: string | null;
  display: string;
}

/** Where a row's unit is: an existing unit (or none), or a new one (by path key) the commit creates. */
export interface UnitPlace {
  unitId: string | null;
  newKey: string | null;
  display: string | null;
  tooLong: string | null;
}

/**
 * The departments of a unit cell. WeCom, DingTalk and HR exports write a department as a path
 * (“单位/执法监察大队/一中队”) and several departments in one cell separated by “;”: the first is
 * the person's unit, the others are only shown. A path is matched in the unit tree level by level
 * and the missing levels are created once. Its first segment may be the organisation's own name,
 * which is the root of the tree, not a unit. A single name (“办公室”) matches a unit of that name
 * anywhere in the tree, as before; so does a whole cell that is an existing unit's exact name.
 */
export class UnitResolver {
  readonly created = new Map<string, NewUnit>();
  constructor(private readonly index: RegistryIndex) {}

  departments(cell: string): string[][] {
    return cell
      .split(/[;；]/)
      .map((d) =>
        d
          .split(/[/／]/)
          .map((s) => s.replace(/\s+/g, ' ').trim())
          .filter((s) => s !== ''),
      )
      .filter((d) => d.length > 0);
  }

  place(cell: string): { place: UnitPlace; others: string[] } {
    const whole = this.index.unitByName.get(foldText(cell));
    if (whole) return { place: { unitId: whole.id, newKey: null, display: whole.name, tooLong: null }, others: [] };
    const [first, ...rest] = this.departments(cell).map((d) => this.withoutOrganisation(d));
    const others = rest.filter((d) => d.length > 0).map((d) => d.join(PATH_SEPARATOR));
    if (!first || first.length === 0)
      return { place: { unitId: null, newKey: null, display: null, tooLong: null }, others };
    const display = first.join(PATH_SEPARATOR);
    const tooLong = first.find((segment) => segment.length > MAX_LENGTH.unit) ?? null;
    if (tooLong) return { place: { unitId: null, newKey: null, display, tooLong }, others };
    let parentId: string | null = null;
    let parentKey: string | null = null;
    for (const [i, segment] of first.entries()) {
      const folded = foldText(segment);
      const key: string = parentKey === null ? folded : `${parentKey}/${folded}`;
      if (parentKey === null) {
        const existing: UnitRow | undefined =
          this.index.unitChildren.get(parentId ?? '')?.get(folded) ??
          (i === 0 ? this.index.unitByName.get(folded) : undefined);
        if (existing) {
          parentId = existing.id;
          continue;
        }
      }
      if (!this.created.has(key)) {
        this.created.set(key, {
          name: segment,
          parentId: parentKey === null ? parentId : null,
          parentKey,
          display: first.slice(0, i + 1).join(PATH_SEPARATOR),
        });
      }
      parentKey = key;
    }
    return {
      place: { unitId: parentKey === null ? parentId : null, newKey: parentKey, display, tooLong: null },
      others,
    };
  }

  /** A path without its first segment when that is the organisation's name (and not a unit's). */
  private withoutOrganisation(path: string[]): string[] {
    const [first] = path;
    if (first === undefined || this.index.organisation === null) return path;
    const folded = foldText(first);
    if (folded !== this.index.organisation || this.index.unitChildren.get('')?.has(folded)) return path;
    return path.slice(1);
  }
}
