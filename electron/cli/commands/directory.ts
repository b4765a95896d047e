/**
 * `import people FILE`: the same steps as the import wizard — read the file, map its columns
 * (from --map, else guessed from the header names), check every row — then write all rows or
 * none. Each row error is printed with the spreadsheet's own row number, in the chosen language.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { noExtra, type CliCommand } from '../command';
import {
  IMPORT_FIELDS,
  ImportMapping,
  type ImportField,
  type ImportPreview,
  type ImportSameNameSide,
} from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import { errorMessage } from '../../../shared/i18n/errors';
import { IMPORT_TEXT, importFieldText, importRowErrorText } from '../../../shared/i18n/import';
import { interpolate } from '../../../shared/i18n/errors';
import {
  commitImport,
  guessMapping,
  parsePeopleFile,
  previewImport,
  type ParsedPeopleFile,
} from '../../capabilities/directory';
import { CliFailure, UsageError, cliContext, report, withDbAsync, type CommandEnv } from '../common';
import { confPreferences } from '../../core/preferences';
import { takeBackup } from '../../capabilities/backups';
import { isRegistryEmpty } from '../../kernel/records';
import { requireOrganisation } from '../../kernel/records';

/**
 * Parses `--map name=姓名,unit=部门,handle.zalo=Zalo`: each known field to a header of the file,
 * no header twice. Anything else is a usage error naming what is wrong.
 */
export function parseMapOption(text: string, headers: string[]): ImportMapping {
  const mapping: Partial<Record<ImportField, string>> = {};
  const used = new Map<string, string>();
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq < 0) throw new UsageError('error.mapSyntax', { part: part.trim() });
    const field = part.slice(0, eq).trim();
    const header = part.slice(eq + 1).trim();
    if (!(IMPORT_FIELDS as readonly string[]).includes(field))
      throw new UsageError('error.mapField', { field, fields: IMPORT_FIELDS.join(', ') });
    if (!header) throw new UsageError('error.mapSyntax', { part: part.trim() });
    if (!headers.includes(header))
      throw new UsageError('error.mapHeader', { header, headers: headers.map((h) => `“${h}”`).join(', ') });
    if (mapping[field as ImportField] !== undefined) throw new UsageError('error.mapTwice', { field });
    const other = used.get(header);
    if (other !== undefined) throw new UsageError('error.mapHeaderTwice', { header, a: other, b: field });
    used.set(header, field);
    mapping[field as ImportField] = header;
  }
  if (mapping.name === undefined) throw new UsageError('error.mapNoName');
  return ImportMapping.parse(mapping);
}

