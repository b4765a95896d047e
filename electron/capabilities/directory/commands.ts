/**
 * Directory commands: units (a tree), tiers (ordered), people. Each is one transaction that writes
 * the change together with its event (before/after), and refuses bad input before writing anything.
 */
import { randomBytes } from 'node:crypto';
import type { ChannelInput } from '../../../shared/contract';
import type { Tier, Unit } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import { stmt, transaction, type Db } from '../../db/database';
import { type ServiceContext } from '../../kernel/context';
import { listTiers } from './queries';
import { appendEvent } from '../../kernel/events';
import { toTier, toUnit } from '../../kernel/rows';
import { insertTier, insertUnit } from '../../kernel/store';
import { requireOrganisation } from '../../kernel/records';

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

export function findUnit(db: Db, id: string): UnitRecord | undefined {
  return stmt(db, 'SELECT id, parent_id, name, sort FROM units WHERE id = ?').get(id) as UnitRecord | undefined;
}

export function requireUnit(db: Db, id: string): UnitRecord {
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

export function requireTier(db: Db, id: string): Tier {
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
