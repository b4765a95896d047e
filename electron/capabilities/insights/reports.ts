/**
 * Reports over the whole registry: scope creep (members outside their group's charter and how each
 * got in) and the tier checks of story 4. Both come from one scan: the active groups, then every
 * current member of them, everyone's tier and unit — a handful of whole-table queries joined in
 * memory, with each group's charter prepared once. No query per group or member, so the report
 * stays fast at 10,000 people, 1,000 groups and 60,000 open memberships.
 */
import { charterLookups, charterNamesComposition, compileCharter } from '../../../shared/charter';
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
type ScanPersonRow = [string, string, string | null, string | null, string | null, 'active' | 'left'];
/** An open membership as the scan reads it: [id, groupId, personId]. */
type ScanMembership = [number, string, string];
/** How a membership came about: [id, joinedOn, basis, basisRef, addedBy, requestedBy]. */
type MembershipDetail = [number, string, Membership['basis'], string | null, string | null, string | null];

/**
 * An active group with its current members: each as the person read (shared with the other groups)
 * and the membership's id, side by side. The rows SQLite gave are let go as soon as they are sorted
 * into their groups: kept whole (66,000 arrays and twice as many strings at 10,000 people) they
 * outlived the collections of a report's young objects and were copied into the old generation
 * each time, filling it for a full collection every few reports.
 */
interface Scanned {
  group: Group;
  /** How many open memberships the group has. */
  count: number;
  people: ScanPerson[];
  membershipIds: number[];
}

interface Scan {
  groups: Scanned[];
  people: Map<string, ScanPerson>;
  /** Membership id → the approved exception that opened it. */
  exceptions: Map<number, number>;
  parents: ReturnType<typeof unitParents>;
}

/**
 * People without their unit's and tier's names: those come from their own small tables, read once
 * and shared, instead of joined into every row (SQLite then made 20,000 more strings at 10,000
 * people: 19 ms against 11 for the rows and the two small tables).
 */
const PEOPLE_SQL = `SELECT id, name, unit_id, tier_id, position, status FROM people`;
/**
 * Ordered by the partial unique index memberships_open (group_id, person_id; the rowid rides
 * along), so SQLite answers from the index alone: 17 ms for 66,000 open memberships, against
 * 127 ms for reading the same rows with their details from the table.
 */
const OPEN_SQL = `
  SELECT id, group_id, person_id FROM memberships WHERE left_on IS NULL ORDER BY group_id, person_id`;
/**
 * Details only for the memberships the report lists, in one statement, in rowid order (SQLite walks
 * the sorted list of ids: the ORDER BY costs no sort).
 */
const DETAIL_SQL = `
  SELECT id, joined_on, basis, basis_ref, added_by, requested_by FROM memberships
  WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`;

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
  ).map((r): Scanned => ({ group: toGroup(r), count: 0, people: [], membershipIds: [] }));
  const byId = new Map(groups.map((g) => [g.group.id, g]));
  const people = new Map<string, ScanPerson>();
  const unitNames = new Map(arrays<[string, string]>(db, 'SELECT id, name FROM units'));
  const tiers = new Map(
    arrays<[string, string, number]>(db, 'SELECT id, name, rank FROM tiers').map((t) => [t[0], t] as const),
  );
  // Indexed loops, not `for…of` with destructuring: until the optimising compiler takes over (the
  // first reports in a process), each destructured row allocated an iterator and its results.
  const rows = arrays<ScanPersonRow>(db, PEOPLE_SQL);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const id = r[0];
    const tier = r[3] === null ? undefined : tiers.get(r[3]);
    people.set(id, {
      id,
      name: r[1],
      unitId: r[2],
      tierId: r[3],
      position: r[4],
      status: r[5],
      unitName: (r[2] === null ? undefined : unitNames.get(r[2])) ?? null,
      tierName: tier?.[1] ?? null,
      tierRank: tier?.[2] ?? null,
    });
  }
  const open = arrays<ScanMembership>(db, OPEN_SQL);
  // In group order: each group is looked up once, where its rows begin.
  let groupId: string | null = null;
  let scanned: Scanned | undefined;
  for (let i = 0; i < open.length; i++) {
    const row = open[i]!;
    if (row[1] !== groupId) {
      groupId = row[1];
      scanned = byId.get(groupId);
    }
    if (!scanned) continue;
    scanned.count++;
    // Every open membership has its person (a foreign key); one without would be left out.
    const person = people.get(row[2]);
    if (!person) continue;
    scanned.people.push(person);
    scanned.membershipIds.push(row[0]);
  }
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
 * How each listed member got in, from one query over their memberships in rowid order (the lookups
 * then walk the table forwards). The order is found by sorting numbers, not entries: each
 * membership id with its entry's place packed into one number (id × 2^21 + place, exact below
 * 2^53), sorted as a typed array without a compare function. At 39,000 entries that replaced a map
 * of them and a sort with a compare function (about 8 ms and 3 MB a report).
 */
