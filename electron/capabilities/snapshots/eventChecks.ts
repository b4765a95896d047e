/**
 * The last checks of a snapshot's verification, on its history alone: the chain (each entry's
 * number, its link to the one before and its own hash) and then each entry's payload against the
 * catalogue (shared/events). They depend on nothing but the entries, so at 200,000 entries they run
 * on a helper thread (eventCheckHelper.ts) while the verification does the schema and references;
 * the same function runs in the verifying thread otherwise, so either way gives the same verdict.
 */
import type { LedgerEvent } from '../../../shared/domain';
import { checkEventPayload } from '../../../shared/events';
import {
  GENESIS_HASH,
  canonicalEventBody,
  sha256Hex,
  toEventRow,
  type ChainBreak,
  type EventRow,
} from '../../kernel/events';

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

function rowHash(r: EventRow): string {
  return sha256Hex(
    canonicalEventBody(
      { seq: r.seq, at: r.at, actor: r.actor, kind: r.kind, prevHash: r.prev_hash },
      r.before ?? 'null',
      r.after ?? 'null',
      r.subjects,
    ),
  );
}

/** The chain, then (when it holds) the payloads; `tick` is called every few thousand entries. */
export function checkEvents(events: readonly LedgerEvent[], tick: (fraction: number) => void = () => {}): EventsVerdict {
  const reordered: number[] = [];
  let broken: ChainBreak | null = null;
  let prev = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    let matches = rowHash(eventRow(e, false)) === e.hash;
    if (!matches) {
      const canonical = rowHash(eventRow(e, true)) === e.hash;
      // Only an entry that is right once in canonical order is a reordered one; a changed entry is
      // stored as the file has it and reported below.
      if (canonical) reordered.push(i);
      matches = canonical;
    }
    if (i % 8192 === 8191) tick((0.8 * i) / events.length);
    if (broken) continue;
    if (e.seq !== i + 1) broken = { seq: e.seq, reason: 'gap' };
    else if (e.prevHash !== prev) broken = { seq: e.seq, reason: 'previous' };
    else if (!matches) broken = { seq: e.seq, reason: 'content' };
    prev = e.hash;
  }
  if (broken) return { broken, payload: null, reordered };
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const check = checkEventPayload(e.kind, e.before, e.after);
    if (!check.ok) return { broken, payload: { seq: e.seq, kind: e.kind, reason: check.reason }, reordered };
    if (i % 8192 === 8191) tick(0.8 + (0.2 * i) / events.length);
  }
  return { broken, payload: null, reordered };
}
