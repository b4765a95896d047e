/**
 * Importing people from CSV (UTF-8 with or without BOM, GB18030, UTF-16) or XLSX: parse once,
 * check every row against a column mapping, then write all rows or none.
 */
import type { ImportMapping, ImportPreview } from '../../shared/contract';
import type { Db } from '../db/database';
import type { ServiceContext } from './context';

/** A file read into rows of text; kept between the preview and the commit. */
export interface ParsedPeopleFile {
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16' | null;
  headers: string[];
  rows: string[][];
}

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Throws LedgerError import_unreadable / import_too_large / import_empty. */
export function parsePeopleFile(fileName: string, bytes: Uint8Array): ParsedPeopleFile {
  void fileName; void bytes;
  throw new Error('not implemented');
}

/** The mapping guessed from header names in Chinese, Vietnamese and English. */
export function guessMapping(headers: string[]): ImportMapping {
  void headers;
  throw new Error('not implemented');
}

/** A stable key for a set of headers, under which a confirmed mapping is remembered. */
export function headerSignature(headers: string[]): string {
  return headers.map((h) => h.trim().toLowerCase()).join('\u0001');
}

export function previewImport(db: Db, file: ParsedPeopleFile, mapping: ImportMapping, token: string): ImportPreview {
  void db; void file; void mapping; void token;
  throw new Error('not implemented');
}

/** Throws import_has_errors (nothing written) unless every row is valid. */
export function commitImport(
  ctx: ServiceContext,
  file: ParsedPeopleFile,
  mapping: ImportMapping,
): { imported: number; newUnits: number; newTiers: number } {
  void ctx; void file; void mapping;
  throw new Error('not implemented');
}