function fillDetails(db: Db, scan: Scan, listed: ScopeCreepEntry[], ids: number[]): void {
  const n = ids.length;
  let order: ArrayLike<number>;
  if (n < PLACES && ids.every((id) => id >= 0 && id < MAX_PACKED_ID)) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = ids[i]! * PLACES + i;
    packed.sort();
    const places = new Uint32Array(n);
    for (let i = 0; i < n; i++) places[i] = packed[i]! % PLACES;
    order = places;
  } else {
    order = Array.from(ids.keys()).sort((a, b) => ids[a]! - ids[b]!);
  }
  const sorted: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) sorted[i] = ids[order[i]!]!;
  const statement = stmt(db, DETAIL_SQL);
  statement.setReturnArrays(true);
  const nameOf = (id: string | null) => (id ? (scan.people.get(id)?.name ?? null) : null);
  // A few thousand at a time: each piece's rows are let go before the next is read, instead of
  // 39,000 of them held (and copied by a young collection) until the last is filled in.
  for (let from = 0; from < n; from += DETAIL_PIECE) {
    const piece = sorted.slice(from, from + DETAIL_PIECE);
    const details = statement.all(`[${piece.join(',')}]`) as unknown as MembershipDetail[];
    // Read in the scan's transaction, every listed membership has its row, in the order asked: an
    // entry left with its placeholders, or given another's details, would be a wrong report, so
    // anything else fails it.
    if (details.length !== piece.length) {
      throw new Error(`scope creep: ${piece.length - details.length} memberships not found`);
    }
    for (let i = 0; i < details.length; i++) {
      const d = details[i]!;
      if (d[0] !== piece[i]) throw new Error(`scope creep: membership ${piece[i]} read out of order`);
      const entry = listed[order[from + i]!]!;
      entry.joinedOn = d[1];
      entry.basis = d[2];
      entry.basisRef = d[3];
      entry.addedById = d[4];
      entry.addedByName = nameOf(d[4]);
      entry.requestedById = d[5];
      entry.requestedByName = nameOf(d[5]);
    }
  }
}

/** How many memberships' details fillDetails reads at a time. */
const DETAIL_PIECE = 4096;

/** fillDetails' packing: places below 2^21, ids below 2^32 (the product stays below 2^53). */
const PLACES = 2 ** 21;
const MAX_PACKED_ID = 2 ** 32;

/**
 * The report; without `withEntries` only the counts (what the dashboard shows). Each listed member's
 * entry is built once, as the check finds them, and how they got in is filled into it from one
 * query over their memberships (fillDetails).
 * Measured at 10,000 people (39,145 entries), 30 reports per process, three processes a side
 * alternating: p50 214–232 ms when each entry was built twice, the lookups went in report order and
 * dates were compared by collation; 188–205 ms now. Then (five processes a side, alternating): the
 * charter's answers shared instead of a new list of mismatches per member and per entry, and rows
 * read by index instead of destructured, cut what one report allocates from 82.5 to 51.3 MB and
 * the fastest of 30 reports from 177–191 to 154–172 ms. Then (four processes a side, alternating,
 * a collection before each report so one report's garbage does not fall into the next's time): the
 * charters' unit lines and posts worked out once per report (charterLookups) instead of per group,
 * the details' order found by sorting numbers (fillDetails), people read without joining their
 * unit's and tier's names, and a 16 MiB page cache (db/database.ts): 48.7 → 44.9 MB allocated a
 * report, median 160–170 → 132–138 ms. The first reports in a process stay slow (400–450 ms): on
 * these machines they are mostly page faults as the heap grows (16,000 faults, 160–230 ms of
 * system time in the first; 1,500–3,000 later).
 */
function scopeCreepOf(db: Db, scan: Scan, generatedAt: string, withEntries = true): ScopeCreepReport {
  // The entries listed and their memberships, in the order found (see fillDetails).
  const listed: ScopeCreepEntry[] = [];
  const listedIds: number[] = [];
  const groups: ScopeCreepGroup[] = [];
  const lookups = charterLookups(scan.parents);
  let groupsWithoutCharter = 0;
  for (const { group, count, people, membershipIds } of scan.groups) {
    if (!charterNamesComposition(group.charter)) {
      groupsWithoutCharter++;
      continue;
    }
    const check = compileCharter(group, scan.parents, lookups);
    const entries: ScopeCreepEntry[] = [];
    let inCharter = 0;
    let outside = 0;
    let byException = 0;
    for (let i = 0; i < people.length; i++) {
      const p = people[i]!;
      const membershipId = membershipIds[i]!;
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
        personId: p.id,
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
      listed.push(entry);
      listedIds.push(membershipId);
    }
    if (outside + byException === 0) continue;
    groups.push({
      groupId: group.id,
      name: group.name,
      platform: group.platform,
      members: count,
      inCharter,
      byException,
      outside,
      entries,
    });
  }
  if (listed.length > 0) fillDetails(db, scan, listed, listedIds);
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
  for (const { group, people } of scan.groups) {
    const memberRanks: number[] = [];
    for (const p of people) {
      if (p.tierRank !== null) memberRanks.push(p.tierRank);
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
