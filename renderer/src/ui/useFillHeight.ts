import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The height available to an element that fills the rest of the window, so a virtual table's
 * body (which needs a pixel height) ends where the window ends. `reserve` is what sits below
 * the body inside the element (the table header, a footer).
 */
export function useFillHeight<E extends HTMLElement>(reserve: number, min = 240) {
  const ref = useRef<E>(null);
  const [height, setHeight] = useState(min);
  useLayoutEffect(() => {
    const measure = () => {
      const el = ref.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - reserve)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [reserve, min]);
  return { ref, height };
}
