/** Read side of groups: the list with search, and one group's members now or on any date. */
import type { GroupDetail, GroupLifecycle, GroupRow, MemberRow } from '../../../shared/contract';
import { charterNamesComposition, checkCharter } from '../../../shared/charter';
import type { Group } from '../../../shared/domain';
import { foldQuery } from '../../../shared/search';
import { stmt, type Db } from '../../db/database';
import { eligibilityOf, unitParents } from '../../kernel/charter';
import { listExceptions } from '../exceptions';
import { toGroup, type MembershipRecord } from '../../kernel/rows';
import { getGroupRecord } from '../../kernel/records';
import { systemClock, today, type Clock } from '../../kernel/context';
import { currentMemberCount, isEndingSoon, isExpired, openRunbookOf } from '../../kernel/lifecycle';

const GROUP_ROW_SQL = `
  SELECT g.id, g.name, g.platform, g.kind, g.status, g.purpose, g.owner_id, g.end_date, g.created_on,
    o.name AS owner_name,
    (SELECT count(*) FROM memberships m WHERE m.group_id = g.id AND m.left_on IS NULL) AS member_count
  FROM groups g LEFT JOIN people o ON o.id = g.owner_id`;

interface GroupRowRecord {
  id: string;
  name: string;
  platform: GroupRow['platform'];
  kind: GroupRow['kind'];
  status: GroupRow['status'];
  purpose: string | null;
  owner_id: string | null;
  owner_name: string | null;
  member_count: number;
  end_date: string | null;
  created_on: string;
}

/** The groups matching `query` (all without one), with where each stands in its life today. */
export function listGroups(db: Db, query?: string, limit = -1, clock: Clock = systemClock): GroupRow[] {
  const day = today(clock);
  const q = query ? foldQuery(query) : '';
  // LIMIT -1 is SQLite's "no limit"; search everywhere asks for the first 20 only.
  const rows = q
    ? stmt(db, `${GROUP_ROW_SQL} WHERE instr(g.search_key, ?) > 0 ORDER BY g.name LIMIT ?`).all(q, limit)
    : stmt(db, `${GROUP_ROW_SQL} ORDER BY g.name LIMIT ?`).all(limit);
  return (rows as unknown as GroupRowRecord[]).map((r) => ({
    id: r.id,
    name: r.name,
    platform: r.platform,
    kind: r.kind,
    status: r.status,
    purpose: r.purpose,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    memberCount: r.member_count,
    endDate: r.end_date,
    createdOn: r.created_on,
    expired: isExpired({ kind: r.kind, status: r.status, endDate: r.end_date }, day),
    endingSoon: isEndingSoon({ kind: r.kind, status: r.status, endDate: r.end_date }, day),
  }));
}

const MEMBER_SQL = `
  SELECT m.*, p.name, p.position, p.status AS person_status, p.unit_id, p.tier_id, u.name AS unit_name,
    t.name AS tier_name, t.rank AS tier_rank, a.name AS added_by_name, r.name AS requested_by_name,
    x.id AS exception_id
  FROM memberships m
  JOIN people p ON p.id = m.person_id
  LEFT JOIN units u ON u.id = p.unit_id
  LEFT JOIN tiers t ON t.id = p.tier_id
  LEFT JOIN people a ON a.id = m.added_by
  LEFT JOIN people r ON r.id = m.requested_by
  LEFT JOIN exceptions x ON x.membership_id = m.id AND x.status = 'approved'
  WHERE m.group_id = ?`;

type MemberRecord = MembershipRecord & {
  name: string;
  position: string | null;
  person_status: MemberRow['personStatus'];
  unit_id: string | null;
  tier_id: string | null;
  unit_name: string | null;
  tier_name: string | null;
  tier_rank: number | null;
  added_by_name: string | null;
  requested_by_name: string | null;
  exception_id: number | null;
};

const ROLE_ORDER = { owner: 0, deputy: 1, member: 2 } as const;

/**
 * Members of a group: those in it now, or — with `asOf` — exactly those whose interval covers
 * that date (joined on or before it, and not yet left on it). Eligibility is judged against the
 * charter as it stands now, in both views: the question is who should not be there.
 */
