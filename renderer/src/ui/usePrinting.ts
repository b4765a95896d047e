/**
 * True while the page is being printed (or rendered to PDF): tables that page their rows on
 * screen show every row on paper. Follows the browser's print media query and the
 * beforeprint/afterprint events; `printNow()` switches the mode on before calling the print
 * dialog, so the first printed page already holds every row.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import './print.css';

let forced = false;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const printQuery = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('print') : null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    printQuery?.addEventListener('change', emit);
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      printQuery?.removeEventListener('change', emit);
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
    }
  };
}

function onBefore(): void {
  forced = true;
  flushSync(emit);
}

function onAfter(): void {
  forced = false;
  emit();
}

const snapshot = () => forced || (printQuery?.matches ?? false);

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}

/** Shows every row, then opens the print dialog; back to the screen view when it closes. */
export function printNow(): void {
  flushSync(() => {
    forced = true;
    emit();
  });
  try {
    window.print();
  } finally {
    forced = false;
    emit();
  }
}
