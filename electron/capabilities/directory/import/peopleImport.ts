/**
 * Importing people from CSV (UTF-8 with or without BOM, GB18030, UTF-16) or XLSX: parse once,
 * check every row against a column mapping, then write all rows or none.
 *
 * The renderer sends the file's bytes (base64) and the command line reads the file; both come
 * through parsePeopleFile → guessMapping → previewImport → commitImport, so the checks, the row
 * numbers and the error codes (shared/contract IMPORT_ROW_ERRORS) are the same everywhere.
 */
import { stripInvisible } from '../../../../shared/cellText';
import { textProblem } from '../../../../shared/text';
import {
  type ImportField,
  type ImportMapping,
  type ImportPreview,
  type ImportRowError,
  type ImportRowResult,
  type ImportRowWarning,
  type ImportSameNamePair,
  type ImportSameNameSide,
} from '../../../../shared/contract';
import type { Handles, Person, Platform } from '../../../../shared/domain';
import { LedgerError } from '../../../../shared/errors';
import { foldText } from '../../../../shared/search';
import { readTransaction, transaction, type Db } from '../../../db/database';
import { today, type Clock, type ServiceContext } from '../../../kernel/context';
import { createTierBelowLowest, createUnitBelow, newId } from '../commands';
import { handleKey, isValidPhone, phoneDigits } from '../people';
import { appendEvent } from '../../../kernel/events';
import { parseDateCell } from './dates';
import { parseStatus } from './mapping';
import type { PersonRecord } from '../../../kernel/rows';
import { insertPerson } from '../../../kernel/store';
import { requireOrganisation } from '../../../kernel/records';

import { type ParsedPeopleFile } from './peopleFile';
import {
  HANDLE_FIELDS,
  MAX_LENGTH,
  nameUnitKey,
  registryIndex,
  mappedColumns,
  UnitResolver,
  type RegistryIndex,
  type UnitPlace,
} from './registryIndex';

export {
  MAX_IMPORT_BYTES,
  guessMapping,
  headerSignature,
  parsePeopleFile,
  uniqueHeaders,
  type ParsedPeopleFile,
} from './peopleFile';

// ---------------------------------------------------------------------------------------------
// Checking rows

/** A checked row, with what the commit needs. */
interface CheckedRow extends ImportRowResult {
  status: 'active' | 'left';
  leftOn: string | null;
  place: UnitPlace;
}

interface Checked {
  rows: CheckedRow[];
  units: UnitResolver;
  sameName: ImportSameNamePair[];
}

