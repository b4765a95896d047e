import { startTransition, useEffect, useState } from 'react';

/**
 * Runs `update` as an interruptible update once the next frame has been painted; returns its
 * cancel (for an effect's cleanup).
 */
export function afterNextPaint(update: () => void): () => void {
  let timer = 0;
  // rAF runs just before the frame is painted; a task queued from it runs after the paint.
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(() => startTransition(update));
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * `value`, one frame late: it follows once the frame that shows everything else has been painted,
 * as an interruptible update. For the parts of a page that may lag the part the user waits for
 * (the walk's table and figures after the next person). `useDeferredValue` alone starts that
 * render before the browser paints, so it delays the very frame it should not.
 */
export function useAfterPaint<T>(value: T): T {
  const [later, setLater] = useState(value);
  useEffect(() => afterNextPaint(() => setLater(value)), [value]);
  return later;
}
