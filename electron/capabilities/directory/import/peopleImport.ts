/**
 * Importing people from CSV (UTF-8 with or without BOM, GB18030, UTF-16) or XLSX: parse once,
 * check every row against a column mapping, then write all rows or none.
 *
 * The renderer sends the file's bytes (base64) and the command line reads the file; both come
 * through parsePeopleFile → guessMapping → previewImport → commitImport, so the checks, the row
 * numbers and the error codes (shared/contract IMPORT_ROW_ERRORS) are the same everywhere.
 */
import {
  IMPORT_FIELDS,
  type ImportField,
  type ImportMapping,
  type ImportPreview,
  type ImportRowError,
  type ImportRowResult,
} from '../../../../shared/contract';
import type { Handles, Person, Platform } from '../../../../shared/domain';
import { LedgerError } from '../../../../shared/errors';
import { foldText } from '../../../../shared/search';
import { readTransaction, stmt, transaction, type Db } from '../../../db/database';
import type { ServiceContext } from '../../../kernel/context';
import {
  createTierBelowLowest,
  createTopUnit,
  handleKey,
  isValidPhone,
  nameKey,
  newId,
  phoneDigits,
} from '../commands';
import { appendEvent } from '../../../kernel/events';
import { decodeCsv, parseCsv } from './csv';
import { parseDateCell } from './dates';
import { guessMapping as guessFromHeaders, parseStatus } from './mapping';
import { readXlsx } from './xlsx';
import type { PersonRecord } from '../../../kernel/rows';
import { insertPerson } from '../../../kernel/store';
import { requireOrganisation } from '../../../kernel/records';

