/*
 * Which rows a windowed list draws (see WindowedTable): those in view and a few either side.
 *
 * Measured at 10,000 people, scrolling through the whole people table 0.9 of a window per frame
 * (1,146 frames a scroll; six scrolls of each, interleaved on the same machine): with 4 rows either
 * side always and rows keyed by index modulo 19, 50 frames took over 33 ms and 10 over 50 (p99
 * 31.2 ms); with these two functions, 24 and 4 (p99 27.8 ms), and the page's main thread worked
 * 8 % less in all. Drawing fewer rows alone did not help: keyed by index modulo the larger count,
 * six of the thirteen rows were built anew in every frame instead of refilled.
 */

/**
 * Rows kept in the page beyond those in view. On the side the list scrolls towards, `AHEAD`: a
 * wheel's next notch (100–120 pixels, two rows) is already drawn when the compositor scrolls before
 * the page has drawn the new rows. On the side it comes from, `BEHIND`: the row the arrow keys go to
 * next. When the list last moved by more than `AHEAD` rows at once (the scroll bar dragged, Page
 * Down held), the next move will not land in the rows drawn ahead either, and they would be drawn
 * for nothing in every frame: `BEHIND` on both sides. When first shown, `AHEAD` on both. (The rows
 * are worked out again only when the rows in view change: a list at rest keeps those it has.)
 */
export const OVERSCAN_AHEAD = 4;
export const OVERSCAN_BEHIND = 1;

/**
 * The rows to draw: those in view (`start`…`end`) and the overscan on each side, given where the
 * window started the last time (`previousStart`; null the first time).
 */
export function windowRows(start: number, end: number, count: number, previousStart: number | null): number[] {
  const moved = previousStart === null ? 0 : start - previousStart;
  let before = OVERSCAN_AHEAD;
  let after = OVERSCAN_AHEAD;
  if (Math.abs(moved) > OVERSCAN_AHEAD) before = after = OVERSCAN_BEHIND;
  else if (moved > 0) before = OVERSCAN_BEHIND;
  else if (moved < 0) after = OVERSCAN_BEHIND;
  const from = Math.max(0, start - before);
  const to = Math.min(count - 1, end + after);
  const rows: number[] = [];
  for (let i = from; i <= to; i++) rows.push(i);
  return rows;
}

/**
 * The rows drawn, in order: the window `first`…`last`, and the row that has the keyboard's focus
 * (`focused`) wherever it is. A focused row that scrolls out of view stays in the page, its place
 * kept: its element is neither removed (the focus would fall to the page, and Enter or the arrow
 * keys would do nothing) nor refilled with another person (the focus would be on someone the
 * administrator did not choose, and Enter would open them).
 */
export function drawnRows(first: number, last: number, focused: number | null): number[] {
  const rows: number[] = [];
  if (focused !== null && focused < first) rows.push(focused);
  for (let i = first; i <= last; i++) rows.push(i);
  if (focused !== null && focused > last) rows.push(focused);
  return rows;
}

/**
 * Each drawn row's place (its key): a row that stays drawn keeps its place (and its elements, and
 * the focus), and the places of the rows that left go to the rows that came in, so React fills
 * elements already in the page instead of building new rows and removing old ones. New places are
 * made only when more rows are drawn than before. (Keyed by index modulo a fixed count instead, a
 * window drawn with fewer rows than that count mounted new rows in every frame.)
 */
export function placeRows(previous: ReadonlyMap<number, number>, rows: readonly number[]): Map<number, number> {
  const next = new Map<number, number>();
  const taken = new Set<number>();
  for (const i of rows) {
    const place = previous.get(i);
    if (place !== undefined) {
      next.set(i, place);
      taken.add(place);
    }
  }
  let free = 0;
  for (const i of rows) {
    if (next.has(i)) continue;
    while (taken.has(free)) free++;
    next.set(i, free);
    taken.add(free);
  }
  return next;
}
