/**
 * Building blocks of the capability files: each exports one `…Channels` object (channel name →
 * zod input schema + result type marker) and index.ts joins them into `contract`.
 */
import { z } from 'zod';
import type { ChannelName } from './channels';

/** Marks a result type without a runtime value. */
export function returns<T>(): T {
  return undefined as T;
}

/** The input of a channel that takes none. */
export const NoInput = z.undefined();

/** One channel: what it accepts (checked at the process boundary) and what it answers. */
export interface ChannelSpec {
  input: z.ZodType;
  output: unknown;
}

/**
 * What a capability file declares: some of the names of channels.ts. Use with `satisfies`, so a
 * misspelt channel fails where it is written.
 */
export type ChannelGroup = Partial<Record<ChannelName, ChannelSpec>>;

/** `{ query? }`: the optional filter of a list. */
/** A table's sort as its header chose it: a column and its direction; none is the table's own order. */
export function tableSort<const K extends readonly [string, ...string[]]>(keys: K) {
  return z
    .object({ key: z.enum(keys), order: z.enum(['ascend', 'descend']) })
    .strict()
    .nullable()
    .optional();
}

/** Which rows of a table's window a call asks for: from `offset`, at most `max`. */
export function windowRange(max: number) {
  return { offset: z.number().int().min(0).max(10_000_000), limit: z.number().int().min(1).max(max) };
}

export const SearchQuery = z.object({ query: z.string().max(200).optional() }).strict();

/** The formats of a report on paper: a PDF to print, a workbook to sort and filter. */
export const REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export const ReportFormat = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof ReportFormat>;

/** A file written by an export: where it is and how large. */
export interface ExportedFile {
  path: string;
  bytes: number;
}
