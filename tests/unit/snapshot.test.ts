import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '../../shared/canonical';
import { LedgerError } from '../../shared/errors';
import { addMember, removeMember } from '../../electron/services/membership';
import {
  buildSnapshot,
  contentChecksum,
  exportSnapshot,
  importSnapshot,
  parseSnapshot,
  readContent,
  registryCounts,
} from '../../electron/services/snapshot';
import { isRegistryEmpty } from '../../electron/services/organisation';
import { fixedClock, openTempDb, smallRegistry, tempDir } from './helpers';

function errorCode(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (error) {
    return error instanceof LedgerError ? error.code : String(error);
  }
}

function exportedText(): string {
  const { ctx } = smallRegistry();
  addMember(ctx, { groupId: 'g-middle', personId: 'p-nhan' });
  removeMember(ctx, { groupId: 'g-middle', personId: 'p-wang', reason: '调离' });
  const file = join(tempDir(), 'snap.json');
  exportSnapshot(ctx.db, ctx.clock, file);
  return readFileSync(file, 'utf8');
}

/** Re-signs edited content so that only the intended defect remains. */
function resign(doc: { content: unknown; checksum: string }): string {
  doc.checksum = contentChecksum(doc.content);
  return JSON.stringify(doc);
}

describe('snapshot format v1', () => {
  it('round-trips: export → import into an empty registry → export gives the same content', () => {
    const text = exportedText();
    const first = parseSnapshot(text);
    const { db } = openTempDb();
    const counts = importSnapshot(db, first, {
      actor: 'tester',
      fileName: 'snap.json',
      at: '2024-03-05T00:00:00.000Z',
    });
    expect(counts).toEqual(registryCounts(db));
    const second = buildSnapshot(db, fixedClock('2025-01-01T00:00:00.000Z'));
    expect(canonicalJson(second.content)).toBe(canonicalJson(first.content));
    expect(second.checksum).toBe(first.checksum);
  });

  it('carries format, version, export time and a SHA-256 of its canonical content', () => {
    const doc = JSON.parse(exportedText());
    expect(doc.format).toBe('group-ledger-snapshot');
    expect(doc.version).toBe(1);
    expect(doc.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(doc.checksum).toBe(contentChecksum(doc.content));
  });

  const defects: Array<[string, (text: string) => string, string]> = [
    ['a truncated file', (t) => t.slice(0, Math.floor(t.length * 0.6)), 'snapshot_truncated'],
    ['an empty file', () => '', 'snapshot_truncated'],
    ['a file that is not JSON', () => 'name,unit\n李伟,办公室\n', 'snapshot_not_json'],
    [
      'a wrong checksum',
      (t) => {
        const doc = JSON.parse(t);
        doc.content.people[0].name = '篡改';
        return JSON.stringify(doc);
      },
      'snapshot_checksum',
    ],
    [
      'an unknown version',
      (t) => {
        const doc = JSON.parse(t);
        doc.version = 2;
        return JSON.stringify(doc);
      },
      'snapshot_version',
    ],
    [
      'a schema violation',
      (t) => {
        const doc = JSON.parse(t);
        doc.content.memberships[0].joinedOn = '01/03/2024';
        return resign(doc);
      },
      'snapshot_schema',
    ],
    [
      'a reference to a person who is not in it',
      (t) => {
        const doc = JSON.parse(t);
        doc.content.memberships[0].personId = 'p-ghost';
        return resign(doc);
      },
      'snapshot_schema',
    ],
    [
      'a history whose chain is broken',
      (t) => {
        const doc = JSON.parse(t);
        doc.content.events[1].actor = 'someone else';
        return resign(doc);
      },
      'snapshot_checksum',
    ],
    ['another JSON document', () => JSON.stringify({ hello: 'world' }), 'snapshot_schema'],
  ];

  it.each(defects)('rejects %s with its own error and imports nothing', (_label, damage, code) => {
    const bad = damage(exportedText());
    expect(errorCode(() => parseSnapshot(bad))).toBe(code);
  });

  it('imports nothing into a registry that already holds data', () => {
    const snapshot = parseSnapshot(exportedText());
    const { ctx } = smallRegistry();
    const before = canonicalJson(readContent(ctx.db));
    expect(errorCode(() => importSnapshot(ctx.db, snapshot, { actor: 't', fileName: 'f', at: 'x' }))).toBe(
      'registry_not_empty',
    );
    expect(canonicalJson(readContent(ctx.db))).toBe(before);
  });

  it('rolls back a failing import completely', () => {
    const snapshot = parseSnapshot(exportedText());
    // Two memberships with the same id only fail inside the database.
    snapshot.content.memberships.push({ ...snapshot.content.memberships[0]!, leftOn: '2024-03-02' });
    const { db } = openTempDb();
    expect(() => importSnapshot(db, snapshot, { actor: 't', fileName: 'f', at: '2024-01-01T00:00:00.000Z' })).toThrow();
    expect(isRegistryEmpty(db)).toBe(true);
  });

  it('writes the file completely before reporting', () => {
    const { ctx } = smallRegistry();
    const file = join(tempDir(), 'out', 'snap.json');
    const result = exportSnapshot(ctx.db, ctx.clock, file);
    expect(readFileSync(file).length).toBe(result.bytes);
    writeFileSync(file, 'overwritten');
    expect(exportSnapshot(ctx.db, ctx.clock, file).bytes).toBe(result.bytes);
  });
});

describe('snapshot fast paths agree with the definitions', () => {
  it('the streamed canonical content equals canonicalJson of the content, so its hash is the checksum', async () => {
    const { canonicalContentText } = await import('../../electron/services/snapshot');
    const { ctx } = smallRegistry();
    addMember(ctx, { groupId: 'g-middle', personId: 'p-nhan', note: '“quoted” \\ \n 换行' });
    expect(canonicalContentText(ctx.db).text).toBe(canonicalJson(readContent(ctx.db)));
  });

  it('a pretty-printed copy of a valid snapshot still verifies (checksum over canonical content)', () => {
    const doc = JSON.parse(exportedText());
    const pretty = JSON.stringify(doc, null, 2);
    expect(parseSnapshot(pretty).checksum).toBe(doc.checksum);
  });

  it('the fast event hash equals the SHA-256 of the canonical event', async () => {
    const { eventHash, sha256Hex, allEvents } = await import('../../electron/services/events');
    const { ctx } = smallRegistry();
    removeMember(ctx, { groupId: 'g-middle', personId: 'p-wang', reason: 'x' });
    for (const e of allEvents(ctx.db)) {
      const { hash, ...body } = e;
      expect(eventHash(body)).toBe(sha256Hex(canonicalJson(body)));
      expect(hash).toBe(eventHash(body));
    }
  });
});