function checkRows(
  index: RegistryIndex,
  file: ParsedPeopleFile,
  columns: Map<ImportField, number>,
  day: string,
): Checked {
  const units = new UnitResolver(index);
  const seen = new Map<string, number>();
  const sameName: ImportSameNamePair[] = [];
  const byNameUnit = new Map<string, Array<ImportSameNameSide & { row: number }>>();
  const rows = file.rows.map((cells, i): CheckedRow => {
    const row = file.rowNumbers?.[i] ?? i + 2;
    const values: Partial<Record<ImportField, string>> = {};
    const errors: ImportRowError[] = [];
    const warnings: ImportRowWarning[] = [];
    const fail = (field: ImportField | null, code: ImportRowError['code'], params: ImportRowError['params'] = {}) =>
      errors.push({ field, code, params });
    for (const [field, col] of columns) {
      // Zero-width characters go; control and direction characters are refused (shared/text; line
      // breaks and tabs inside a cell are left to the checks of each field, as before).
      const value = stripInvisible(cells[col] ?? '').trim();
      if (!value) continue;
      values[field] = value;
      const problem = textProblem(value, true);
      if (problem) {
        const code = problem.issue === 'text.direction' ? 'direction_control' : 'control_character';
        fail(field, code, { codePoint: problem.value });
      }
    }

    if (!values.name) fail('name', 'name_missing');
    for (const [field, value] of Object.entries(values) as Array<[ImportField, string]>) {
      if (field !== 'unit' && value.length > MAX_LENGTH[field])
        fail(field, 'too_long', { max: MAX_LENGTH[field], value: value.slice(0, 40) });
    }
    let place: UnitPlace = { unitId: null, newKey: null, display: null, tooLong: null };
    let otherUnits: string[] = [];
    if (values.unit && !errors.some((e) => e.field === 'unit')) {
      ({ place, others: otherUnits } = units.place(values.unit));
      if (place.tooLong) fail('unit', 'too_long', { max: MAX_LENGTH.unit, value: place.tooLong.slice(0, 40) });
      else if (place.display !== null) values.unit = place.display;
      else delete values.unit;
    }
    if (values.phone && values.phone.length <= MAX_LENGTH.phone && !isValidPhone(values.phone)) {
      fail('phone', 'phone_invalid', { value: values.phone });
    }
    let status: 'active' | 'left' | null = null;
    if (values.status) {
      status = parseStatus(values.status);
      if (!status) fail('status', 'status_invalid', { value: values.status });
    }
    let leftOn: string | null = null;
    if (values.leftOn) {
      leftOn = parseDateCell(values.leftOn);
      if (!leftOn) fail('leftOn', 'left_on_invalid', { value: values.leftOn });
      // The ledger records what has happened, as the person form does: a leaving still to come is
      // entered on its day.
      else if (leftOn > day) fail('leftOn', 'left_on_future', { value: leftOn, today: day });
    }
    // No status column but a date of leaving: the person left. A status of active drops the date.
    const effective = status ?? (values.leftOn ? 'left' : 'active');
    if (status === 'left' && !values.leftOn) fail('leftOn', 'left_on_missing');

    // The same phone or the same handle is the same person: an error.
    const keys: Array<[ImportField, string]> = [];
    if (values.phone && isValidPhone(values.phone)) keys.push(['phone', `p:${phoneDigits(values.phone)}`]);
    for (const field of HANDLE_FIELDS) {
      if (values[field]) keys.push([field, `h:${handleKey(field.slice(7), values[field])}`]);
    }
    const earlier = keys.find(([, key]) => seen.has(key));
    if (earlier) fail(earlier[0], 'duplicate_in_file', { row: seen.get(earlier[1])! });
    for (const [, key] of keys) if (!seen.has(key)) seen.set(key, row);

    let other: PersonRecord | undefined;
    let otherField: ImportField = 'phone';
    if (values.phone && isValidPhone(values.phone)) other = index.byPhone.get(phoneDigits(values.phone));
    for (const field of HANDLE_FIELDS) {
      if (other || !values[field]) continue;
      other = index.byHandle.get(handleKey(field.slice(7), values[field]));
      otherField = field;
    }
    const unitOf = (p: PersonRecord) => (p.unit_id ? (index.unitNames.get(p.unit_id) ?? '—') : '—');
    if (other) fail(otherField, 'duplicate_in_registry', { name: other.name, unit: unitOf(other) });

    // The same name in the same unit, and nothing else in common: perhaps two people (王伟, 李娜
    // are common names). A warning, one pair per earlier row or registry person, to confirm.
    if (values.name && !earlier && !other && !place.tooLong) {
      const self = { row, position: values.position ?? null, phone: values.phone ?? null };
      const unitKey = place.newKey !== null ? `new:${place.newKey}` : (place.unitId ?? '');
      const key = nameUnitKey(values.name, unitKey);
      const unit = place.display;
      if (place.newKey === null) {
        for (const p of index.byNameUnit.get(nameUnitKey(values.name, place.unitId ?? '')) ?? []) {
          warnings.push({ field: 'name', code: 'same_name_in_registry', params: { name: p.name, unit: unitOf(p) } });
          sameName.push({
            key: `${row}:${p.id}`,
            name: values.name,
            unit,
            first: { row: null, position: p.position, phone: p.phone },
            second: self,
          });
        }
      }
      for (const before of byNameUnit.get(key) ?? []) {
        warnings.push({ field: 'name', code: 'same_name_in_file', params: { row: before.row } });
        sameName.push({ key: `${row}:${before.row}`, name: values.name, unit, first: before, second: self });
      }
      byNameUnit.set(key, [...(byNameUnit.get(key) ?? []), self]);
    }
    return {
      row,
      values,
      errors,
      ...(warnings.length > 0 ? { warnings } : {}),
      ...(otherUnits.length > 0 ? { otherUnits } : {}),
      status: effective,
      leftOn: effective === 'left' ? leftOn : null,
      place,
    };
  });
  return { rows, units, sameName };
}

/** Names of tiers the file uses that the registry lacks, in order of first use. */
function missingNames(rows: CheckedRow[], field: 'tier', known: Map<string, unknown>): string[] {
  const found = new Map<string, string>();
  for (const r of rows) {
    const name = r.values[field];
    if (!name) continue;
    const key = foldText(name);
    if (!known.has(key) && !found.has(key)) found.set(key, name);
  }
  return [...found.values()];
}

