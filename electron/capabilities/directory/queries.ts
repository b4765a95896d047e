/** Read side of the directory: tiers, units and people, with search. */
import type { NameIndex, PersonDetail, PersonRow } from '../../../shared/contract';
import { Charter, type Tier, type Unit } from '../../../shared/domain';
import { foldQuery } from '../../../shared/search';
import { splitPosts } from '../../../shared/charter';
import { stmt, type Db } from '../../db/database';
import { checkRecord, eligibilityOf, unitParents } from '../../kernel/charter';
import { listExceptions } from '../exceptions';
import { toMembership, toPerson, toTier, toUnit, type MembershipRecord, type PersonRecord } from '../../kernel/rows';
import { getPersonRecord } from '../../kernel/records';

export function listTiers(db: Db): Tier[] {
  return (stmt(db, 'SELECT id, name, rank FROM tiers ORDER BY rank').all() as unknown as Tier[]).map(toTier);
}

/** Every post people hold, each once: a position of several posts ("党组书记、局长") gives each. */
export function listPositions(db: Db): string[] {
  const held = stmt(db, 'SELECT DISTINCT position FROM people WHERE position IS NOT NULL').all() as unknown as Array<{
    position: string;
  }>;
  return [...new Set(held.flatMap(({ position }) => splitPosts(position)))];
}

/** The tiers, highest first, each with how many active people it holds (the organisation page). */
export function listTiersCounted(db: Db): Array<Tier & { people: number }> {
  const counts = new Map(
    (
      stmt(
        db,
        `SELECT tier_id, count(*) AS n FROM people WHERE status = 'active' AND tier_id IS NOT NULL GROUP BY tier_id`,
      ).all() as unknown as Array<{ tier_id: string; n: number }>
    ).map((r) => [r.tier_id, r.n]),
  );
  return listTiers(db).map((tier) => ({ ...tier, people: counts.get(tier.id) ?? 0 }));
}

export function listUnits(db: Db): Array<Unit & { people: number }> {
  const rows = stmt(
    db,
    `SELECT u.id, u.parent_id, u.name, u.sort,
       (SELECT count(*) FROM people p WHERE p.unit_id = u.id AND p.status = 'active') AS people
     FROM units u ORDER BY u.sort, u.name`,
  ).all() as unknown as Array<{ id: string; parent_id: string | null; name: string; sort: number; people: number }>;
  return rows.map((r) => ({ ...toUnit(r), people: r.people }));
}

const PERSON_ROW_SQL = `
  SELECT p.*, u.name AS unit_name, t.name AS tier_name, t.rank AS tier_rank,
    (SELECT count(*) FROM memberships m WHERE m.person_id = p.id AND m.left_on IS NULL) AS group_count
  FROM people p
  LEFT JOIN units u ON u.id = p.unit_id
  LEFT JOIN tiers t ON t.id = p.tier_id`;

type PersonRowRecord = PersonRecord & {
  unit_name: string | null;
  tier_name: string | null;
  tier_rank: number | null;
  group_count: number;
};

function toPersonRow(r: PersonRowRecord): PersonRow {
  const p = toPerson(r);
  return {
    id: p.id,
    name: p.name,
    unitId: p.unitId,
    unitName: r.unit_name,
    tierId: p.tierId,
    tierName: r.tier_name,
    tierRank: r.tier_rank,
    position: p.position,
    phone: p.phone,
    handles: p.handles,
    status: p.status,
    leftOn: p.leftOn,
    groupCount: r.group_count,
  };
}

/** People matching a query by name, pinyin, unaccented Vietnamese, phone or handle. */
export function listPeople(db: Db, query?: string, limit = -1): PersonRow[] {
  const q = query ? foldQuery(query) : '';
  // LIMIT -1 is SQLite's "no limit"; search everywhere asks for the first 20 only.
  const rows = q
    ? stmt(db, `${PERSON_ROW_SQL} WHERE instr(p.search_key, ?) > 0 ORDER BY t.rank, p.name LIMIT ?`).all(q, limit)
    : stmt(db, `${PERSON_ROW_SQL} ORDER BY t.rank, p.name LIMIT ?`).all(limit);
  return (rows as unknown as PersonRowRecord[]).map(toPersonRow);
}

/** The names of the people and groups among `ids` (unknown ids are left out). */
export function namesOf(db: Db, ids: readonly string[]): NameIndex {
  const list = JSON.stringify([...new Set(ids)]);
  const read = (table: 'people' | 'groups') =>
    Object.fromEntries(
      (
        stmt(db, `SELECT id, name FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).all(
          list,
        ) as unknown as Array<{
          id: string;
          name: string;
        }>
      ).map((r) => [r.id, r.name]),
    );
  return { people: read('people'), groups: read('groups') };
}

/**
 * One person with every group they are or were in (current first), who added and who asked for
 * each, how each stands against that group's charter now, and their exception requests.
 */
export function getPerson(db: Db, id: string): PersonDetail {
  const record = getPersonRecord(db, id);
  const person = toPerson(record);
  const names = stmt(
    db,
    `SELECT (SELECT name FROM units WHERE id = ?) AS unit_name, (SELECT name FROM tiers WHERE id = ?) AS tier_name`,
  ).get(person.unitId, person.tierId) as { unit_name: string | null; tier_name: string | null };
  const memberships = stmt(
    db,
    `SELECT m.*, g.name AS group_name, g.platform, g.status AS group_status, g.charter, g.owner_id, g.deputy_ids,
       a.name AS added_by_name, r.name AS requested_by_name, x.id AS exception_id
     FROM memberships m JOIN groups g ON g.id = m.group_id
     LEFT JOIN people a ON a.id = m.added_by
     LEFT JOIN people r ON r.id = m.requested_by
     LEFT JOIN exceptions x ON x.membership_id = m.id AND x.status = 'approved'
     WHERE m.person_id = ? ORDER BY m.left_on IS NOT NULL, m.joined_on DESC, m.id DESC`,
  ).all(id) as unknown as Array<
    MembershipRecord & {
      group_name: string;
      platform: PersonDetail['memberships'][number]['platform'];
      group_status: PersonDetail['memberships'][number]['groupStatus'];
      charter: string;
      owner_id: string | null;
      deputy_ids: string;
      added_by_name: string | null;
      requested_by_name: string | null;
      exception_id: number | null;
    }
  >;
  const parents = unitParents(db);
  return {
    person,
    unitName: names.unit_name,
    tierName: names.tier_name,
    memberships: memberships.map((m) => {
      const group = {
        charter: Charter.parse(JSON.parse(m.charter)),
        ownerId: m.owner_id,
        deputyIds: JSON.parse(m.deputy_ids) as string[],
      };
      return {
        ...toMembership(m),
        groupName: m.group_name,
        platform: m.platform,
        groupStatus: m.group_status,
        addedByName: m.added_by_name,
        requestedByName: m.requested_by_name,
        eligibility: eligibilityOf(checkRecord(group, record, parents), m.exception_id),
      };
    }),
    exceptions: listExceptions(db, { personId: id }),
  };
}
