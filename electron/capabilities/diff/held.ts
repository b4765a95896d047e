/**
 * The verified copies of the snapshots chosen on the Diff page (job.ts HeldSnapshot). Choosing a
 * file verifies it once (0.6–0.8 s at 10,000 people); the comparison, its filters and its paper then
 * read the copy's tables (0.3–0.4 s a side) instead of verifying both files again each time.
 *
 * A copy is as large as its snapshot, on disk in a private scratch folder: at most HELD_COPIES are
 * kept (the two sides, and the two before), the oldest removed first, one whose choice has expired
 * at the next choice, and all of them when the process ends (a killed process leaves them to the
 * snapshots capability's sweep of scratch folders a day old).
 */
import { discardHeld, type HeldSnapshot } from './job';

export const HELD_COPIES = 4;

const live = new Set<string>();
let hooked = false;

function remember(scratch: string): void {
  live.add(scratch);
  if (hooked) return;
  hooked = true;
  process.once('exit', () => {
    for (const folder of live) {
      try {
        discardHeld({ scratch: folder });
      } catch {
        // Left to the sweep of scratch folders a day old.
      }
    }
    live.clear();
  });
}

function forget(held: HeldSnapshot): void {
  try {
    discardHeld(held);
    live.delete(held.scratch);
  } catch {
    // Still open (a diff reading it, where an open file cannot be removed): tried again at exit,
    // else left to the snapshots capability's sweep.
  }
}

/** The copies kept by one ledger, by the token of their choice. */
export class HeldCopies {
  private readonly copies = new Map<string, HeldSnapshot>();

  /**
   * Keeps `held` for the choice `token`. Copies whose choice is no longer known (`known` false:
   * expired) are removed, then the oldest beyond HELD_COPIES; `dropped` is told each token whose copy
   * went, so its choice stops naming it.
   */
  keep(token: string, held: HeldSnapshot, known: (token: string) => boolean, dropped: (token: string) => void): void {
    remember(held.scratch);
    this.copies.set(token, held);
    for (const [other, copy] of this.copies) {
      if (other !== token && !known(other)) this.drop(other, copy, dropped);
    }
    for (const [other, copy] of this.copies) {
      if (this.copies.size <= HELD_COPIES) break;
      this.drop(other, copy, dropped);
    }
  }

  private drop(token: string, copy: HeldSnapshot, dropped: (token: string) => void): void {
    this.copies.delete(token);
    forget(copy);
    dropped(token);
  }
}
