/**
 * The people and groups tables draw the rows in view and a few more (issue 13 point 5): more on
 * the side the list scrolls towards, so a wheel's next notch is already drawn; one on the side it
 * comes from, so the arrow keys find the next row; and one either side while the list jumps by
 * more rows than are drawn ahead (a dragged scroll bar), when drawing more would only cost frames.
 */
import { describe, expect, it } from 'vitest';
import { OVERSCAN_AHEAD, OVERSCAN_BEHIND, drawnRows, placeRows, windowRows } from '../../renderer/src/ui/windowRows';

const span = (rows: number[]) => [rows[0], rows[rows.length - 1]];

describe('the rows a windowed table draws', () => {
  it('draws the rows in view and the same number either side when first shown', () => {
    expect(span(windowRows(100, 115, 10_000, null))).toEqual([100 - OVERSCAN_AHEAD, 115 + OVERSCAN_AHEAD]);
  });

  it('draws rows ahead in the direction of a slow scroll, and one behind for the arrow keys', () => {
    // A wheel's notch: two rows down, then two rows up.
    expect(span(windowRows(102, 117, 10_000, 100))).toEqual([102 - OVERSCAN_BEHIND, 117 + OVERSCAN_AHEAD]);
    expect(span(windowRows(100, 115, 10_000, 102))).toEqual([100 - OVERSCAN_AHEAD, 115 + OVERSCAN_BEHIND]);
  });

  it('draws only one row either side while the list jumps further than the rows drawn ahead', () => {
    expect(span(windowRows(130, 145, 10_000, 116))).toEqual([129, 146]);
    expect(span(windowRows(116, 131, 10_000, 130))).toEqual([115, 132]);
    // Four rows at a time is still a slow scroll.
    expect(span(windowRows(104, 119, 10_000, 100))).toEqual([103, 119 + OVERSCAN_AHEAD]);
  });

  it('keeps within the list at its ends, and draws every row of a short list', () => {
    expect(windowRows(0, 5, 6, null)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(span(windowRows(9_985, 9_999, 10_000, 9_970))).toEqual([9_984, 9_999]);
    expect(windowRows(0, 0, 1, null)).toEqual([0]);
  });

  it('draws every row in between, once, in order', () => {
    const rows = windowRows(40, 60, 10_000, 38);
    expect(rows).toEqual(Array.from({ length: rows.length }, (_, i) => rows[0]! + i));
    expect(rows.length).toBe(21 + OVERSCAN_BEHIND + OVERSCAN_AHEAD);
  });
});

describe('the places (keys) of the drawn rows', () => {
  const check = (places: Map<number, number>, first: number, last: number) => {
    expect([...places.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    expect(new Set(places.values()).size).toBe(places.size);
  };

  it('keeps the place of every row that stays in the window', () => {
    const before = placeRows(new Map(), drawnRows(100, 118, null));
    const after = placeRows(before, drawnRows(102, 120, null));
    check(after, 102, 120);
    for (let i = 102; i <= 118; i++) expect(after.get(i)).toBe(before.get(i));
  });

  it('gives the rows that come in the places of those that left, making none while the window does not grow', () => {
    let places = placeRows(new Map(), drawnRows(0, 18, null));
    for (let first = 10; first < 10_000; first += 10) {
      places = placeRows(places, drawnRows(first, first + 12, null));
      check(places, first, first + 12);
      expect(Math.max(...places.values())).toBeLessThan(19);
    }
    // A jump with no row in common, and a window larger than any before.
    places = placeRows(places, drawnRows(5_000, 5_030, null));
    check(places, 5_000, 5_030);
    expect(Math.max(...places.values())).toBe(30);
  });

  it('keeps the focused row drawn, in its place, when it leaves the window, and gives it to nobody else', () => {
    let places = placeRows(new Map(), drawnRows(0, 18, 3));
    const focusedPlace = places.get(3);
    for (let first = 10; first < 2_000; first += 10) {
      const rows = drawnRows(first, first + 12, 3);
      expect(rows).toEqual([3, ...Array.from({ length: 13 }, (_, i) => first + i)]);
      places = placeRows(places, rows);
      expect(places.get(3)).toBe(focusedPlace);
      expect(new Set(places.values()).size).toBe(places.size);
      expect(Math.max(...places.values())).toBeLessThan(19);
    }
    // Below the window too, and not twice when it is in the window.
    expect(drawnRows(10, 12, 40)).toEqual([10, 11, 12, 40]);
    expect(drawnRows(10, 12, 11)).toEqual([10, 11, 12]);
    // Focus gone: the row goes with the window, its place free again.
    places = placeRows(places, drawnRows(3_000, 3_012, null));
    expect(places.has(3)).toBe(false);
    expect(Math.max(...places.values())).toBeLessThan(19);
  });

  it('places nothing for an empty window', () => {
    expect(placeRows(new Map([[3, 0]]), drawnRows(0, -1, null)).size).toBe(0);
  });
});
