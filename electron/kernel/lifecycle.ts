/**
 * A group's life as of a day: when an ad-hoc group counts as ending soon or expired, and which
 * runbook holds it. The groups list, the group page and the dashboard read the same rules here,
 * so a group never shows as expired in one place and live in another.
 */
import { ENDING_SOON_DAYS, type OpenRunbookRef } from '../../shared/contract';
import type { GroupStatus } from '../../shared/domain';
import { stmt, type Db } from '../db/database';

/** The day `days` after the ISO day `day` (calendar arithmetic in UTC, so no time zone shifts it). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface LifeFields {
  kind: string;
  status: GroupStatus | string;
  endDate: string | null;
}

/** Not yet dissolved or archived: an end date still asks for something to be done. */
function live(status: string): boolean {
  return status === 'active' || status === 'dissolving';
}

/** An ad-hoc group past its end date (the end date itself is still its last day). */
export function isExpired(g: LifeFields, today: string): boolean {
  return g.kind === 'adhoc' && g.endDate !== null && g.endDate < today && live(g.status);
}

/** An ad-hoc group whose end date is today or within ENDING_SOON_DAYS. */
export function isEndingSoon(g: LifeFields, today: string): boolean {
  return (
    g.kind === 'adhoc' &&
    g.endDate !== null &&
    g.endDate >= today &&
    g.endDate <= addDays(today, ENDING_SOON_DAYS) &&
    live(g.status)
  );
}

/** The runbook holding the group (draft, in progress or paused), if any. */
export function openRunbookOf(db: Db, groupId: string): OpenRunbookRef | null {
  const row = stmt(
    db,
    `SELECT r.id, r.kind, r.state FROM runbook_groups rg JOIN runbooks r ON r.id = rg.runbook_id
      WHERE rg.group_id = ? AND rg.open = 1`,
  ).get(groupId) as OpenRunbookRef | undefined;
  return row ? { id: row.id, kind: row.kind, state: row.state } : null;
}

/** How many people are in the group now. */
export function currentMemberCount(db: Db, groupId: string): number {
  return (
    stmt(db, 'SELECT count(*) AS n FROM memberships WHERE group_id = ? AND left_on IS NULL').get(groupId) as {
      n: number;
    }
  ).n;
}