function readPeopleFile(path: string): ParsedPeopleFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new LedgerError('io_error', { path, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return parsePeopleFile(basename(path), bytes);
}

export function importPeopleCommand(
  env: CommandEnv,
  path: string,
  options: { dryRun: boolean; map: string | undefined; acceptSameName?: boolean },
): Promise<number> {
  const { t, common } = env;
  const locale = common.locale;
  // The registry is checked first: no point reading a file there is nowhere to import into.
  return withDbAsync(common, async (db) => {
    requireOrganisation(db);
    const file = readPeopleFile(path);
    const mapping =
      options.map !== undefined ? parseMapOption(options.map, file.headers) : guessMapping(file.headers, file.rows);
    if (mapping.name === undefined) {
      throw new CliFailure(
        [
          errorMessage(locale, 'import_no_name_column'),
          t('importPeople.headersFound', { headers: file.headers.map((h) => `“${h}”`).join(t('list.separator')) }),
          t('importPeople.useMap'),
        ].join('\n'),
      );
    }
    const preview = previewImport(db, env.clock, file, mapping, randomBytes(16).toString('hex'));
    const problems = preview.rows.flatMap((r) =>
      r.errors.map((e) => ({
        row: r.row,
        field: e.field,
        column: e.field ? (mapping[e.field] ?? importFieldText(locale, e.field)) : null,
        code: e.code,
        params: e.params,
        message: importRowErrorText(locale, e),
      })),
    );
    const lines = describe(env, file, mapping, preview);
    for (const p of problems) {
      lines.push(
        p.column
          ? interpolate(IMPORT_TEXT[locale].rowWithField, { row: p.row, column: p.column, message: p.message })
          : `${interpolate(IMPORT_TEXT[locale].rowNumber, { row: p.row })}: ${p.message}`,
      );
    }
    if (problems.length > 0) lines.push('');
    const rowText = (row: number) => interpolate(IMPORT_TEXT[locale].rowNumber, { row });
    for (const r of preview.rows) {
      if (!r.otherUnits) continue;
      lines.push(
        t('importPeople.otherUnits', {
          row: rowText(r.row),
          unit: r.values.unit ?? '—',
          others: r.otherUnits.join(t('list.separator')),
        }),
      );
    }
    if (preview.rows.some((r) => r.otherUnits)) lines.push('');
    // Same name in the same unit: listed as pairs, imported only when the administrator says so.
    const pairs = preview.sameName;
    if (pairs.length > 0) {
      const side = (s: ImportSameNameSide) => {
        const details = [s.position, s.phone].filter(Boolean).join(t('list.separator'));
        return t('importPeople.pairSide', {
          side: s.row === null ? t('importPeople.pairRegistry') : t('importPeople.pairRow', { row: s.row }),
          details: details || t('importPeople.pairUnknown'),
        });
      };
      lines.push(t('importPeople.sameNameTitle', { count: pairs.length }));
      for (const p of pairs) {
        lines.push(
          t('importPeople.samePair', {
            name: p.name,
            unit: p.unit ? t('importPeople.pairUnit', { unit: p.unit }) : '',
            first: side(p.first),
            second: side(p.second),
          }),
        );
      }
      lines.push(
        options.acceptSameName
          ? t('importPeople.sameNameAccepted', { count: pairs.length })
          : t('importPeople.sameNameHint'),
      );
      lines.push('');
    }
    const summary = {
      file: {
        path,
        fileName: file.fileName,
        format: file.format,
        encoding: file.encoding,
        headers: file.headers,
        rows: file.rows.length,
      },
      mapping,
      counts: preview.counts,
      newUnits: preview.newUnits,
      newTiers: preview.newTiers,
      errors: problems,
      sameName: pairs.map((p) => ({ name: p.name, unit: p.unit, first: p.first, second: p.second })),
      acceptSameName: options.acceptSameName ?? false,
      dryRun: options.dryRun,
    };
    if (preview.counts.withErrors > 0) {
      report(env, { ...summary, imported: null }, lines.join('\n').trimEnd());
      const message = errorMessage(locale, 'import_has_errors', { count: preview.counts.withErrors });
      env.io.err(t('error.prefix', { message }));
      return 1;
    }
    if (pairs.length > 0 && !options.acceptSameName) {
      report(env, { ...summary, imported: null }, lines.join('\n').trimEnd());
      const message = errorMessage(locale, 'import_same_name_unconfirmed', { count: pairs.length });
      env.io.err(t('error.prefix', { message }));
      return 1;
    }
    if (options.dryRun) {
      lines.push(t('importPeople.dryRun', { count: preview.counts.valid }));
      report(env, { ...summary, imported: null }, lines.join('\n'));
      return 0;
    }
    const accepted = options.acceptSameName ? pairs.map((p) => p.key) : [];
    // A verified backup of the registry as it was, as the app takes one before an import.
    if (!isRegistryEmpty(db)) {
      await takeBackup(db, common.dataDir, env.clock, 'before-import', confPreferences(common.dataDir).backupRetention());
    }
    const imported = commitImport(cliContext(db, env), file, mapping, accepted);
    lines.push(t('importPeople.done', { ...imported, dataDir: common.dataDir }));
    report(env, { ...summary, imported }, lines.join('\n'));
    return 0;
  });
}

/** The file, how its columns are read, the counts and what the import would create. */
function describe(env: CommandEnv, file: ParsedPeopleFile, mapping: ImportMapping, preview: ImportPreview): string[] {
  const { t, common } = env;
  const mapped = Object.entries(mapping) as Array<[ImportField, string]>;
  const used = new Set(mapped.map(([, header]) => header));
  const unused = file.headers.filter((h) => !used.has(h));
  const lines = [
    t('importPeople.file', {
      file: file.fileName,
      format: file.format.toUpperCase(),
      encoding: file.encoding ? ` ${t(`encoding.${file.encoding}`)}` : '',
      rows: file.rows.length,
    }),
    t('importPeople.columns', {
      columns: mapped
        .map(([field, header]) => `“${header}” → ${importFieldText(common.locale, field)}`)
        .join(t('list.separator')),
    }),
  ];
  if (unused.length > 0)
    lines.push(t('importPeople.unused', { headers: unused.map((h) => `“${h}”`).join(t('list.separator')) }));
  lines.push(t('importPeople.counts', preview.counts));
  if (preview.newUnits.length > 0)
    lines.push(t('importPeople.newUnits', { names: preview.newUnits.join(t('list.separator')) }));
  if (preview.newTiers.length > 0)
    lines.push(t('importPeople.newTiers', { names: preview.newTiers.join(t('list.separator')) }));
  lines.push('');
  return lines;
}

/** `import people FILE [--dry-run] [--map …] [--accept-same-name]`. */
export const importPeopleCliCommand: CliCommand = {
  name: 'import',
  sub: 'people',
  options: { 'dry-run': { type: 'boolean' }, map: { type: 'string' }, 'accept-same-name': { type: 'boolean' } },
  run(env, values, positionals) {
    if (!positionals[0]) throw new UsageError('error.missingArg', { what: 'FILE' });
    noExtra(positionals.slice(1));
    return importPeopleCommand(env, resolve(env.io.cwd, positionals[0]), {
      dryRun: (values['dry-run'] as boolean | undefined) ?? false,
      map: values.map as string | undefined,
      acceptSameName: (values['accept-same-name'] as boolean | undefined) ?? false,
    });
  },
};
