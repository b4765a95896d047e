/**
 * Reports over the whole registry: scope creep (members outside their group's charter and how each
 * got in) and the tier checks of story 4. Both come from one scan: the active groups, then every
 * current member of them in one joined query, checked in memory — no query per group or member,
 * so the report stays fast at 10,000 people and 1,000 groups.
 */
import { charterNamesComposition, checkCharter } from '../../shared/charter';
import type {
  CharterMismatch,
  DashboardSummary,
  ScopeCreepEntry,
  ScopeCreepGroup,
  ScopeCreepReport,
  TierWarning,
} from '../../shared/contract';
import type { Group } from '../../shared/domain';
import { stmt, type Db } from '../db/database';
import { eligibilityOf, unitParents } from './charter';
import type { Clock } from './context';
import { toGroup, type GroupRecord, type MembershipRecord } from './rows';

type ScanRecord = MembershipRecord & {
  name: string;
  unit_id: string | null;
  tier_id: string | null;
  position: string | null;
  person_status: 'active' | 'left';
  unit_name: string | null;
  tier_name: string | null;
  tier_rank: number | null;
  added_by_name: string | null;
  requested_by_name: string | null;
  exception_id: number | null;
};

const SCAN_SQL = `
  SELECT m.*, p.name, p.unit_id, p.tier_id, p.position, p.status AS person_status, u.name AS unit_name,
    t.name AS tier_name, t.rank AS tier_rank, a.name AS added_by_name, r.name AS requested_by_name,
    x.id AS exception_id
  FROM memberships m
  JOIN groups g ON g.id = m.group_id AND g.status = 'active'
  JOIN people p ON p.id = m.person_id
  LEFT JOIN units u ON u.id = p.unit_id
  LEFT JOIN tiers t ON t.id = p.tier_id
  LEFT JOIN people a ON a.id = m.added_by
  LEFT JOIN people r ON r.id = m.requested_by
  LEFT JOIN exceptions x ON x.membership_id = m.id AND x.status = 'approved'
  WHERE m.left_on IS NULL`;

interface Scanned {
  group: Group;
  members: ScanRecord[];
}

/** Every active group with its current members, in two queries. */
function scanActiveGroups(db: Db): Scanned[] {
  const groups = (stmt(db, `SELECT * FROM groups WHERE status = 'active' ORDER BY name, id`).all() as unknown as GroupRecord[]).map(
    (r): Scanned => ({ group: toGroup(r), members: [] }),
  );
  const byId = new Map(groups.map((g) => [g.group.id, g]));
  for (const row of stmt(db, SCAN_SQL).iterate() as Iterable<ScanRecord>) byId.get(row.group_id)?.members.push(row);
  return groups;
}

const ELIGIBILITY_ORDER = { outside: 0, exception: 1 } as const;

function scopeCreepOf(scan: Scanned[], parents: ReturnType<typeof unitParents>, generatedAt: string): ScopeCreepReport {
  const groups: ScopeCreepGroup[] = [];
  let groupsWithoutCharter = 0;
  for (const { group, members } of scan) {
    if (!charterNamesComposition(group.charter)) {
      groupsWithoutCharter++;
      continue;
    }
    const entries: ScopeCreepEntry[] = [];
    let inCharter = 0;
    for (const m of members) {
      const check = checkCharter(
        group,
        { id: m.person_id, unitId: m.unit_id, tierId: m.tier_id, position: m.position, status: m.person_status },
        parents,
      );
      const eligibility = eligibilityOf(check, m.exception_id);
      if (eligibility === 'in_charter') {
        inCharter++;
        continue;
      }
      entries.push({
        personId: m.person_id,
        name: m.name,
        unitName: m.unit_name,
        tierName: m.tier_name,
        tierRank: m.tier_rank,
        position: m.position,
        joinedOn: m.joined_on,
        basis: m.basis,
        basisRef: m.basis_ref,
        addedById: m.added_by,
        addedByName: m.added_by_name,
        requestedById: m.requested_by,
        requestedByName: m.requested_by_name,
        mismatches: check.mismatches as CharterMismatch[],
        eligibility,
        exceptionId: m.exception_id,
      });
    }
    if (entries.length === 0) continue;
    entries.sort(
      (a, b) =>
        ELIGIBILITY_ORDER[a.eligibility] - ELIGIBILITY_ORDER[b.eligibility] ||
        a.joinedOn.localeCompare(b.joinedOn) ||
        (a.tierRank ?? 99) - (b.tierRank ?? 99),
    );
    const byException = entries.filter((e) => e.eligibility === 'exception').length;
    groups.push({
      groupId: group.id,
      name: group.name,
      platform: group.platform,
      members: members.length,
      inCharter,
      byException,
      outside: entries.length - byException,
      entries,
    });
  }
  groups.sort((a, b) => b.outside - a.outside || b.byException - a.byException || a.name.localeCompare(b.name));
  return { generatedAt, groups, groupsWithoutCharter };
}

/**
 * Story 4's tier checks on current members of active groups. `skip_level`: the charter names tiers
 * and someone sits two or more ranks below the lowest of them. `tier_mixing`: no tier rule, and
 * the group holds someone of the top tier together with people two or more ranks below it.
 */
function tierWarningsOf(db: Db, scan: Scanned[]): TierWarning[] {
  const ranks = new Map(
    (stmt(db, 'SELECT id, rank FROM tiers').all() as Array<{ id: string; rank: number }>).map((t) => [t.id, t.rank]),
  );
  if (ranks.size === 0) return [];
  const top = Math.min(...ranks.values());
  const warnings: TierWarning[] = [];
  for (const { group, members } of scan) {
    const memberRanks = members.map((m) => m.tier_rank).filter((r): r is number => r !== null);
    const charterRanks = group.charter.tierIds.map((id) => ranks.get(id)).filter((r): r is number => r !== undefined);
    if (charterRanks.length > 0) {
      const floor = Math.max(...charterRanks);
      const below = memberRanks.filter((r) => r >= floor + 2);
      if (below.length > 0) {
        warnings.push({
          groupId: group.id,
          groupName: group.name,
          kind: 'skip_level',
          people: below.length,
          highestRank: Math.min(...charterRanks),
          lowestRank: Math.max(...below),
        });
      }
    } else if (memberRanks.includes(top)) {
      const below = memberRanks.filter((r) => r >= top + 2);
      if (below.length > 0) {
        warnings.push({
          groupId: group.id,
          groupName: group.name,
          kind: 'tier_mixing',
          people: below.length,
          highestRank: top,
          lowestRank: Math.max(...below),
        });
      }
    }
  }
  return warnings.sort((a, b) => b.people - a.people || a.groupName.localeCompare(b.groupName));
}

export function scopeCreepReport(db: Db, clock: Clock): ScopeCreepReport {
  return scopeCreepOf(scanActiveGroups(db), unitParents(db), clock.now().toISOString());
}

/** What the dashboard shows from the same scan: the top 10 of the report and the tier warnings. */
export function dashboardChecks(
  db: Db,
  clock: Clock,
): { scopeCreep: DashboardSummary['scopeCreep']; tierWarnings: TierWarning[] } {
  const scan = scanActiveGroups(db);
  const report = scopeCreepOf(scan, unitParents(db), clock.now().toISOString());
  return {
    scopeCreep: report.groups.slice(0, 10).map((g) => ({
      groupId: g.groupId,
      name: g.name,
      members: g.members,
      outside: g.outside,
      byException: g.byException,
    })),
    tierWarnings: tierWarningsOf(db, scan),
  };
}
