import { useEffect, useState } from 'react';
import { afterNextPaint } from './useAfterPaint';

/**
 * The first `count` rows of a list in a scrolling panel in the frame that first shows the page, all
 * of them from the next frame on. A dashboard panel shows about eight lines before it scrolls; at
 * 10,000 people its lists hold up to 50 lines each (1,300 of the page's 2,500 elements), built in
 * the frame the administrator waits for. Once all are shown, a list read again (after a change)
 * shows all at once: the panel never shrinks under a scrolled position.
 */
export function useFirstRows<T>(rows: readonly T[], count = 10): readonly T[] {
  const [all, setAll] = useState(false);
  const more = rows.length > count;
  useEffect(() => (all || !more ? undefined : afterNextPaint(() => setAll(true))), [all, more]);
  return all || !more ? rows : rows.slice(0, count);
}
