/** The directory: units, tiers and people, and the people import (file → mapping → preview → commit). */
import { z } from 'zod';
import { lineText, nameText } from '../text';
import {
  Id,
  Platform,
  IsoDate,
  Locale,
  PersonStatus,
  type GroupStatus,
  type Membership,
  type Person,
  type Tier,
  type Unit,
} from '../domain';
import { NoInput, SearchQuery, returns, tableSort, windowRange, type ChannelGroup } from './define';
import type { ExceptionRow } from './exceptions';
import type { Eligibility } from './membership';
import { NAMES_MAX_IDS, PEOPLE_SORT_KEYS } from '../vocabulary';

/** The most rows of the people table one call answers (a window and what is read ahead of it). */
export const PEOPLE_WINDOW_MAX = 500;

export { PEOPLE_SORT_KEYS };
export type PeopleSortKey = (typeof PEOPLE_SORT_KEYS)[number];

/** What the people table shows: the search, the header's sort and filters, in the UI language's order. */
export const PeopleArrangement = z
  .object({
    query: z.string().max(200).optional(),
    locale: Locale,
    sort: tableSort(PEOPLE_SORT_KEYS),
    filters: z
      .object({
        unit: z.array(z.string().max(200)).max(1000).optional(),
        tier: z.array(z.string().max(200)).max(100).optional(),
        status: z.array(PersonStatus).max(2).optional(),
        /** The people of these units (not their sub-units): the organisation page's unit panel. */
        unitId: z.array(Id).max(1000).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type PeopleArrangement = z.infer<typeof PeopleArrangement>;

/** Rows `offset` … `offset + rows.length - 1` of the arranged people, with what the header's filters offer. */
export interface PeopleWindow {
  /** The people the search and filters keep. */
  total: number;
  offset: number;
  rows: PersonRow[];
  /** Every unit and tier among the people the search keeps (the header's filter choices), in order. */
  units: string[];
  tiers: string[];
  /** The registry's history entry these rows were read at. */
  revision: number;
}

export interface PersonRow {
  id: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  tierId: string | null;
  tierName: string | null;
  tierRank: number | null;
  position: string | null;
  phone: string | null;
  handles: Person['handles'];
  status: Person['status'];
  leftOn: string | null;
  groupCount: number;
}

export interface PersonDetail {
  person: Person;
  unitName: string | null;
  tierName: string | null;
  memberships: Array<
    Membership & {
      groupName: string;
      platform: Platform;
      groupStatus: GroupStatus;
      addedByName: string | null;
      requestedByName: string | null;
      eligibility: Eligibility;
    }
  >;
  exceptions: ExceptionRow[];
}

/** Fields a people file can fill; `handle.<platform>` columns hold platform handles. */
export const IMPORT_FIELDS = [
  'name',
  'unit',
  'position',
  'tier',
  'phone',
  'handle.wechat',
  'handle.wecom',
  'handle.zalo',
  'handle.dingtalk',
  'handle.teams',
  'handle.telegram',
  'status',
  'leftOn',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Field → header text of the column that fills it. */
export const ImportMapping = z
  .partialRecord(z.enum(IMPORT_FIELDS), z.string().max(200))
  .refine((m) => new Set(Object.values(m)).size === Object.values(m).length, { message: 'mapping.duplicate' });
export type ImportMapping = z.infer<typeof ImportMapping>;

export interface ImportParsed {
  token: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  /** How a CSV was decoded (null for XLSX). */
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16' | null;
  /** Header texts, made unique ("电话 (2)"). */
  headers: string[];
  rowCount: number;
  /** The first rows, as text, for the mapping step. */
  sample: string[][];
  /** The remembered mapping for these headers, else one guessed from header names (zh/vi/en). */
  mapping: ImportMapping;
  remembered: boolean;
}

export const IMPORT_ROW_ERRORS = [
  'name_missing',
  'too_long',
  'phone_invalid',
  'status_invalid',
  'left_on_invalid',
  'left_on_future',
  'left_on_missing',
  'duplicate_in_file',
  'duplicate_in_registry',
  'direction_control',
  'control_character',
] as const;
export type ImportRowErrorCode = (typeof IMPORT_ROW_ERRORS)[number];

/** What a row may have that the administrator confirms rather than corrects. */
export const IMPORT_ROW_WARNINGS = ['same_name_in_file', 'same_name_in_registry'] as const;
export type ImportRowWarningCode = (typeof IMPORT_ROW_WARNINGS)[number];

export interface ImportRowWarning {
  field: ImportField | null;
  code: ImportRowWarningCode;
  /** { row } for a row of the file, { name, unit } for someone in the registry */
  params: Record<string, string | number>;
}

/** One side of a same-name pair: a row of the file, or (row null) a person already in the registry. */
export interface ImportSameNameSide {
  row: number | null;
  position: string | null;
  phone: string | null;
}

/**
 * Two people with the same name in the same unit and no phone or handle in common: two people,
 * once the administrator confirms it (`acceptSameName` of people.importCommit lists the keys).
 */
export interface ImportSameNamePair {
  /** Opaque, for acceptSameName; never shown. */
  key: string;
  name: string;
  /** The unit as a path (“执法监察大队 / 一中队”); null without a unit. */
  unit: string | null;
  first: ImportSameNameSide;
  second: ImportSameNameSide;
}

export interface ImportRowError {
  field: ImportField | null;
  code: ImportRowErrorCode;
  /** e.g. { row: 7 } for a duplicate in the file, { name, unit } for one in the registry, { value } */
  params: Record<string, string | number>;
}

export interface ImportRowResult {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  values: Partial<Record<ImportField, string>>;
  errors: ImportRowError[];
  /** Same name in the same unit as another row or person: confirmed in sameName, not an error. */
  warnings?: ImportRowWarning[];
  /** Further departments of a cell that names several (“A;B”): shown, not imported. */
  otherUnits?: string[];
}

export interface ImportPreview {
  token: string;
  rows: ImportRowResult[];
  counts: { total: number; valid: number; withErrors: number };
  /** Units and tiers named in the file that the registry does not have: created on import. */
  newUnits: string[];
  newTiers: string[];
  /** Pairs to confirm as two different people before the import can be committed. */
  sameName: ImportSameNamePair[];
}

/** Names by id, for the people and groups a page shows (directory.names); ids that name neither are left out. */
export interface NameIndex {
  people: Record<string, string>;
  groups: Record<string, string>;
}

/** At most this many ids in one directory.names request (shared/vocabulary, zod-free for the window). */
export { NAMES_MAX_IDS };

const ImportToken = z.string().regex(/^[0-9a-f]{32}$/);

export const directoryChannels = {
  'units.list': {
    input: NoInput,
    output: returns<Array<Unit & { people: number }>>(),
  },
  'units.save': {
    input: z
      .object({
        id: Id.optional(),
        name: nameText(200),
        parentId: Id.nullable(),
        sort: z.number().int().min(0).max(1_000_000).optional(),
      })
      .strict(),
    output: returns<Unit>(),
  },
  'units.delete': { input: z.object({ id: Id }).strict(), output: returns<null>() },
  /** The tiers, highest first, each with how many active people it holds. */
  'tiers.list': { input: NoInput, output: returns<Array<Tier & { people: number }>>() },
  /** Creates a tier (below the lowest) or renames one. */
  'tiers.save': {
    input: z.object({ id: Id.optional(), name: nameText(200) }).strict(),
    output: returns<Tier>(),
  },
  /** Sets the order of all tiers, highest first. */
  'tiers.reorder': { input: z.object({ ids: z.array(Id).min(1).max(99) }).strict(), output: returns<Tier[]>() },
  'tiers.delete': { input: z.object({ id: Id }).strict(), output: returns<null>() },
  'people.list': { input: SearchQuery, output: returns<PersonRow[]>() },
  /**
   * The people table a window at a time: searched, filtered and sorted in the main process, so the
   * window holds only the rows in view and those read ahead (issue 13), never the whole directory.
   */
  'people.window': {
    input: PeopleArrangement.extend(windowRange(PEOPLE_WINDOW_MAX)).strict(),
    output: returns<PeopleWindow>(),
  },
  /** The names of the people and groups with these ids (a history, a dashboard): not whole lists. */
  /** Every post people hold, each once ("党组书记、局长" gives 党组书记 and 局长): a charter's choices. */
  'directory.positions': { input: NoInput, output: returns<string[]>() },
  /** The active people holding a post (folded compare, as the charter check does): who may decide. */
  'people.holdingPost': {
    input: z.object({ post: lineText(200) }).strict(),
    output: returns<Array<{ id: string; name: string }>>(),
  },
  'directory.names': {
    input: z.object({ ids: z.array(Id).min(1).max(NAMES_MAX_IDS) }).strict(),
    output: returns<NameIndex>(),
  },
  'people.get': {
    input: z.object({ id: Id }).strict(),
    output: returns<PersonDetail>(),
  },
  /** Creates (no id) or edits a person. Status 'left' needs leftOn. */
  'people.save': {
    input: z
      .object({
        id: Id.optional(),
        name: nameText(200),
        unitId: Id.nullable(),
        position: lineText(200).nullable(),
        tierId: Id.nullable(),
        phone: z.string().trim().max(40).nullable(),
        handles: z.partialRecord(Platform, lineText(100, 1)),
        status: PersonStatus,
        leftOn: IsoDate.nullable(),
        /** Save even though someone with the same name is in the same unit. */
        allowDuplicate: z.boolean().optional(),
      })
      .strict(),
    output: returns<Person>(),
  },
  /** Reads a CSV or XLSX file sent by the renderer (base64, at most 10 MB) and keeps it for the next steps. */
  'people.importParse': {
    input: z
      .object({
        fileName: z.string().trim().min(1).max(260),
        data: z
          .string()
          .max(14_000_000)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/),
      })
      .strict(),
    output: returns<ImportParsed>(),
  },
  /** How far the file being read is (0–1), or null when none is being read. */
  'people.importProgress': { input: NoInput, output: returns<{ fraction: number } | null>() },
  /** Stops reading the file (its importParse answers import_cancelled); false when none is being read. */
  'people.importCancel': { input: NoInput, output: returns<boolean>() },
  /** Checks every row with the given mapping; writes nothing. */
  'people.importPreview': {
    input: z.object({ token: ImportToken, mapping: ImportMapping }).strict(),
    output: returns<ImportPreview>(),
  },
  /** Imports every row in one transaction, or none when any row has an error. Remembers the mapping. */
  'people.importCommit': {
    input: z
      .object({
        token: ImportToken,
        mapping: ImportMapping,
        /** Keys of the preview's sameName pairs confirmed as two different people. */
        acceptSameName: z.array(z.string().max(100)).max(50_000).optional(),
      })
      .strict(),
    output: returns<{ imported: number; newUnits: number; newTiers: number }>(),
  },
} as const satisfies ChannelGroup;
