import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  canonicalEventBody,
  eventHash,
  eventRows,
  findRowChainBreak,
  findStoredChainBreak,
  insertEvent,
  storedChainBreaks,
  storedEventText,
} from '../../electron/kernel/events';
import { createHash } from 'node:crypto';
import type { LedgerEvent } from '../../shared/domain';
import { openTempDb } from './helpers';

/** Texts where SQLite's json_quote and JSON.stringify could part ways. */
const AWKWARD = [
  '李伟',
  'Nguyễn Trọng Nhân',
  'say "hi"\\',
  'tab\there',
  'ctl\u0001\u001f',
  'del\u007f',
  'ls\u2028ps\u2029',
  '😀 emoji',
  '',
];

function historyOf(n: number): LedgerEvent[] {
  const events: LedgerEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const text = AWKWARD[seq % AWKWARD.length]!;
    const body: Omit<LedgerEvent, 'hash'> = {
      seq,
      at: `2026-01-01T00:00:${String(seq % 60).padStart(2, '0')}.000Z`,
      actor: text || 'admin',
      kind: 'person.updated',
      subjects: [`person-${seq}`, text],
      before: seq % 3 === 0 ? null : { name: text, n: seq, nested: { list: [1, 'a', null, true] } },
      after: { name: `${text}!`, note: text },
      prevHash: prev,
    };
    const event = { ...body, hash: eventHash(body) };
    events.push(event);
    prev = event.hash;
  }
  return events;
}

function registryWith(events: LedgerEvent[]) {
  const { db } = openTempDb();
  db.exec('DROP TRIGGER IF EXISTS events_append_only_update; DROP TRIGGER IF EXISTS events_append_only_delete');
  for (const e of events) insertEvent(db, e);
  return db;
}

describe('the stored chain read as bytes from SQLite', () => {
  it('hashes exactly the canonical text of each entry, so the walks never fall back to the slow check', () => {
    const db = registryWith(historyOf(60));
    for (const r of eventRows(db)) {
      const canonical = canonicalEventBody(
        { seq: r.seq, at: r.at, actor: r.actor, kind: r.kind, prevHash: r.prev_hash },
        r.before ?? 'null',
        r.after ?? 'null',
        r.subjects,
      );
      expect(storedEventText(db, r.seq)).toBe(canonical);
      expect(createHash('sha256').update(canonical).digest('hex')).toBe(r.hash);
    }
  });

  it('finds a whole history whole, whatever characters its entries hold', () => {
    const db = registryWith(historyOf(60));
    expect(findStoredChainBreak(db)).toBeNull();
    expect(findRowChainBreak(eventRows(db))).toBeNull();
  });

  it('finds each kind of break where the row-by-row check finds it', () => {
    const cases: Array<[string, string]> = [
      ['content', "UPDATE events SET actor = 'someone else' WHERE seq = 17"],
      ['content', `UPDATE events SET after = '{"name":"forged"}' WHERE seq = 30`],
      ['previous', `UPDATE events SET prev_hash = '${'1'.repeat(64)}' WHERE seq = 12`],
      ['gap', 'DELETE FROM event_subjects WHERE seq = 25; DELETE FROM events WHERE seq = 25'],
    ];
    for (const [reason, sql] of cases) {
      const db = registryWith(historyOf(40));
      db.exec(sql);
      const stored = findStoredChainBreak(db);
      expect(stored?.reason).toBe(reason);
      expect(stored).toEqual(findRowChainBreak(eventRows(db)));
    }
  });
});

