/**
 * The last checks of a snapshot's verification, on its history alone: the chain (each entry's
 * number, its link to the one before and its own hash) and then each entry's payload against the
 * catalogue (shared/events). They depend on nothing but the entries, so at 200,000 entries they run
 * on a helper thread (eventCheckHelper.ts) while the verification does the schema and references;
 * the same function runs in the verifying thread otherwise, so either way gives the same verdict.
 */
import type { LedgerEvent } from '../../../shared/domain';
import { checkEventPayload } from '../../../shared/events';
import { rowChainChecker, toEventRow, type ChainBreak, type EventRow } from '../../kernel/events';

export interface EventsVerdict {
  /** The first break in the chain, or null. */
  broken: ChainBreak | null;
  /** With an unbroken chain, the first entry whose payload is not the one its kind declares. */
  payload: { seq: number; kind: string; reason: string } | null;
  /**
   * The entries (by position) whose file text was not in canonical key order, so their stored text
   * is serialised canonically (eventRow). A file GroupLedger wrote has none.
   */
  reordered: number[];
}

/**
 * An entry's row as it is stored. A payload's stored form is its canonical JSON; JSON.stringify
 * keeps the key order the file had, which in a file GroupLedger wrote is already canonical and is
 * many times faster than canonicalJson. Whether it was is proved by the entry's own hash
 * (checkEvents): the entries listed in `reordered` are serialised canonically instead.
 */
export function eventRow(e: LedgerEvent, reordered: boolean): EventRow {
  return reordered ? toEventRow(e) : toEventRow(e, (value) => JSON.stringify(value));
}

/** The chain, then (when it holds) the payloads; `tick` is called every few thousand entries. */
export function checkEvents(
  events: readonly LedgerEvent[],
  tick: (fraction: number) => void = () => {},
): EventsVerdict {
  const reordered: number[] = [];
  // The chain as the stored rows are checked (kernel/events): number, link, then the row's hash. A
  // row whose hash fails in the file's key order is checked once more in canonical order (the
  // checker has not moved on after a break): right then, it is a reordered one.
  const check = rowChainChecker();
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    let broken = check(eventRow(e, false));
    if (broken?.reason === 'content') {
      broken = check(eventRow(e, true));
      if (!broken) reordered.push(i);
    }
    if (broken) return { broken, payload: null, reordered };
    if (i % 8192 === 8191) tick((0.8 * i) / events.length);
  }
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const fits = checkEventPayload(e.kind, e.before, e.after);
    if (!fits.ok) return { broken: null, payload: { seq: e.seq, kind: e.kind, reason: fits.reason }, reordered };
    if (i % 8192 === 8191) tick(0.8 + (0.2 * i) / events.length);
  }
  return { broken: null, payload: null, reordered };
}