/** A file read into rows of text; kept between the preview and the commit. */
export interface ParsedPeopleFile {
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16' | null;
  headers: string[];
  rows: string[][];
  /**
   * The spreadsheet row number of each entry in `rows` (the header is usually row 1; empty rows
   * are left out of `rows` but still counted). Without it, rows are numbered 2, 3, … in order.
   */
  rowNumbers?: number[];
}

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Longest text per field, as the person form allows. */
const MAX_LENGTH: Record<ImportField, number> = {
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

/** A header longer than this is cut (a mapping names headers of at most 200 characters). */
const MAX_HEADER = 200;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Compound-file header: an Excel 97–2003 .xls, or a password-protected .xlsx. */
function isOleFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** "A", "B", … "AA": the name of a column without a header. */
function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Header texts made unique and non-empty: a second "电话" becomes "电话 (2)", an empty one its column letter. */
export function uniqueHeaders(raw: string[]): string[] {
  const seen = new Set<string>();
  return raw.map((text, i) => {
    const base = (text.replace(/\s+/g, ' ').trim() || columnLetter(i)).slice(0, MAX_HEADER - 6);
    let header = base;
    for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base} (${n})`;
    seen.add(header.toLowerCase());
    return header;
  });
}

/** Throws LedgerError import_unreadable / import_too_large / import_empty. */
export function parsePeopleFile(fileName: string, bytes: Uint8Array): ParsedPeopleFile {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new LedgerError('import_too_large', { size: megabytes(bytes.length), max: megabytes(MAX_IMPORT_BYTES) });
  }
  if (bytes.length === 0) throw new LedgerError('import_empty', { file: fileName });
  let format: ParsedPeopleFile['format'];
  let encoding: ParsedPeopleFile['encoding'] = null;
  let records: Array<{ row: number; cells: string[] }>;
  if (isZip(bytes)) {
    format = 'xlsx';
    records = readXlsx(fileName, bytes);
  } else if (isOleFile(bytes)) {
    throw new LedgerError('import_unreadable', { file: fileName, issue: 'import.xls' });
  } else if (/\.xls[xm]?$/i.test(fileName)) {
    throw new LedgerError('import_unreadable', { file: fileName, issue: 'import.xlsx_broken' });
  } else {
    format = 'csv';
    const decoded = decodeCsv(fileName, bytes);
    encoding = decoded.encoding;
    records = parseCsv(fileName, decoded.text);
  }
  const nonEmpty = records.filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...data] = nonEmpty;
  if (!header || data.length === 0) throw new LedgerError('import_empty', { file: fileName });
  const width = Math.max(header.cells.length, ...data.map((r) => r.cells.length));
  const rawHeaders = Array.from({ length: width }, (_, i) => header.cells[i] ?? '');
  // Columns on the right that have neither a header nor any value are not columns.
  while (rawHeaders.length > 1 && rawHeaders.at(-1) === '' && data.every((r) => !r.cells[rawHeaders.length - 1])) {
    rawHeaders.pop();
  }
  const headers = uniqueHeaders(rawHeaders);
  return {
    fileName,
    format,
    encoding,
    headers,
    rows: data.map((r) => headers.map((_, i) => r.cells[i] ?? '')),
    rowNumbers: data.map((r) => r.row),
  };
}

/** The mapping guessed from header names in Chinese, Vietnamese and English. */
export function guessMapping(headers: string[]): ImportMapping {
  return guessFromHeaders(headers);
}

/** A stable key for a set of headers, under which a confirmed mapping is remembered. */
export function headerSignature(headers: string[]): string {
  return headers.map((h) => h.trim().toLowerCase()).join('\u0001');
}

// ---------------------------------------------------------------------------------------------
// Checking rows

type HandleField = Extract<ImportField, `handle.${string}`>;
const HANDLE_FIELDS = IMPORT_FIELDS.filter((f): f is HandleField => f.startsWith('handle.'));

interface RegistryIndex {
  unitByName: Map<string, { id: string; name: string }>;
  tierByName: Map<string, { id: string; name: string }>;
  unitNames: Map<string, string>;
  /** folded name + unit id → person */
  byNameUnit: Map<string, PersonRecord>;
  byPhone: Map<string, PersonRecord>;
  byHandle: Map<string, PersonRecord>;
}

const nameUnitKey = (name: string, unit: string) => `${nameKey(name)}\u0001${unit}`;

function registryIndex(db: Db): RegistryIndex {
  const units = stmt(db, 'SELECT id, name FROM units ORDER BY sort, name').all() as Array<{ id: string; name: string }>;
  const tiers = stmt(db, 'SELECT id, name FROM tiers ORDER BY rank').all() as Array<{ id: string; name: string }>;
  const people = stmt(db, 'SELECT * FROM people').all() as unknown as PersonRecord[];
  const index: RegistryIndex = {
    unitByName: new Map(),
    tierByName: new Map(),
    unitNames: new Map(units.map((u) => [u.id, u.name])),
    byNameUnit: new Map(),
    byPhone: new Map(),
    byHandle: new Map(),
  };
  // Two units of the same name: the first in the tree's order is the one a file means.
  for (const u of units) if (!index.unitByName.has(foldText(u.name))) index.unitByName.set(foldText(u.name), u);
  for (const t of tiers) if (!index.tierByName.has(foldText(t.name))) index.tierByName.set(foldText(t.name), t);
  for (const p of people) {
    index.byNameUnit.set(nameUnitKey(p.name, p.unit_id ?? ''), p);
    if (p.phone) index.byPhone.set(phoneDigits(p.phone), p);
    for (const [platform, handle] of Object.entries(JSON.parse(p.handles) as Handles)) {
      if (handle) index.byHandle.set(handleKey(platform, handle), p);
    }
  }
  return index;
}

/** The column index of each mapped field; every mapped header must be one of the file's. */
function mappedColumns(file: ParsedPeopleFile, mapping: ImportMapping): Map<ImportField, number> {
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

/** A checked row, with what the commit needs. */
interface CheckedRow extends ImportRowResult {
  status: 'active' | 'left';
  leftOn: string | null;
}

function checkRows(index: RegistryIndex, file: ParsedPeopleFile, columns: Map<ImportField, number>): CheckedRow[] {
  const seen = new Map<string, number>();
  return file.rows.map((cells, i) => {
    const row = file.rowNumbers?.[i] ?? i + 2;
    const values: Partial<Record<ImportField, string>> = {};
    for (const [field, col] of columns) {
      const value = (cells[col] ?? '').trim();
      if (value) values[field] = value;
    }
    const errors: ImportRowError[] = [];
    const fail = (field: ImportField | null, code: ImportRowError['code'], params: ImportRowError['params'] = {}) =>
      errors.push({ field, code, params });

    if (!values.name) fail('name', 'name_missing');
    for (const [field, value] of Object.entries(values) as Array<[ImportField, string]>) {
      if (value.length > MAX_LENGTH[field])
        fail(field, 'too_long', { max: MAX_LENGTH[field], value: value.slice(0, 40) });
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
    }
    // No status column but a date of leaving: the person left. A status of active drops the date.
    const effective = status ?? (values.leftOn ? 'left' : 'active');
    if (status === 'left' && !values.leftOn) fail('leftOn', 'left_on_missing');

    // The same person twice: same name in the same unit, or the same phone, or the same handle.
    const unitText = values.unit ? foldText(values.unit) : '';
    const keys: Array<[ImportField, string]> = [];
    if (values.name) keys.push(['name', `n:${nameUnitKey(values.name, unitText)}`]);
    if (values.phone && isValidPhone(values.phone)) keys.push(['phone', `p:${phoneDigits(values.phone)}`]);
    for (const field of HANDLE_FIELDS) {
      if (values[field]) keys.push([field, `h:${handleKey(field.slice(7), values[field])}`]);
    }
    const earlier = keys.find(([, key]) => seen.has(key));
    if (earlier) fail(earlier[0], 'duplicate_in_file', { row: seen.get(earlier[1])! });
    for (const [, key] of keys) if (!seen.has(key)) seen.set(key, row);

    const registryUnit = values.unit ? index.unitByName.get(unitText) : undefined;
    let other: PersonRecord | undefined;
    let otherField: ImportField = 'name';
    if (values.name && (!values.unit || registryUnit)) {
      other = index.byNameUnit.get(nameUnitKey(values.name, registryUnit?.id ?? ''));
    }
    if (!other && values.phone && isValidPhone(values.phone)) {
      other = index.byPhone.get(phoneDigits(values.phone));
      otherField = 'phone';
    }
    for (const field of HANDLE_FIELDS) {
      if (other || !values[field]) continue;
      other = index.byHandle.get(handleKey(field.slice(7), values[field]));
      otherField = field;
    }
    if (other) {
      fail(otherField, 'duplicate_in_registry', {
        name: other.name,
        unit: other.unit_id ? (index.unitNames.get(other.unit_id) ?? '—') : '—',
      });
    }
    return { row, values, errors, status: effective, leftOn: effective === 'left' ? leftOn : null };
  });
}

/** Names of units or tiers the file uses that the registry lacks, in order of first use. */
function missingNames(rows: CheckedRow[], field: 'unit' | 'tier', known: Map<string, unknown>): string[] {
  const found = new Map<string, string>();
  for (const r of rows) {
    const name = r.values[field];
    if (!name) continue;
    const key = foldText(name);
    if (!known.has(key) && !found.has(key)) found.set(key, name);
  }
  return [...found.values()];
}

function preview(db: Db, file: ParsedPeopleFile, mapping: ImportMapping, token: string) {
  const columns = mappedColumns(file, mapping);
  const index = registryIndex(db);
  const rows = checkRows(index, file, columns);
  const withErrors = rows.filter((r) => r.errors.length > 0).length;
  const result: ImportPreview = {
    token,
    rows: rows.map(({ row, values, errors }) => ({ row, values, errors })),
    counts: { total: rows.length, valid: rows.length - withErrors, withErrors },
    newUnits: missingNames(rows, 'unit', index.unitByName),
    newTiers: missingNames(rows, 'tier', index.tierByName),
  };
  return { result, rows, index };
}

/** Checks every row with the mapping; writes nothing. Throws import_no_name_column without a name column. */
export function previewImport(db: Db, file: ParsedPeopleFile, mapping: ImportMapping, token: string): ImportPreview {
  return readTransaction(db, () => preview(db, file, mapping, token).result);
}

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * Throws import_has_errors (nothing written) unless every row is valid. Otherwise one
 * transaction: the new units (top level) and tiers (below the lowest), then every person, each
 * with its person.created event (source: import), and one people.imported event for the file.
 */
export function commitImport(
  ctx: ServiceContext,
  file: ParsedPeopleFile,
  mapping: ImportMapping,
): { imported: number; newUnits: number; newTiers: number } {
  return transaction(ctx.db, () => {
    requireOrganisation(ctx.db);
    // Checked again inside the write transaction: the registry may have changed since the preview.
    const { result, rows, index } = preview(ctx.db, file, mapping, '');
    if (result.counts.withErrors > 0) throw new LedgerError('import_has_errors', { count: result.counts.withErrors });
    const unitIds = new Map<string, string>([...index.unitByName].map(([k, u]) => [k, u.id]));
    const tierIds = new Map<string, string>([...index.tierByName].map(([k, t]) => [k, t.id]));
    for (const name of result.newUnits) unitIds.set(foldText(name), createTopUnit(ctx, name, 'import').id);
    for (const name of result.newTiers) tierIds.set(foldText(name), createTierBelowLowest(ctx, name, 'import').id);
    for (const r of rows) {
      const v = r.values;
      const handles: Handles = {};
      for (const field of HANDLE_FIELDS) if (v[field]) handles[field.slice(7) as Platform] = v[field];
      const person: Person = {
        id: newId('person'),
        name: v.name!,
        unitId: v.unit ? unitIds.get(foldText(v.unit))! : null,
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
        mapping,
      },
    });
    return { imported: rows.length, newUnits: result.newUnits.length, newTiers: result.newTiers.length };
  });
}
