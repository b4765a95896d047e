/**
 * Importing people from CSV (UTF-8 with or without BOM, GB18030, UTF-16) or XLSX: parse once,
 * check every row against a column mapping, then write all rows or none.
 *
 * The renderer sends the file's bytes (base64) and the command line reads the file; both come
 * through parsePeopleFile → guessMapping → previewImport → commitImport, so the checks, the row
 * numbers and the error codes (shared/contract IMPORT_ROW_ERRORS) are the same everywhere.
 */
import { directionControl, stripInvisible } from '../../../../shared/cellText';
import {
  IMPORT_FIELDS,
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
import { readTransaction, stmt, transaction, type Db } from '../../../db/database';
import type { ServiceContext } from '../../../kernel/context';
import {
  createTierBelowLowest,
  createUnitBelow,
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

/**
 * An OpenDocument file (.ods, also .odt …): a zip whose first entry, stored uncompressed, is
 * `mimetype` holding application/vnd.oasis.opendocument.*.
 */
function isOpenDocument(fileName: string, bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(30, 120));
  return head.startsWith('mimetypeapplication/vnd.oasis.opendocument') || /\.ods$/i.test(fileName);
}

/** Text that starts like a web page or an XML document (“.xls” exports of many OA/HR systems). */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^<(?:!doctype|html|\?xml|table|meta|head|body)\b/i.test(head);
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
    const base = (stripInvisible(text).replace(/\s+/g, ' ').trim() || columnLetter(i)).slice(0, MAX_HEADER - 6);
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
  const unreadable = (issue: string) => new LedgerError('import_unreadable', { file: fileName, issue });
  // Each format that is not CSV or XLSX is named for what it is, whatever the file is called.
  if (isZip(bytes)) {
    if (isOpenDocument(fileName, bytes)) throw unreadable('import.ods');
    format = 'xlsx';
    records = readXlsx(fileName, bytes);
  } else if (isOleFile(bytes)) {
    throw unreadable(/\.xls[xm]$/i.test(fileName) ? 'import.encrypted' : 'import.xls');
  } else if (looksLikeMarkup(bytes)) {
    throw unreadable('import.html');
  } else if (/\.xls[xm]$/i.test(fileName)) {
    throw unreadable('import.xlsx_broken');
  } else if (/\.(?:ods|xls)$/i.test(fileName) && bytes.includes(0)) {
    throw unreadable(/\.ods$/i.test(fileName) ? 'import.ods' : 'import.xls');
  } else {
    // A “.xls” that is really text (tab-separated, as many systems export) is read as such.
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

/**
 * The mapping guessed from header names in Chinese, Vietnamese and English. Given the rows, a
 * column guessed as the status whose values are mostly not status words (an address book's
 * 激活状态 holding something else, a “状态” of 正式/试用) is left unmapped rather than failing
 * every row; the administrator can still map it.
 */
export function guessMapping(headers: string[], rows: string[][] = []): ImportMapping {
  const mapping = guessFromHeaders(headers);
  if (mapping.status !== undefined) {
    const col = headers.indexOf(mapping.status);
    const values = rows.map((r) => stripInvisible(r[col] ?? '').trim()).filter((v) => v !== '');
    const unknown = values.filter((v) => parseStatus(v) === null).length;
    if (unknown * 2 > values.length) delete mapping.status;
  }
  return mapping;
}

/** A stable key for a set of headers, under which a confirmed mapping is remembered. */
export function headerSignature(headers: string[]): string {
  return headers.map((h) => h.trim().toLowerCase()).join('\u0001');
}

// ---------------------------------------------------------------------------------------------
// Checking rows

type HandleField = Extract<ImportField, `handle.${string}`>;
const HANDLE_FIELDS = IMPORT_FIELDS.filter((f): f is HandleField => f.startsWith('handle.'));

interface UnitRow {
  id: string;
  parent_id: string | null;
  name: string;
}

interface RegistryIndex {
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

const nameUnitKey = (name: string, unit: string) => `${nameKey(name)}\u0001${unit}`;

function registryIndex(db: Db): RegistryIndex {
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

// ---------------------------------------------------------------------------------------------
// Units as address books write them

/** How a unit path is shown: “执法监察大队 / 一中队”. */
const PATH_SEPARATOR = ' / ';

/** A unit the import creates: its name, and its parent (an existing unit, or another new one). */
interface NewUnit {
  name: string;
  parentId: string | null;
  parentKey: string | null;
  display: string;
}

/** Where a row's unit is: an existing unit (or none), or a new one (by path key) the commit creates. */
interface UnitPlace {
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
class UnitResolver {
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

function checkRows(index: RegistryIndex, file: ParsedPeopleFile, columns: Map<ImportField, number>): Checked {
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
      // Zero-width characters go; a direction control is refused (shared/cellText).
      const value = stripInvisible(cells[col] ?? '').trim();
      if (!value) continue;
      values[field] = value;
      const control = directionControl(value);
      if (control) fail(field, 'direction_control', { codePoint: control });
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

function preview(db: Db, file: ParsedPeopleFile, mapping: ImportMapping, token: string) {
  const columns = mappedColumns(file, mapping);
  const index = registryIndex(db);
  const { rows, units, sameName } = checkRows(index, file, columns);
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

/** Checks every row with the mapping; writes nothing. Throws import_no_name_column without a name column. */
export function previewImport(db: Db, file: ParsedPeopleFile, mapping: ImportMapping, token: string): ImportPreview {
  return readTransaction(db, () => preview(db, file, mapping, token).result);
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
    const { result, rows, index, units } = preview(ctx.db, file, mapping, '');
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
