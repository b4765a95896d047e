/**
 * The width a table needs: the sum of its columns' widths. Used as the table's `scroll.x`, it is
 * the width below which the table scrolls sideways (with its fixed columns in place); above it the
 * columns share the extra room. Each table's columns are sized so this stays within the content
 * of a 1366-pixel screen (about 1,000 pixels inside a card), so none scrolls there.
 */
export function tableWidth(columns: ReadonlyArray<{ width?: number | string }>): number {
  return columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), 0);
}