export function groupMembers(db: Db, groupId: string, asOf?: string, group?: Group): MemberRow[] {
  const g = group ?? toGroup(getGroupRecord(db, groupId));
  const parents = unitParents(db);
  const rows = (asOf
    ? stmt(db, `${MEMBER_SQL} AND m.joined_on <= ? AND (m.left_on IS NULL OR m.left_on > ?)`).all(groupId, asOf, asOf)
    : stmt(db, `${MEMBER_SQL} AND m.left_on IS NULL`).all(groupId)) as unknown as MemberRecord[];
  return rows
    .map((r): MemberRow => {
      const check = checkCharter(
        g,
        { id: r.person_id, unitId: r.unit_id, tierId: r.tier_id, position: r.position, status: r.person_status },
        parents,
      );
      return {
        membershipId: r.id,
        personId: r.person_id,
        name: r.name,
        unitId: r.unit_id,
        unitName: r.unit_name,
        tierId: r.tier_id,
        tierName: r.tier_name,
        tierRank: r.tier_rank,
        position: r.position,
        personStatus: r.person_status,
        role: r.role,
        joinedOn: r.joined_on,
        leftOn: r.left_on,
        addedById: r.added_by,
        addedByName: r.added_by_name,
        requestedById: r.requested_by,
        requestedByName: r.requested_by_name,
        basis: r.basis,
        basisRef: r.basis_ref,
        leftReason: r.left_reason,
        eligibility: eligibilityOf(check, r.exception_id),
        mismatches: check.mismatches,
        exceptionId: r.exception_id,
      };
    })
    .sort(
      (a, b) =>
        ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
        (a.tierRank ?? 99) - (b.tierRank ?? 99) ||
        a.joinedOn.localeCompare(b.joinedOn),
    );
}

/**
 * The current rules version and how many current members have not acknowledged it (read straight
 * from the rules tables, so this read model does not depend on the rules commands).
 */
export function rulesSummary(db: Db, groupId: string): GroupDetail['rules'] {
  const current = stmt(
    db,
    'SELECT version, effective_on FROM rules WHERE group_id = ? ORDER BY version DESC LIMIT 1',
  ).get(groupId) as { version: number; effective_on: string } | undefined;
  if (!current) return null;
  const missing = stmt(
    db,
    `SELECT count(*) AS n FROM memberships m
     WHERE m.group_id = ?1 AND m.left_on IS NULL AND NOT EXISTS (
       SELECT 1 FROM acknowledgements k WHERE k.group_id = ?1 AND k.version = ?2 AND k.person_id = m.person_id)`,
  ).get(groupId, current.version) as { n: number };
  return { version: current.version, effectiveOn: current.effective_on, notAcknowledged: missing.n };
}

/** Where the group stands in its life today, and whether it may be archived (and if not, why). */
export function groupLifecycle(db: Db, group: Group, day: string): GroupLifecycle {
  const currentMembers = currentMemberCount(db, group.id);
  const openRunbook = openRunbookOf(db, group.id);
  const archiveBlocked: GroupLifecycle['archiveBlocked'] =
    group.status === 'archived'
      ? 'archived'
      : openRunbook
        ? 'runbook_open'
        : group.status !== 'dissolved' && currentMembers > 0
          ? 'has_members'
          : null;
  return {
    expired: isExpired(group, day),
    endingSoon: isEndingSoon(group, day),
    currentMembers,
    openRunbook,
    archivable: archiveBlocked === null,
    archiveBlocked,
  };
}

export function getGroup(db: Db, id: string, asOf?: string, clock: Clock = systemClock): GroupDetail {
  const group = toGroup(getGroupRecord(db, id));
  const nameOf = stmt(db, 'SELECT name FROM people WHERE id = ?');
  const name = (pid: string | null) => (pid ? ((nameOf.get(pid) as { name: string } | undefined)?.name ?? null) : null);
  return {
    group,
    ownerName: name(group.ownerId),
    deputyNames: group.deputyIds.map((d) => name(d) ?? d),
    asOf: asOf ?? null,
    members: groupMembers(db, id, asOf, group),
    charterDefined: charterNamesComposition(group.charter),
    exceptions: listExceptions(db, { groupId: id }),
    rules: rulesSummary(db, id),
    lifecycle: groupLifecycle(db, group, today(clock)),
  };
}
