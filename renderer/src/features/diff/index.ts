/**
 * Diff: what changed between two snapshots, a snapshot and now, or two days of the ledger; and the
 * ledger workbook (台账) button other pages show.
 */
export { WorkbookButton } from './WorkbookButton';
