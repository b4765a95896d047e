/** What every service command needs: the database, who is acting, and the clock. */
import { LedgerError } from '../../shared/errors';
import type { Db } from '../db/database';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface ServiceContext {
  db: Db;
  /** Who the events of this context are attributed to: the administrator's name (Settings) or the OS user. */
  actor: string;
  /**
   * The administrator's own name when `actor` is one (Settings, --actor); null when `actor` is only
   * the operating-system account. A report names who did the work (a runbook's "carried out by")
   * by this, never by an account id. Left out where `actor` is always a name (the demos, tests).
   */
  adminName?: string | null;
  clock: Clock;
}

/**
 * The day a command records: the one given, or today. A day that has not come yet is refused: a
 * membership "joined" tomorrow would already count as current today.
 */
export function recordedDay(clock: Clock, given: string | null | undefined): string {
  const now = today(clock);
  if (given && given > now) throw new LedgerError('date_in_future', { date: given, today: now });
  return given ?? now;
}

/** Today's date in the local time zone of the office PC, YYYY-MM-DD. */
export function today(clock: Clock): string {
  const d = clock.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
