/**
 * Which backups are kept: of the backups taken at the start of a day or by hand, the newest of each
 * of the last `daily` days that have one, of the last `weekly` weeks and of the last `monthly`
 * months (grandfather-father-son, in the office PC's local time); the backups taken by hand or
 * before a restore, a migration, a runbook or a people import also for `beforeDays` days (a backup the administrator
 * asked for does not disappear at the next start of a day). The newest backup is always kept.
 */
import type { BackupReason, BackupRetention } from '../../../shared/contract';

export interface Dated {
  file: string;
  takenAt: string;
  reason: BackupReason;
}

const PERIODIC: ReadonlySet<BackupReason> = new Set(['daily', 'manual']);
const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
/** The ISO week (Monday first) of the local date: "2026-W48". */
function weekKey(d: Date): string {
  const day = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${day.getUTCFullYear()}-W${pad(week)}`;
}

/** The files of the backups that the policy no longer keeps, on the day `now`. */
export function backupsToRemove(backups: readonly Dated[], now: Date, policy: BackupRetention): string[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const keep = new Set<string>();
  if (newestFirst[0]) keep.add(newestFirst[0].file);
  const buckets: Array<[(d: Date) => string, number]> = [
    [dayKey, policy.daily],
    [weekKey, policy.weekly],
    [monthKey, policy.monthly],
  ];
  for (const [key, limit] of buckets) {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      if (!PERIODIC.has(b.reason)) continue;
      const k = key(new Date(b.takenAt));
      if (seen.has(k)) continue;
      if (seen.size >= limit) break;
      seen.add(k);
      keep.add(b.file);
    }
  }
  for (const b of newestFirst) {
    if (b.reason !== 'daily' && now.getTime() - new Date(b.takenAt).getTime() <= policy.beforeDays * DAY_MS) {
      keep.add(b.file);
    }
  }
  return newestFirst.filter((b) => !keep.has(b.file)).map((b) => b.file);
}

/** Whether a backup of `reason` was already taken on the local day of `now`. */
export function takenToday(backups: readonly Dated[], now: Date, reason: BackupReason): boolean {
  const today = dayKey(now);
  return backups.some((b) => b.reason === reason && dayKey(new Date(b.takenAt)) === today);
}
