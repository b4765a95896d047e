/**
 * Reports over the whole registry: scope creep (members outside their group's charter and how each
 * got in) and the tier checks of story 4. Both come from one scan: the active groups, then every
 * current member of them, everyone's tier and unit — a handful of whole-table queries joined in
 * memory, with each group's charter prepared once. No query per group or member, so the report
 * stays fast at 10,000 people, 1,000 groups and 60,000 open memberships.
 */
import { charterNamesComposition, compileCharter } from '../../../shared/charter';
import type {
  DashboardSummary,
  ScopeCreepEntry,
  ScopeCreepGroup,
  ScopeCreepReport,
  ScopeCreepSummary,
  TierWarning,
} from '../../../shared/contract';
import type { Group, Membership } from '../../../shared/domain';
import { readTransaction, stmt, type Db } from '../../db/database';
import { eligibilityOf, unitParents } from '../../kernel/charter';
import type { Clock } from '../../kernel/context';
import { chainHeadKey } from '../../kernel/events';
import { toGroup, type GroupRecord } from '../../kernel/rows';

/** A person as the report needs them, read once for the whole registry. */
interface ScanPerson {
  id: string;
  name: string;
  unitId: string | null;
  tierId: string | null;
  position: string | null;
  status: 'active' | 'left';
  unitName: string | null;
  tierName: string | null;
  tierRank: number | null;
}

/** A person's row as PEOPLE_SQL reads it. */
type ScanPersonRow = [
  string,
  string,
  string | null,
  string | null,
  string | null,
  'active' | 'left',
  string | null,
  string | null,
  number | null,
];
/** An open membership as the scan reads it: [id, groupId, personId]. */
type ScanMembership = [number, string, string];
/** How a membership came about: [id, joinedOn, basis, basisRef, addedBy, requestedBy]. */
type MembershipDetail = [number, string, Membership['basis'], string | null, string | null, string | null];

interface Scanned {
  group: Group;
  members: ScanMembership[];
}

interface Scan {
  groups: Scanned[];
  people: Map<string, ScanPerson>;
  /** Membership id → the approved exception that opened it. */
  exceptions: Map<number, number>;
  parents: ReturnType<typeof unitParents>;
}

const PEOPLE_SQL = `
  SELECT p.id, p.name, p.unit_id, p.tier_id, p.position, p.status, u.name, t.name, t.rank
  FROM people p LEFT JOIN units u ON u.id = p.unit_id LEFT JOIN tiers t ON t.id = p.tier_id`;
/**
 * Ordered by the partial unique index memberships_open (group_id, person_id; the rowid rides
 * along), so SQLite answers from the index alone: 17 ms for 66,000 open memberships, against
 * 127 ms for reading the same rows with their details from the table.
 */
const OPEN_SQL = `
  SELECT id, group_id, person_id FROM memberships WHERE left_on IS NULL ORDER BY group_id, person_id`;
/** Details only for the memberships the report lists, in one statement. */
const DETAIL_SQL = `
  SELECT id, joined_on, basis, basis_ref, added_by, requested_by FROM memberships
  WHERE id IN (SELECT value FROM json_each(?))`;

/** Rows as arrays: at 60,000 open memberships, building an object per row is most of the cost. */
function arrays<T>(db: Db, sql: string): T[] {
  const statement = stmt(db, sql);
  statement.setReturnArrays(true);
  return statement.all() as unknown as T[];
}

/**
 * Every active group with its current members: one query for the groups, one for all people, one
 * for all open memberships, one for the approved exceptions — joined in memory.
 */
function scanActiveGroups(db: Db): Scan {
  const groups = (
    stmt(db, `SELECT * FROM groups WHERE status = 'active' ORDER BY name, id`).all() as unknown as GroupRecord[]
  ).map((r): Scanned => ({ group: toGroup(r), members: [] }));
  const byId = new Map(groups.map((g) => [g.group.id, g]));
  const people = new Map<string, ScanPerson>();
  // Indexed loops, not `for…of` with destructuring: until the optimising compiler takes over (the
  // first reports in a process), each destructured row allocated an iterator and its results.
  const rows = arrays<ScanPersonRow>(db, PEOPLE_SQL);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const id = r[0];
    people.set(id, {
      id,
      name: r[1],
      unitId: r[2],
      tierId: r[3],
      position: r[4],
      status: r[5],
      unitName: r[6],
      tierName: r[7],
      tierRank: r[8],
    });
  }
  const open = arrays<ScanMembership>(db, OPEN_SQL);
  for (let i = 0; i < open.length; i++) byId.get(open[i]![1])?.members.push(open[i]!);
  const exceptions = new Map(
    arrays<[number, number]>(
      db,
      `SELECT membership_id, id FROM exceptions WHERE status = 'approved' AND membership_id IS NOT NULL`,
    ),
  );
  return { groups, people, exceptions, parents: unitParents(db) };
}