function preview(db: Db, file: ParsedPeopleFile, mapping: ImportMapping, token: string, day: string) {
  const columns = mappedColumns(file, mapping);
  const index = registryIndex(db);
  const { rows, units, sameName } = checkRows(index, file, columns, day);
  const withErrors = rows.filter((r) => r.errors.length > 0).length;
  const result: ImportPreview = {
    token,
    rows: rows.map(({ row, values, errors, warnings, otherUnits }) => ({
      row,
      values,
      errors,
      ...(warnings ? { warnings } : {}),
      ...(otherUnits ? { otherUnits } : {}),
    })),
    counts: { total: rows.length, valid: rows.length - withErrors, withErrors },
    newUnits: [...units.created.values()].map((u) => u.display),
    newTiers: missingNames(rows, 'tier', index.tierByName),
    sameName,
  };
  return { result, rows, index, units };
}

/**
 * Checks every row with the mapping (a date of leaving after `clock`'s today is an error); writes
 * nothing. Throws import_no_name_column without a name column.
 */
export function previewImport(
  db: Db,
  clock: Clock,
  file: ParsedPeopleFile,
  mapping: ImportMapping,
  token: string,
): ImportPreview {
  return readTransaction(db, () => preview(db, file, mapping, token, today(clock)).result);
}

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * Throws import_has_errors (nothing written) unless every row is valid, and
 * import_same_name_unconfirmed unless every same-name pair of the preview is in `acceptSameName`
 * (then both are imported, as two people). Otherwise one transaction: the new units (each level
 * of a path once, below its parent) and tiers (below the lowest), then every person, each with
 * its person.created event (source: import), and one people.imported event for the file.
 */
export function commitImport(
  ctx: ServiceContext,
  file: ParsedPeopleFile,
  mapping: ImportMapping,
  acceptSameName: readonly string[] = [],
): { imported: number; newUnits: number; newTiers: number } {
  return transaction(ctx.db, () => {
    requireOrganisation(ctx.db);
    // Checked again inside the write transaction: the registry may have changed since the preview.
    const { result, rows, index, units } = preview(ctx.db, file, mapping, '', today(ctx.clock));
    if (result.counts.withErrors > 0) throw new LedgerError('import_has_errors', { count: result.counts.withErrors });
    const accepted = new Set(acceptSameName);
    const unconfirmed = result.sameName.filter((p) => !accepted.has(p.key)).length;
    if (unconfirmed > 0) throw new LedgerError('import_same_name_unconfirmed', { count: unconfirmed });
    const unitIds = new Map<string, string>();
    for (const [key, u] of units.created) {
      const parentId = u.parentKey !== null ? unitIds.get(u.parentKey)! : u.parentId;
      unitIds.set(key, createUnitBelow(ctx, parentId, u.name, 'import').id);
    }
    const tierIds = new Map<string, string>([...index.tierByName].map(([k, t]) => [k, t.id]));
    for (const name of result.newTiers) tierIds.set(foldText(name), createTierBelowLowest(ctx, name, 'import').id);
    for (const r of rows) {
      const v = r.values;
      const handles: Handles = {};
      for (const field of HANDLE_FIELDS) if (v[field]) handles[field.slice(7) as Platform] = v[field];
      const person: Person = {
        id: newId('person'),
        name: v.name!,
        unitId: r.place.newKey !== null ? unitIds.get(r.place.newKey)! : r.place.unitId,
        position: v.position ?? null,
        tierId: v.tier ? tierIds.get(foldText(v.tier))! : null,
        phone: v.phone ?? null,
        handles,
        status: r.status,
        leftOn: r.leftOn,
      };
      insertPerson(ctx.db, person);
      appendEvent(ctx, { kind: 'person.created', subjects: [person.id], after: { ...person, source: 'import' } });
    }
    appendEvent(ctx, {
      kind: 'people.imported',
      subjects: ['organisation'],
      after: {
        fileName: file.fileName,
        format: file.format,
        encoding: file.encoding,
        count: rows.length,
        newUnits: result.newUnits,
        newTiers: result.newTiers,
        sameNameConfirmed: result.sameName.length,
        mapping,
      },
    });
    return { imported: rows.length, newUnits: result.newUnits.length, newTiers: result.newTiers.length };
  });
}
