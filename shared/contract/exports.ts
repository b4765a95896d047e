/**
 * Exports people use: a group's member list on any date and the people directory as CSV (UTF-8
 * with BOM, for Chinese Excel) or XLSX, and the 台账 workbook of the whole registry for an inspection.
 */
import { z } from 'zod';
import { Id, IsoDate } from '../domain';
import { NoInput, returns, type ChannelGroup, type ExportedFile } from './define';

export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export const TableFormat = z.enum(TABLE_FORMATS);
export type TableFormat = z.infer<typeof TableFormat>;

export const exportsChannels = {
  'exports.members': {
    input: z.object({ groupId: Id, asOf: IsoDate.optional(), format: TableFormat }).strict(),
    output: returns<ExportedFile | null>(),
  },
  'exports.people': { input: z.object({ format: TableFormat }).strict(), output: returns<ExportedFile | null>() },
  'exports.workbook': { input: NoInput, output: returns<ExportedFile | null>() },
} as const satisfies ChannelGroup;
