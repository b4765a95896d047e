import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/db/database';
import { allEvents, findChainBreak } from '../../electron/kernel/events';
import { mulberry32, PeopleGenerator } from '../../electron/seeds/fixtures/names';
import { generateScaleFixture, SCALE_PRESETS } from '../../electron/seeds/fixtures/scale';
import { createOrganisation } from '../../electron/capabilities/organisation/organisation';
import { buildSnapshot, parseSnapshot } from '../../electron/capabilities/snapshots';

const TABLES = {
  organisation: 'id',
  tiers: 'id',
  units: 'id',
  people: 'id',
  groups: 'id',
  memberships: 'id',
  events: 'seq',
  event_subjects: 'subject, seq',
} as const;

const opened: Db[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function fresh(): Db {
  const db = openDatabase(':memory:');
  opened.push(db);
  return db;
}

function dump(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(
    Object.entries(TABLES).map(([table, key]) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).all()]),
  );
}

function count(db: Db, sql: string): number {
  return (db.prepare(sql).get() as { n: number }).n;
}

describe('names', () => {
  it('draws realistic, unique names, phones and handles deterministically', () => {
    const draw = () => {
      const gen = new PeopleGenerator(mulberry32(7));
      return Array.from({ length: 3000 }, (_, i) => {
        const name = i % 2 ? gen.chineseName().name : gen.vietnameseName().name;
        const phone = i % 2 ? gen.cnMobile() : gen.vnMobile();
        return { name, phone, handle: i % 2 ? gen.wechatId(name) : gen.telegramUsername(name) };
      });
    };
    const people = draw();
    expect(draw()).toEqual(people);
    expect(new Set(people.map((p) => p.name)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.phone)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.handle)).size).toBe(people.length);
    for (const [i, p] of people.entries()) {
      if (i % 2) {
        expect(p.name).toMatch(/^\p{Script=Han}{2,3}$/u);
        expect(p.phone).toMatch(/^1[358]\d{9}$/);
        expect(p.handle).toMatch(/^[a-z][a-z0-9_]{5,19}$/);
      } else {
        expect(p.name).toMatch(/^(\p{Lu}\p{Ll}* ){2,3}\p{Lu}\p{Ll}*$/u);
        expect(p.name).toBe(p.name.normalize('NFC'));
        expect(p.phone).toMatch(/^0[39]\d{8}$/);
      }
    }
  });
});

describe('scale fixture', () => {
  const small = SCALE_PRESETS.small;

  it('writes exactly the requested counts', () => {
    const db = fresh();
    const counts = generateScaleFixture(db, small);
    expect(counts).toMatchObject({
      units: small.units,
      people: small.people,
      groups: small.groups,
      memberships: small.memberships,
      events: small.events,
    });
    expect(count(db, 'SELECT count(*) AS n FROM units')).toBe(small.units);
    expect(count(db, 'SELECT count(*) AS n FROM people')).toBe(small.people);
    expect(count(db, 'SELECT count(*) AS n FROM groups')).toBe(small.groups);
    expect(count(db, 'SELECT count(*) AS n FROM memberships')).toBe(small.memberships);
    expect(count(db, 'SELECT count(*) AS n FROM memberships WHERE left_on IS NULL')).toBe(counts.openMemberships);
    expect(count(db, 'SELECT count(*) AS n FROM events')).toBe(small.events);
    expect(count(db, 'SELECT count(*) AS n FROM tiers')).toBe(3);
    const org = db.prepare('SELECT name FROM organisation').get() as { name: string };
    expect(org.name).toBe('Scale fixture (100 people)');
  });

  it('is deterministic: the same seed gives identical rows, another seed does not', () => {
    const a = fresh();
    const b = fresh();
    const c = fresh();
    generateScaleFixture(a, small);
    generateScaleFixture(b, small);
    generateScaleFixture(c, { ...small, seed: 2 });
    expect(dump(b)).toEqual(dump(a));
    expect(dump(c).people).not.toEqual(dump(a).people);
  });

  it('has a valid, time-ordered event chain', () => {
    const db = fresh();
    generateScaleFixture(db, small);
    const events = allEvents(db);
    expect(findChainBreak(events)).toBeNull();
    for (let i = 1; i < events.length; i++) expect(events[i]!.at >= events[i - 1]!.at).toBe(true);
    const kinds = new Set(events.map((e) => e.kind));
    expect(kinds).toEqual(
      new Set([
        'organisation.created',
        'unit.created',
        'person.created',
        'person.updated',
        'person.left',
        'group.created',
        'group.dissolved',
        'membership.added',
        'membership.removed',
      ]),
    );
  });

  it('keeps membership intervals consistent: one open per group and person, no overlaps', () => {
    const db = fresh();
    generateScaleFixture(db, small);
    expect(
      count(
        db,
        `SELECT count(*) AS n FROM (SELECT 1 FROM memberships WHERE left_on IS NULL GROUP BY group_id, person_id HAVING count(*) > 1)`,
      ),
    ).toBe(0);
    const overlapping = count(
      db,
      `SELECT count(*) AS n FROM memberships a JOIN memberships b
         ON a.group_id = b.group_id AND a.person_id = b.person_id AND a.id < b.id
       WHERE a.joined_on < coalesce(b.left_on, '9999') AND b.joined_on < coalesce(a.left_on, '9999')`,
    );
    expect(overlapping).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM memberships WHERE left_on IS NOT NULL')).toBeGreaterThan(0);
    expect(
      count(
        db,
        'SELECT count(*) AS n FROM memberships m JOIN groups g ON g.id = m.group_id WHERE m.joined_on < g.created_on',
      ),
    ).toBe(0);
    expect(
      count(
        db,
        `SELECT count(*) AS n FROM memberships m JOIN people p ON p.id = m.person_id WHERE p.left_on IS NOT NULL AND m.joined_on >= p.left_on`,
      ),
    ).toBe(0);
    expect(
      count(
        db,
        `SELECT count(*) AS n FROM memberships m JOIN groups g ON g.id = m.group_id WHERE g.status = 'dissolved' AND m.left_on IS NULL`,
      ),
    ).toBe(0);
  });

  it('passes snapshot verification (schemas and references)', () => {
    const db = fresh();
    generateScaleFixture(db, small);
    const snapshot = parseSnapshot(JSON.stringify(buildSnapshot(db, { now: () => new Date('2025-07-01T00:00:00Z') })));
    expect(snapshot.content.people).toHaveLength(small.people);
  });

  it('refuses a registry that is not empty', () => {
    const db = fresh();
    createOrganisation({ db, actor: 'test', clock: { now: () => new Date() } }, { name: 'X', locale: 'en' });
    expect(() => generateScaleFixture(db, small)).toThrow(expect.objectContaining({ code: 'registry_not_empty' }));
    expect(count(db, 'SELECT count(*) AS n FROM people')).toBe(0);
  });

  it('refuses options that cannot be met and writes nothing', () => {
    const db = fresh();
    expect(() => generateScaleFixture(db, { ...small, events: 10 })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(count(db, 'SELECT count(*) AS n FROM events')).toBe(0);
  });
});
