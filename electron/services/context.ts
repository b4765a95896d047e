/** What every service command needs: the database, who is acting, and the clock. */
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

/** Today's date in the local time zone of the office PC, YYYY-MM-DD. */
export function today(clock: Clock): string {
  const d = clock.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