/** The last scan of each open registry, with the history head it was read at. */
const scans = new WeakMap<Db, { key: string; scan: Scan; drop: NodeJS.Timeout }>();
/** How long a scan nobody asks for is kept (at 10,000 people it holds about 15 MB). */
const SCAN_KEPT_MS = 120_000;

/**
 * Inside a read transaction: the scan of the registry as it is, read again only when its history
 * has moved (chainHeadKey; the dashboard's summary is held the same way, dashboard.ts). The Reports page
 * asks for the counts, then for its sections as they are shown, a hundred groups per call when the
 * whole report is printed: at 10,000 people each call scanned the whole registry again.
 */
function currentScan(db: Db): Scan {
  const key = chainHeadKey(db);
  const held = scans.get(db);
  if (held?.key === key) {
    held.drop.refresh();
    return held.scan;
  }
  if (held) clearTimeout(held.drop);
  const scan = scanActiveGroups(db);
  const drop = setTimeout(() => {
    if (scans.get(db)?.scan === scan) scans.delete(db);
  }, SCAN_KEPT_MS);
  drop.unref();
  scans.set(db, { key, scan, drop });
  return scan;
}

const ELIGIBILITY_ORDER = { outside: 0, exception: 1 } as const;

/** Dates are ISO `YYYY-MM-DD`: their string order is their order, no locale collation needed. */
const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The report; without `withEntries` only the counts (what the dashboard shows). Each listed member's
 * entry is built once, as the check finds them, and how they got in is filled into it from one
 * query over their memberships, in rowid order (the lookups then walk the table forwards).
 * Measured at 10,000 people (39,145 entries), 30 reports per process, three processes a side
 * alternating: p50 214–232 ms when each entry was built twice, the lookups went in report order and
 * dates were compared by collation; 188–205 ms now. Then (five processes a side, alternating): the
 * charter's answers shared instead of a new list of mismatches per member and per entry, and rows
 * read by index instead of destructured, cut what one report allocates from 82.5 to 51.3 MB and
 * the fastest of 30 reports from 177–191 to 154–172 ms. The first reports in a process stay slow
 * (400–450 ms): on these machines they are mostly page faults as the heap grows (16,000 faults,
 * 160–230 ms of system time in the first; 1,500–3,000 later).
 */
function scopeCreepOf(db: Db, scan: Scan, generatedAt: string, withEntries = true): ScopeCreepReport {
  const listed = new Map<number, ScopeCreepEntry>();
  const groups: ScopeCreepGroup[] = [];
  let groupsWithoutCharter = 0;
  for (const { group, members } of scan.groups) {
    if (!charterNamesComposition(group.charter)) {
      groupsWithoutCharter++;
      continue;
    }
    const check = compileCharter(group, scan.parents);
    const entries: ScopeCreepEntry[] = [];
    let inCharter = 0;
    let outside = 0;
    let byException = 0;
    for (let i = 0; i < members.length; i++) {
      const m = members[i]!;
      const membershipId = m[0];
      const personId = m[2];
      const p = scan.people.get(personId);
      if (!p) continue;
      const result = check(p);
      const exceptionId = scan.exceptions.get(membershipId) ?? null;
      const eligibility = eligibilityOf(result, exceptionId);
      if (eligibility === 'in_charter') {
        inCharter++;
        continue;
      }
      if (eligibility === 'exception') byException++;
      else outside++;
      if (!withEntries) continue;
      const entry: ScopeCreepEntry = {
        personId,
        name: p.name,
        unitName: p.unitName,
        tierName: p.tierName,
        tierRank: p.tierRank,
        position: p.position,
        joinedOn: '',
        basis: 'manual',
        basisRef: null,
        addedById: null,
        addedByName: null,
        requestedById: null,
        requestedByName: null,
        // Shared with the other entries of the same combination (compileCharter's answers).
        mismatches: result.mismatches,
        eligibility,
        exceptionId,
      };
      entries.push(entry);
      listed.set(membershipId, entry);
    }
    if (outside + byException === 0) continue;
    groups.push({
      groupId: group.id,
      name: group.name,
      platform: group.platform,
      members: members.length,
      inCharter,
      byException,
      outside,
      entries,
    });
  }
  if (listed.size > 0) {
    const statement = stmt(db, DETAIL_SQL);
    statement.setReturnArrays(true);
    const ids = [...listed.keys()].sort((a, b) => a - b);
    const nameOf = (id: string | null) => (id ? (scan.people.get(id)?.name ?? null) : null);
    const details = statement.all(JSON.stringify(ids)) as unknown as MembershipDetail[];
    // Read in the scan's transaction, every listed membership has its row: an entry left with the
    // placeholders above would be a wrong report, so a missing row fails it as before.
    if (details.length !== ids.length)
      throw new Error(`scope creep: ${ids.length - details.length} memberships not found`);
    for (let i = 0; i < details.length; i++) {
      const d = details[i]!;
      const entry = listed.get(d[0])!;
      entry.joinedOn = d[1];
      entry.basis = d[2];
      entry.basisRef = d[3];
      entry.addedById = d[4];
      entry.addedByName = nameOf(d[4]);
      entry.requestedById = d[5];
      entry.requestedByName = nameOf(d[5]);
    }
  }
  for (const { entries } of groups) {
    entries.sort(
      (a, b) =>
        ELIGIBILITY_ORDER[a.eligibility] - ELIGIBILITY_ORDER[b.eligibility] ||
        byDate(a.joinedOn, b.joinedOn) ||
        (a.tierRank ?? 99) - (b.tierRank ?? 99),
    );
  }
  groups.sort((a, b) => b.outside - a.outside || b.byException - a.byException || a.name.localeCompare(b.name));
  return { generatedAt, groups, groupsWithoutCharter };
}