describe('the stored chain checked in two halves, as two threads check a large backup', () => {
  const halves = (db: ReturnType<typeof registryWith>) => [
    findStoredChainBreak(db, { from: 1, to: 20 }),
    findStoredChainBreak(db, { from: 21, to: 40 }),
  ];

  it('finds both halves of a whole history whole', () => {
    expect(halves(registryWith(historyOf(40)))).toEqual([null, null]);
  });

  it('finds a break in the second half, and an entry missing at the seam from either side', () => {
    const edited = registryWith(historyOf(40));
    edited.exec("UPDATE events SET actor = 'someone else' WHERE seq = 33");
    expect(halves(edited)).toEqual([null, { seq: 33, reason: 'content' }]);

    const seam = registryWith(historyOf(40));
    seam.exec('DELETE FROM event_subjects WHERE seq = 20; DELETE FROM events WHERE seq = 20');
    expect(halves(seam)).toEqual([
      { seq: 20, reason: 'gap' },
      { seq: 20, reason: 'gap' },
    ]);

    const relinked = registryWith(historyOf(40));
    relinked.exec(`UPDATE events SET prev_hash = '${'2'.repeat(64)}' WHERE seq = 21`);
    expect(halves(relinked)).toEqual([null, { seq: 21, reason: 'previous' }]);
  });
});

describe('the stored chain read a batch at a time (256 entries a query)', () => {
  /** The answer of the row-at-a-time walk, which the batched one must give too. */
  const walked = (db: ReturnType<typeof registryWith>, range?: { from: number; to: number }) => {
    for (const broken of storedChainBreaks(db, range)) if (broken) return broken;
    return null;
  };

  it('finds a long history whole, and each break where the row-at-a-time walk finds it, batch edges included', () => {
    // One registry, each change made in a transaction and rolled back after its check.
    const db = registryWith(historyOf(600));
    expect(findStoredChainBreak(db)).toBeNull();
    const cases: Array<[string, string]> = [
      ['content', "UPDATE events SET actor = 'someone else' WHERE seq = 1"],
      ['content', "UPDATE events SET actor = 'someone else' WHERE seq = 256"],
      ['content', `UPDATE events SET after = '{"name":"forged"}' WHERE seq = 257`],
      ['content', 'UPDATE events SET subjects = \'["person-x"]\' WHERE seq = 600'],
      ['previous', `UPDATE events SET prev_hash = '${'1'.repeat(64)}' WHERE seq = 513`],
      ['content', 'UPDATE events SET after = NULL, before = NULL WHERE seq = 400'],
      ['gap', 'DELETE FROM event_subjects WHERE seq = 257; DELETE FROM events WHERE seq = 257'],
      [
        'gap',
        'DELETE FROM event_subjects WHERE seq BETWEEN 100 AND 450; DELETE FROM events WHERE seq BETWEEN 100 AND 450',
      ],
    ];
    for (const [reason, sql] of cases) {
      db.exec('BEGIN');
      db.exec(sql);
      const found = findStoredChainBreak(db);
      expect(found?.reason, sql).toBe(reason);
      expect(found, sql).toEqual(walked(db));
      expect(found, sql).toEqual(findRowChainBreak(eventRows(db)));
      db.exec('ROLLBACK');
    }
    expect(findStoredChainBreak(db)).toBeNull();
    // A value a batch cannot carry as JSON goes to the row-at-a-time walk, which refuses it as before.
    db.exec("UPDATE events SET prev_hash = X'00ff' WHERE seq = 300");
    expect(() => walked(db)).toThrow(/BLOB/);
    expect(() => findStoredChainBreak(db)).toThrow(/BLOB/);
  });

  it('ends a range where it was asked to: the missing last entries of a range are a gap, of the whole history not', () => {
    const db = registryWith(historyOf(600));
    db.exec('DELETE FROM event_subjects WHERE seq > 580; DELETE FROM events WHERE seq > 580');
    expect(findStoredChainBreak(db)).toBeNull();
    expect(findStoredChainBreak(db, { from: 301, to: 600 })).toEqual({ seq: 581, reason: 'gap' });
    expect(findStoredChainBreak(db, { from: 301, to: 600 })).toEqual(walked(db, { from: 301, to: 600 }));
    expect(findStoredChainBreak(db, { from: 1, to: 300 })).toBeNull();
    expect(findStoredChainBreak(db, { from: 601, to: 700 })).toEqual({ seq: 600, reason: 'gap' });
  });
});
