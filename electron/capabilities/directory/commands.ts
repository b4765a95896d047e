/**
 * Directory commands: units (a tree), tiers (ordered), people. Each is one transaction that writes
 * the change together with its event (before/after), and refuses bad input before writing anything.
 */
import { randomBytes } from 'node:crypto';
import type { ChannelInput } from '../../../shared/contract';
import type { Handles, Person, Tier, Unit } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import { foldText } from '../../../shared/search';
import { stmt, transaction, type Db } from '../../db/database';
import { recordedDay, type ServiceContext } from '../../kernel/context';
import { listTiers } from './queries';
import { appendEvent } from '../../kernel/events';
import { toPerson, toTier, toUnit, type PersonRecord } from '../../kernel/rows';
import { insertPerson, insertTier, insertUnit, personSearchKey } from '../../kernel/store';
import { getPersonRecord, requireOrganisation } from '../../kernel/records';
import { directionControl, stripInvisible } from '../../../shared/cellText';

/** A new record id: a readable prefix and random hex, so ids never collide with imported ones. */
export function newId(prefix: 'unit' | 'tier' | 'person'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

// ---------------------------------------------------------------------------------------------
// Units

interface UnitRecord {
  id: string;
  parent_id: string | null;
  name: string;
  sort: number;
}

function findUnit(db: Db, id: string): UnitRecord | undefined {
  return stmt(db, 'SELECT id, parent_id, name, sort FROM units WHERE id = ?').get(id) as UnitRecord | undefined;
}

function requireUnit(db: Db, id: string): UnitRecord {
  const unit = findUnit(db, id);
  if (!unit) throw new LedgerError('not_found', { kind: 'unit', id });
  return unit;
}

/** The next sort position among the children of `parentId` (top level when null). */
export function nextUnitSort(db: Db, parentId: string | null): number {
  const row = stmt(db, 'SELECT max(sort) AS s FROM units WHERE parent_id IS ?').get(parentId) as { s: number | null };
  return (row.s ?? 0) + 1;
}

/** True when `candidate` is `unitId` itself or lies somewhere below it. */
function isSelfOrDescendant(db: Db, unitId: string, candidate: string): boolean {
  let cursor: string | null = candidate;
  const seen = new Set<string>();
  while (cursor !== null && !seen.has(cursor)) {
    if (cursor === unitId) return true;
    seen.add(cursor);
    cursor = findUnit(db, cursor)?.parent_id ?? null;
  }
  return false;
}

/** Creates a unit (no id), or renames / moves one. A unit never goes under itself or its own sub-units. */
export function saveUnit(ctx: ServiceContext, input: ChannelInput<'units.save'>): Unit {
  return transaction(ctx.db, () => {
    requireOrganisation(ctx.db);
    const name = input.name.trim();
    if (input.parentId !== null) requireUnit(ctx.db, input.parentId);
    if (input.id === undefined) {
      const unit: Unit = {
        id: newId('unit'),
        parentId: input.parentId,
        name,
        sort: input.sort ?? nextUnitSort(ctx.db, input.parentId),
      };
      insertUnit(ctx.db, unit);
      appendEvent(ctx, { kind: 'unit.created', subjects: [unit.id], after: unit });
      return unit;
    }
    const before = toUnit(requireUnit(ctx.db, input.id));
    if (input.parentId !== null && isSelfOrDescendant(ctx.db, before.id, input.parentId)) {
      throw new LedgerError('unit_cycle', { name: before.name });
    }
    const moved = input.parentId !== before.parentId;
    const after: Unit = {
      id: before.id,
      parentId: input.parentId,
      name,
      // A moved unit goes to the end of its new siblings unless a place is given.
      sort: input.sort ?? (moved ? nextUnitSort(ctx.db, input.parentId) : before.sort),
    };
    if (after.name === before.name && !moved && after.sort === before.sort) return before;
    stmt(ctx.db, 'UPDATE units SET parent_id = ?, name = ?, sort = ? WHERE id = ?').run(
      after.parentId,
      after.name,
      after.sort,
      after.id,
    );
    appendEvent(ctx, { kind: 'unit.updated', subjects: [after.id], before, after });
    return after;
  });
}

/** How many charters name a unit or tier (`$.unitIds` / `$.tierIds`). */
function chartersNaming(db: Db, path: '$.unitIds' | '$.tierIds', id: string): number {
  const sql =
    path === '$.unitIds'
      ? "SELECT count(DISTINCT g.id) AS n FROM groups g, json_each(g.charter, '$.unitIds') j WHERE j.value = ?"
      : "SELECT count(DISTINCT g.id) AS n FROM groups g, json_each(g.charter, '$.tierIds') j WHERE j.value = ?";
  return (stmt(db, sql).get(id) as { n: number }).n;
}

/** Active people and people who left that a unit or tier holds (a leaver's history still names it). */
function peopleUsing(db: Db, column: 'unit_id' | 'tier_id', id: string): { people: number; leavers: number } {
  const sql =
    column === 'unit_id'
      ? "SELECT count(*) FILTER (WHERE status = 'active') AS people, count(*) FILTER (WHERE status = 'left') AS leavers FROM people WHERE unit_id = ?"
      : "SELECT count(*) FILTER (WHERE status = 'active') AS people, count(*) FILTER (WHERE status = 'left') AS leavers FROM people WHERE tier_id = ?";
  return stmt(db, sql).get(id) as { people: number; leavers: number };
}

/**
 * Deletes a unit that nothing uses: no person (active or left — their history names it), no
 * sub-unit and no charter. Otherwise `in_use` with the counts, which the error text spells out.
 */
export function deleteUnit(ctx: ServiceContext, id: string): null {
  return transaction(ctx.db, () => {
    const unit = toUnit(requireUnit(ctx.db, id));
    const { people, leavers } = peopleUsing(ctx.db, 'unit_id', id);
    const subUnits = (stmt(ctx.db, 'SELECT count(*) AS n FROM units WHERE parent_id = ?').get(id) as { n: number }).n;
    const charters = chartersNaming(ctx.db, '$.unitIds', id);
    const count = people + leavers + subUnits + charters;
    if (count > 0) throw new LedgerError('in_use', { name: unit.name, count, people, leavers, subUnits, charters });
    stmt(ctx.db, 'DELETE FROM units WHERE id = ?').run(id);
    appendEvent(ctx, { kind: 'unit.deleted', subjects: [id], before: unit });
    return null;
  });
}

// ---------------------------------------------------------------------------------------------
// Tiers

const MAX_TIERS = 99;

function requireTier(db: Db, id: string): Tier {
  const row = stmt(db, 'SELECT id, name, rank FROM tiers WHERE id = ?').get(id) as Tier | undefined;
  if (!row) throw new LedgerError('not_found', { kind: 'tier', id });
  return toTier(row);
}

/** Creates a tier below the lowest one. Call inside a transaction. */
export function createTierBelowLowest(ctx: ServiceContext, name: string, source?: 'import'): Tier {
  const row = stmt(ctx.db, 'SELECT max(rank) AS r FROM tiers').get() as { r: number | null };
  const rank = (row.r ?? 0) + 1;
  if (rank > MAX_TIERS) throw new LedgerError('invalid_input', { issue: 'tier.limit', max: MAX_TIERS });
  const tier: Tier = { id: newId('tier'), name, rank };
  insertTier(ctx.db, tier);
  appendEvent(ctx, { kind: 'tier.created', subjects: [tier.id], after: source ? { ...tier, source } : tier });
  return tier;
}

/** Creates a unit at the top level (import). Call inside a transaction. */
export function createTopUnit(ctx: ServiceContext, name: string, source?: 'import'): Unit {
  return createUnitBelow(ctx, null, name, source);
}

/** Creates a unit as the last child of `parentId` (top level when null). Call inside a transaction. */
export function createUnitBelow(ctx: ServiceContext, parentId: string | null, name: string, source?: 'import'): Unit {
  const unit: Unit = { id: newId('unit'), parentId, name, sort: nextUnitSort(ctx.db, parentId) };
  insertUnit(ctx.db, unit);
  appendEvent(ctx, { kind: 'unit.created', subjects: [unit.id], after: source ? { ...unit, source } : unit });
  return unit;
}

/** Creates a tier (no id) below the lowest, or renames one. */
export function saveTier(ctx: ServiceContext, input: ChannelInput<'tiers.save'>): Tier {
  return transaction(ctx.db, () => {
    requireOrganisation(ctx.db);
    const name = input.name.trim();
    if (input.id === undefined) return createTierBelowLowest(ctx, name);
    const before = requireTier(ctx.db, input.id);
    if (before.name === name) return before;
    stmt(ctx.db, 'UPDATE tiers SET name = ? WHERE id = ?').run(name, before.id);
    const after: Tier = { ...before, name };
    appendEvent(ctx, { kind: 'tier.renamed', subjects: [before.id], before, after });
    return after;
  });
}

/**
 * Gives tiers the ranks 1..n in the order of `ids`. tiers.rank is UNIQUE, so the ranks are first
 * moved out of the way (negated), then set: no intermediate state collides.
 */
function renumberTiers(db: Db, ids: string[]): void {
  stmt(db, 'UPDATE tiers SET rank = -rank').run();
  const set = stmt(db, 'UPDATE tiers SET rank = ? WHERE id = ?');
  ids.forEach((id, i) => set.run(i + 1, id));
}

/** Sets the order of all tiers, highest first: every tier id exactly once. */
export function reorderTiers(ctx: ServiceContext, ids: string[]): Tier[] {
  return transaction(ctx.db, () => {
    const before = listTiers(ctx.db);
    const known = new Set(before.map((t) => t.id));
    const unique = new Set(ids);
    if (unique.size !== ids.length || ids.length !== known.size || ids.some((id) => !known.has(id))) {
      throw new LedgerError('invalid_input', { field: 'ids', issue: 'tiers.order' });
    }
    if (before.every((t, i) => t.id === ids[i])) return before;
    renumberTiers(ctx.db, ids);
    const after = listTiers(ctx.db);
    appendEvent(ctx, { kind: 'tier.reordered', subjects: ids, before, after });
    return after;
  });
}

/**
 * Deletes a tier no person (active or left) and no charter uses. The tiers below move up one rank,
 * so ranks stay 1..n and "two ranks below" keeps its meaning in the tier checks.
 */
export function deleteTier(ctx: ServiceContext, id: string): null {
  return transaction(ctx.db, () => {
    const tier = requireTier(ctx.db, id);
    const { people, leavers } = peopleUsing(ctx.db, 'tier_id', id);
    const charters = chartersNaming(ctx.db, '$.tierIds', id);
    const count = people + leavers + charters;
    if (count > 0) throw new LedgerError('in_use', { name: tier.name, count, people, leavers, charters });
    stmt(ctx.db, 'DELETE FROM tiers WHERE id = ?').run(id);
    const rest = listTiers(ctx.db).map((t) => t.id);
    renumberTiers(ctx.db, rest);
    appendEvent(ctx, { kind: 'tier.deleted', subjects: [id], before: tier });
    return null;
  });
}

// ---------------------------------------------------------------------------------------------
// People

/** Characters a phone number may hold; the digits are counted separately. */
const PHONE_CHARS = /^[0-9 +\-()]+$/;

/** Just the digits of a phone number: "+86 138-0000 0001" and "8613800000001" are the same number. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** Digits, spaces, +, -, parentheses, and 5 to 20 digits in all. */
export function isValidPhone(phone: string): boolean {
  if (!PHONE_CHARS.test(phone)) return false;
  const digits = phoneDigits(phone).length;
  return digits >= 5 && digits <= 20;
}

/** A handle compared without case or surrounding spaces. */
export function handleKey(platform: string, handle: string): string {
  return `${platform}:${handle.trim().toLowerCase()}`;
}

function unitName(db: Db, unitId: string | null): string {
  if (unitId === null) return '—';
  return findUnit(db, unitId)?.name ?? unitId;
}

/**
 * Another person with the same phone or the same handle on a platform: that is the same person,
 * so saving is refused even when a same-name duplicate was confirmed.
 */
function contactDuplicate(
  db: Db,
  selfId: string | null,
  phone: string | null,
  handles: Handles,
): { other: PersonRecord; field: string; value: string } | null {
  if (phone) {
    const digits = phoneDigits(phone);
    const others = stmt(db, 'SELECT * FROM people WHERE phone IS NOT NULL AND id IS NOT ?').all(
      selfId,
    ) as unknown as PersonRecord[];
    const other = others.find((p) => phoneDigits(p.phone!) === digits);
    if (other) return { other, field: 'phone', value: phone };
  }
  for (const [platform, value] of Object.entries(handles)) {
    if (!value) continue;
    const other = stmt(
      db,
      `SELECT p.* FROM people p, json_each(p.handles) h
       WHERE h.key = ? AND lower(trim(h.value)) = ? AND p.id IS NOT ? LIMIT 1`,
    ).get(platform, value.trim().toLowerCase(), selfId) as PersonRecord | undefined;
    if (other) return { other, field: `handles.${platform}`, value };
  }
  return null;
}

/**
 * A name as compared for duplicates: folded (case, diacritics, đ/d) and without spaces, because
 * Chinese lists often pad two-character names ("陈  静") to line up with three-character ones,
 * and without invisible formatting characters: “李\u200b伟” is 李伟.
 */
export function nameKey(name: string): string {
  return foldText(name.replace(/\p{Cf}/gu, '')).replace(/ /g, '');
}

/** Someone else with the same name (see nameKey) in the same unit. */
function nameDuplicate(db: Db, selfId: string | null, name: string, unitId: string | null): PersonRecord | null {
  const folded = nameKey(name);
  const sameUnit = stmt(db, 'SELECT * FROM people WHERE unit_id IS ? AND id IS NOT ?').all(
    unitId,
    selfId,
  ) as unknown as PersonRecord[];
  return sameUnit.find((p) => nameKey(p.name) === folded) ?? null;
}

function samePerson(a: Person, b: Person): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Handles trimmed, empty ones dropped, in platform order so equal sets compare equal. */
function cleanHandles(handles: Handles): Handles {
  const out: Handles = {};
  for (const key of Object.keys(handles).sort() as Array<keyof Handles>) {
    const value = handles[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/**
 * Creates (no id) or edits a person. Unit and tier must exist; the phone must look like one; a
 * person who left needs the date. A second record of the same person is refused: the same phone
 * or handle always (`duplicate_contact`), the same name in the same unit unless `allowDuplicate`
 * (`duplicate_person`: two people may share a name). Marking someone left changes nothing else —
 * they stay in their groups, where the read models and the dashboard flag them.
 */
export function savePerson(ctx: ServiceContext, input: ChannelInput<'people.save'>): Person {
  return transaction(ctx.db, () => {
    requireOrganisation(ctx.db);
    // Invisible characters as shared/cellText says: zero-width ones dropped, direction controls refused.
    const name = stripInvisible(input.name).trim();
    const control = directionControl(name);
    if (control) throw new LedgerError('invalid_input', { field: 'name', issue: 'text.direction', value: control });
    if (input.unitId !== null) requireUnit(ctx.db, input.unitId);
    if (input.tierId !== null) requireTier(ctx.db, input.tierId);
    const phone = input.phone?.trim() ? input.phone.trim() : null;
    if (phone !== null && !isValidPhone(phone)) {
      throw new LedgerError('invalid_input', { field: 'phone', issue: 'phone.format', value: phone });
    }
    if (input.status === 'left' && !input.leftOn) throw new LedgerError('left_on_required', { person: name });
    if (input.status === 'left') recordedDay(ctx.clock, input.leftOn);
    const position = input.position?.trim() ? input.position.trim() : null;
    const handles = cleanHandles(input.handles);
    const before = input.id === undefined ? null : toPerson(getPersonRecord(ctx.db, input.id));
    const person: Person = {
      id: before?.id ?? newId('person'),
      name,
      unitId: input.unitId,
      position,
      tierId: input.tierId,
      phone,
      handles,
      status: input.status,
      // An active person has no date of leaving; a returning person's old date is cleared.
      leftOn: input.status === 'left' ? input.leftOn : null,
    };
    if (before && samePerson({ ...before, handles: cleanHandles(before.handles) }, person)) return before;

    const contact = contactDuplicate(ctx.db, before?.id ?? null, phone, handles);
    if (contact) {
      throw new LedgerError('duplicate_contact', {
        name: contact.other.name,
        unit: unitName(ctx.db, contact.other.unit_id),
        field: contact.field,
        value: contact.value,
        personId: contact.other.id,
      });
    }
    const nameOrUnitChanged = !before || nameKey(before.name) !== nameKey(name) || before.unitId !== person.unitId;
    if (nameOrUnitChanged && !input.allowDuplicate) {
      const other = nameDuplicate(ctx.db, before?.id ?? null, name, person.unitId);
      if (other) {
        throw new LedgerError('duplicate_person', {
          name: other.name,
          unit: unitName(ctx.db, other.unit_id),
          personId: other.id,
        });
      }
    }

    if (!before) {
      insertPerson(ctx.db, person);
      appendEvent(ctx, { kind: 'person.created', subjects: [person.id], after: person });
      return person;
    }
    stmt(
      ctx.db,
      `UPDATE people SET name = ?, unit_id = ?, position = ?, tier_id = ?, phone = ?, handles = ?, status = ?,
         left_on = ?, search_key = ? WHERE id = ?`,
    ).run(
      person.name,
      person.unitId,
      person.position,
      person.tierId,
      person.phone,
      JSON.stringify(person.handles),
      person.status,
      person.leftOn,
      personSearchKey(person),
      person.id,
    );
    const kind = before.status === 'active' && person.status === 'left' ? 'person.left' : 'person.updated';
    appendEvent(ctx, { kind, subjects: [person.id], before, after: person });
    return person;
  });
}