/**
 * Story 4's tier checks on current members of active groups. `skip_level`: the charter names tiers
 * and someone sits two or more ranks below the lowest of them. `tier_mixing`: no tier rule, and
 * the group holds someone of the top tier together with people two or more ranks below it.
 */
function tierWarningsOf(db: Db, scan: Scan): TierWarning[] {
  const ranks = new Map(
    (stmt(db, 'SELECT id, rank FROM tiers').all() as Array<{ id: string; rank: number }>).map((t) => [t.id, t.rank]),
  );
  if (ranks.size === 0) return [];
  const top = Math.min(...ranks.values());
  const warnings: TierWarning[] = [];
  for (const { group, members } of scan.groups) {
    const memberRanks: number[] = [];
    for (const m of members) {
      const rank = scan.people.get(m[2])?.tierRank;
      if (rank !== undefined && rank !== null) memberRanks.push(rank);
    }
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

/**
 * The whole report in one answer (`report scope-creep`, the benchmark), scanned afresh: the window
 * reads it through scopeCreepSummary and scopeCreepGroups.
 */
export function scopeCreepReport(db: Db, clock: Clock): ScopeCreepReport {
  return readTransaction(db, () => scopeCreepOf(db, scanActiveGroups(db), clock.now().toISOString()));
}

/**
 * The report as the window first reads it: each group's counts without its people (at 10,000
 * people the whole report is a 13 MB answer); the sections come from scopeCreepGroups as shown.
 */
export function scopeCreepSummary(db: Db, clock: Clock): ScopeCreepSummary {
  const scan = readTransaction(db, () => currentScan(db));
  const report = scopeCreepOf(db, scan, clock.now().toISOString(), false);
  return { ...report, groups: report.groups.map(({ entries: _, ...summary }) => summary) };
}

/**
 * The report's sections for these groups, every member outside the charter with how they got in,
 * in report order. A group no longer in the report (its members fixed since) is left out.
 */
export function scopeCreepGroups(db: Db, clock: Clock, groupIds: readonly string[]): ScopeCreepGroup[] {
  const wanted = new Set(groupIds);
  return readTransaction(db, () => {
    const scan = currentScan(db);
    const only = { ...scan, groups: scan.groups.filter((g) => wanted.has(g.group.id)) };
    return scopeCreepOf(db, only, clock.now().toISOString()).groups;
  });
}

/**
 * How many tier warnings the dashboard lists. A large registry can have hundreds (402 in the
 * 10,000-person fixture), and rendering them all made the dashboard take half a second longer.
 */
const DASHBOARD_TIER_WARNINGS = 20;

/** What the dashboard shows from the same scan: the top 10 of the report and the tier warnings. */
export function dashboardChecks(
  db: Db,
  clock: Clock,
): Pick<DashboardSummary, 'scopeCreep' | 'tierWarnings' | 'tierWarningsTotal'> {
  const scan = readTransaction(db, () => currentScan(db));
  const report = scopeCreepOf(db, scan, clock.now().toISOString(), false);
  const warnings = tierWarningsOf(db, scan);
  return {
    scopeCreep: report.groups.slice(0, 10).map((g) => ({
      groupId: g.groupId,
      name: g.name,
      members: g.members,
      outside: g.outside,
      byException: g.byException,
    })),
    tierWarnings: warnings.slice(0, DASHBOARD_TIER_WARNINGS),
    tierWarningsTotal: warnings.length,
  };
}
