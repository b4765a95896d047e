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
