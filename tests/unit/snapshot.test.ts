import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '../../shared/canonical';
import type { LedgerError } from '../../shared/errors';
import { setCharter } from '../../electron/capabilities/groups/commands';
import { addMember, removeMember } from '../../electron/capabilities/membership/membership';
import { EMPTY_CHARTER } from '../../shared/domain';
import {
  buildSnapshot,
  contentChecksum,
  exportSnapshot,
  importSnapshot,
  parseSnapshot,
  readContent,
  registryCounts,
} from '../../electron/capabilities/snapshots';
import { fixedClock, openTempDb, smallRegistry, tempDir } from './helpers';
import { eventHash, GENESIS_HASH } from '../../electron/kernel/events';
import type { LedgerEvent } from '../../shared/domain';
import type { SnapshotIncident, SnapshotRunbook } from '../../shared/snapshotCasework';
import { errorMessage } from '../../shared/i18n/errors';
import { isRegistryEmpty } from '../../electron/kernel/records';
import { addIssue3Records, casedText, errorCode, exportedText, kindedText, resign } from './snapshot-helpers';
import { listIncidents, listKinds } from '../../electron/capabilities/incidents';

describe('snapshot format: import, older versions, defects', () => {
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
    // Issue 3's records travel too: the exceptions (one opened a membership), rules, acknowledgements.
    expect(second.content.exceptions.map((e) => e.status)).toEqual(['approved', 'pending']);
    expect(second.content.exceptions[0]!.membershipId).toBeTypeOf('number');
    expect(second.content.rules).toHaveLength(1);
    expect(second.content.acknowledgements.map((a) => a.personId)).toEqual(['p-liwei', 'p-nhan']);
  });

  it('still imports a version-1 snapshot (no exceptions, rules or acknowledgements then)', () => {
    const doc = JSON.parse(exportedText());
    for (const key of ['exceptions', 'rules', 'acknowledgements', 'runbooks', 'incidents', 'incidentKinds'])
      delete doc.content[key];
    // A v1 registry had no exception memberships; make the one here an ordinary add.
    for (const m of doc.content.memberships)
      if (m.basis === 'exception') Object.assign(m, { basis: 'manual', basisRef: null });
    doc.version = 1;
    const snapshot = parseSnapshot(resign(doc));
    expect(snapshot.version).toBe(4);
    expect(snapshot.content).toMatchObject({
      exceptions: [],
      rules: [],
      acknowledgements: [],
      runbooks: [],
      incidents: [],
    });
    const { db } = openTempDb();
    importSnapshot(db, snapshot, { actor: 'tester', fileName: 'v1.json', at: '2024-03-05T00:00:00.000Z' });
    expect(registryCounts(db).memberships).toBe(doc.content.memberships.length);
    expect(readContent(db).exceptions).toEqual([]);
  });

  it('refuses a version-1 file that carries version-2 lists', () => {
    const doc = JSON.parse(exportedText());
    doc.version = 1;
    expect(errorCode(() => parseSnapshot(resign(doc)))).toBe('snapshot_schema');
  });

  it('carries format, version, export time and a SHA-256 of its canonical content', () => {
    const doc = JSON.parse(exportedText());
    expect(doc.format).toBe('group-ledger-snapshot');
    expect(doc.version).toBe(4);
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
        doc.version = 5;
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
    [
      'an exception for a person who is not in it',
      (t) => {
        const doc = JSON.parse(t);
        doc.content.exceptions[0].personId = 'p-ghost';
        return resign(doc);
      },
      'snapshot_schema',
    ],
    [
      'an exception pointing at a membership that is not in it',
      (t) => {
        const doc = JSON.parse(t);
        doc.content.exceptions[0].membershipId = 9999;
        return resign(doc);
      },
      'snapshot_schema',
    ],
    [
      'an acknowledgement of a rules version that is not in it',
      (t) => {
        const doc = JSON.parse(t);
        doc.content.acknowledgements[0].version = 7;
        return resign(doc);
      },
      'snapshot_schema',
    ],
    ['another JSON document', () => JSON.stringify({ hello: 'world' }), 'snapshot_schema'],
  ];

  it.each(defects)('rejects %s with its own error and imports nothing', (_label, damage, code) => {
    const bad = damage(exportedText());
    expect(errorCode(() => parseSnapshot(bad))).toBe(code);
  });

  it('refuses an event whose payload does not fit its kind, even with a rebuilt chain, naming its number', () => {
    const doc = JSON.parse(exportedText());
    const events = doc.content.events as LedgerEvent[];
    const target = events.find((e) => e.kind === 'membership.removed')!;
    (target.after as Record<string, unknown>).leftOn = 42;
    // Re-hash the chain from there on, as a forger would: the chain verifies, the payload does not.
    let prev = events[events.indexOf(target) - 1]?.hash ?? GENESIS_HASH;
    for (const e of events.slice(events.indexOf(target))) {
      const { hash: _old, ...body } = e;
      e.prevHash = prev;
      e.hash = eventHash({ ...body, prevHash: prev });
      prev = e.hash;
    }
    let error: LedgerError | null = null;
    try {
      parseSnapshot(resign(doc));
    } catch (e) {
      error = e as LedgerError;
    }
    expect(error?.code).toBe('snapshot_event');
    expect(error?.params).toMatchObject({ seq: target.seq, kind: 'membership.removed' });
    expect(errorMessage('zh-CN', 'snapshot_event', error!.params)).toContain(`第 ${target.seq} 条`);
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

describe('snapshot format v3: runbooks and incidents', () => {
  it('round-trips a registry with a finished runbook and a closed incident, byte for byte', () => {
    const text = casedText();
    const first = parseSnapshot(text);
    expect(first.content.runbooks.map((r) => [r.kind, r.state])).toEqual([['dissolve', 'finished']]);
    const [runbook] = first.content.runbooks;
    expect(runbook!.groups[0]!.snapshot!.length).toBe(runbook!.steps.length);
    expect(runbook!.steps.every((s) => s.outcome === 'done' && s.at !== null)).toBe(true);
    expect(runbook!.authorisation).toMatchObject({ personId: 'p-wang', documentRef: '办〔2024〕3号' });
    const [incident] = first.content.incidents;
    expect(incident).toMatchObject({ kind: 'quarrel', status: 'closed' });
    expect(incident!.steps.map((s) => s.decidedBy)).toEqual([{ kind: 'person', ref: 'p-wang' }]);
    expect(incident!.actions.map((a) => a.kind)).toEqual(['warning', 'runbook']);
    const { db, dir } = openTempDb();
    const counts = importSnapshot(db, first, { actor: 'tester', fileName: 'c.json', at: '2024-03-05T00:00:00.000Z' });
    expect(counts).toEqual(registryCounts(db));
    expect(counts).toMatchObject({ runbooks: 1, incidents: 1 });
    const again = exportSnapshot(db, fixedClock('2025-01-01T00:00:00.000Z'), join(dir, 'again.json'));
    expect(again.checksum).toBe(first.checksum);
    const content = (t: string) => canonicalJson(JSON.parse(t).content);
    expect(content(readFileSync(again.path, 'utf8'))).toBe(content(text));
    // The imported rows answer the incident search and hold no group open.
    expect(db.prepare("SELECT count(*) AS n FROM incidents WHERE search_key <> ''").get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM runbook_groups WHERE open = 1').get()).toEqual({ n: 0 });
  });

  it('still imports a version-2 snapshot, with no runbooks or incidents', () => {
    const doc = JSON.parse(exportedText());
    delete doc.content.runbooks;
    delete doc.content.incidents;
    delete doc.content.incidentKinds;
    doc.version = 2;
    const snapshot = parseSnapshot(resign(doc));
    expect(snapshot.version).toBe(4);
    expect(snapshot.content).toMatchObject({ runbooks: [], incidents: [] });
    expect(snapshot.content.rules).toHaveLength(1);
    const { db } = openTempDb();
    importSnapshot(db, snapshot, { actor: 'tester', fileName: 'v2.json', at: '2024-03-05T00:00:00.000Z' });
    expect(registryCounts(db)).toMatchObject({ runbooks: 0, incidents: 0 });
  });

  it('refuses a version-2 file that carries runbooks or incidents', () => {
    const doc = JSON.parse(casedText());
    delete doc.content.incidentKinds;
    doc.version = 2;
    expect(errorCode(() => parseSnapshot(resign(doc)))).toBe('snapshot_schema');
  });

  type Doc = { content: { runbooks: SnapshotRunbook[]; incidents: SnapshotIncident[] } };
  const broken: Array<[string, (doc: Doc) => void, string]> = [
    [
      'a runbook step for a person not in it',
      (d) => (d.content.runbooks[0]!.steps[0]!.personId = 'p-ghost'),
      'runbooks.1.steps.1.personId: unknown person',
    ],
    [
      'a runbook step in a group not of the runbook',
      (d) => (d.content.runbooks[0]!.steps[0]!.groupId = 'g-other'),
      'runbooks.1.steps.1.groupId: not a group of the runbook',
    ],
    [
      'a runbook authorised by a person not in it',
      (d) => (d.content.runbooks[0]!.authorisation.personId = 'p-ghost'),
      'runbooks.1.authorisation.personId: unknown person',
    ],
    [
      'a runbook snapshot naming a membership not in it',
      (d) => (d.content.runbooks[0]!.groups[0]!.snapshot![0]!.membershipId = 9999),
      'runbooks.1.groups.g-middle.snapshot: unknown membership 9999',
    ],
    [
      'a finished runbook without an end',
      (d) => (d.content.runbooks[0]!.endedAt = null),
      'runbooks.1.endedAt: does not match its state',
    ],
    [
      'an incident in a group not in it',
      (d) => (d.content.incidents[0]!.groupId = 'g-ghost'),
      'incidents.1.groupId: unknown group',
    ],
    [
      'an incident party not in it',
      (d) => (d.content.incidents[0]!.people[0]!.personId = 'p-ghost'),
      'incidents.1.people.p-ghost: unknown person',
    ],
    [
      'an escalation decided by a person not in it',
      (d) => (d.content.incidents[0]!.steps[0]!.decidedBy = { kind: 'person', ref: 'p-ghost' }),
      'incidents.1.steps.1.decidedBy: unknown person p-ghost',
    ],
    [
      'an action aimed at a person not in it',
      (d) => (d.content.incidents[0]!.actions[0]!.targetPersonId = 'p-ghost'),
      'incidents.1.actions.1.targetPersonId: unknown person',
    ],
    [
      'a closed incident without its date',
      (d) => (d.content.incidents[0]!.closedOn = null),
      'incidents.1.closedOn: does not match its status',
    ],
  ];

  it.each(broken)('refuses %s, naming it', (_label, damage, detail) => {
    const doc = JSON.parse(casedText()) as Doc & { checksum: string };
    damage(doc);
    let error: LedgerError | undefined;
    try {
      parseSnapshot(resign(doc));
    } catch (e) {
      error = e as LedgerError;
    }
    expect(error?.code).toBe('snapshot_schema');
    expect(error?.params.detail).toBe(detail);
  });
});

describe('snapshot format v4: the list of incident kinds', () => {
  type KindDoc = {
    version: number;
    checksum: string;
    content: {
      incidentKinds: Array<{ id: string; label: string | null; builtin: boolean }>;
      incidents: SnapshotIncident[];
    };
  };

  it('carries kinds of the administrator’s own, renamed, retired and hidden, and restores them', () => {
    const text = kindedText();
    const first = parseSnapshot(text);
    expect(first.content.incidentKinds.filter((k) => !k.builtin)).toEqual([
      { id: 'custom-1', builtin: false, label: '广告刷屏', retired: false },
      { id: 'custom-2', builtin: false, label: 'Lạc đề', retired: true },
    ]);
    expect(first.content.incidentKinds.find((k) => k.id === 'scope_creep')).toMatchObject({ retired: true });
    const { db, dir } = openTempDb();
    importSnapshot(db, first, { actor: 'tester', fileName: 'k.json', at: '2024-03-05T00:00:00.000Z' });
    // The restored registry offers and names the kinds as the exported one did.
    expect(listKinds(db).map((k) => [k.id, k.label, k.retired, k.incidents])).toEqual([
      ['quarrel', null, false, 0],
      ['confidential_leak', null, false, 0],
      ['off_topic_or_flooding', null, false, 0],
      ['scope_creep', null, true, 0],
      ['rule_breach', null, false, 0],
      ['custom-1', '广告刷屏', false, 1],
      ['custom-2', 'Lạc đề', true, 1],
      ['other', null, false, 0],
    ]);
    expect(
      listIncidents(db, {})
        .rows.map((r) => r.kindLabel)
        .sort(),
    ).toEqual(['Lạc đề', '广告刷屏']);
    const again = exportSnapshot(db, fixedClock('2025-01-01T00:00:00.000Z'), join(dir, 'again.json'));
    expect(again.checksum).toBe(first.checksum);
  });

  it('reads a version-3 file with the built-in kinds, none hidden', () => {
    const doc = JSON.parse(casedText());
    delete doc.content.incidentKinds;
    doc.version = 3;
    const snapshot = parseSnapshot(resign(doc));
    expect(snapshot.content.incidentKinds.map((k) => [k.id, k.retired])).toEqual([
      ['quarrel', false],
      ['confidential_leak', false],
      ['off_topic_or_flooding', false],
      ['scope_creep', false],
      ['rule_breach', false],
      ['other', false],
    ]);
    const { db } = openTempDb();
    importSnapshot(db, snapshot, { actor: 'tester', fileName: 'v3.json', at: '2024-03-05T00:00:00.000Z' });
    expect(listIncidents(db, {}).rows.map((r) => [r.kind, r.kindLabel])).toEqual([['quarrel', null]]);
  });

  it('refuses a version-3 file whose incidents have a kind of the administrator’s own', () => {
    const doc = JSON.parse(kindedText());
    delete doc.content.incidentKinds;
    doc.version = 3;
    expect(errorCode(() => parseSnapshot(resign(doc)))).toBe('snapshot_schema');
  });

  const broken: Array<[string, (doc: KindDoc) => void, string]> = [
    [
      'an incident of a kind not in the list',
      (d) => (d.content.incidents[0]!.kind = 'custom-9'),
      'incidents.1.kind: not one of incidentKinds',
    ],
    [
      'two kinds with the same label',
      (d) => (d.content.incidentKinds.find((k) => k.id === 'custom-2')!.label = '广告刷屏'),
      'incidentKinds.custom-2.label: the same label as another kind',
    ],
    [
      'a built-in kind missing',
      (d) => (d.content.incidentKinds = d.content.incidentKinds.filter((k) => k.id !== 'other')),
      'incidentKinds: built-in kind other missing',
    ],
    [
      'a built-in kind with a label',
      (d) => (d.content.incidentKinds.find((k) => k.id === 'quarrel')!.label = '吵架'),
      'incidentKinds.quarrel.label: a built-in kind has none, an own kind has one',
    ],
  ];

  it.each(broken)('refuses %s, naming it', (_label, damage, detail) => {
    const doc = JSON.parse(kindedText()) as KindDoc;
    damage(doc);
    let error: LedgerError | undefined;
    try {
      parseSnapshot(resign(doc));
    } catch (e) {
      error = e as LedgerError;
    }
    expect(error?.code).toBe('snapshot_schema');
    expect(error?.params.detail).toBe(detail);
  });
});

describe('snapshot fast paths agree with the definitions', () => {
  it('the streamed canonical content equals canonicalJson of the content, so its hash is the checksum', async () => {
    const { canonicalContentText } = await import('../../electron/capabilities/snapshots');
    const { ctx } = smallRegistry();
    addIssue3Records(ctx, '“quoted” \\ \n 换行');
    setCharter(ctx, { groupId: 'g-middle', charter: EMPTY_CHARTER });
    addMember(ctx, { groupId: 'g-middle', personId: 'p-zhang', note: '“quoted” \\ \n 换行' });
    expect(canonicalContentText(ctx.db).text).toBe(canonicalJson(readContent(ctx.db)));
  });

  it('the same holds with runbooks and incidents in it', async () => {
    const { canonicalContentText } = await import('../../electron/capabilities/snapshots');
    const doc = JSON.parse(casedText());
    const { db } = openTempDb();
    importSnapshot(db, parseSnapshot(JSON.stringify(doc)), {
      actor: 't',
      fileName: 'f',
      at: '2024-03-05T00:00:00.000Z',
    });
    const { text, counts } = canonicalContentText(db);
    expect(text).toBe(canonicalJson(readContent(db)));
    expect(counts).toEqual(registryCounts(db));
  });

  it('the same holds over many batches of events and memberships, with a gap in the memberships', async () => {
    const { canonicalContentText } = await import('../../electron/capabilities/snapshots');
    const { generateScaleFixture } = await import('../../electron/seeds/fixtures/scale');
    const { db } = openTempDb();
    // More than two batches (4,000 rows each) of both, read as SQLite joins each batch.
    generateScaleFixture(db, { people: 200, units: 3, groups: 12, memberships: 9_001, events: 20_000, seed: 7 });
    db.exec('DELETE FROM memberships WHERE id IN (4000, 4001, 8002)');
    const { text, counts } = canonicalContentText(db);
    const content = readContent(db);
    expect(content.events.length).toBeGreaterThan(8_000);
    expect(content.memberships.length).toBeGreaterThan(8_000);
    expect(text).toBe(canonicalJson(content));
    expect(counts).toEqual(registryCounts(db));
  });

  it('a pretty-printed copy of a valid snapshot still verifies (checksum over canonical content)', () => {
    const doc = JSON.parse(exportedText());
    const pretty = JSON.stringify(doc, null, 2);
    expect(parseSnapshot(pretty).checksum).toBe(doc.checksum);
  });

  it('the fast event hash equals the SHA-256 of the canonical event', async () => {
    const { eventHash, sha256Hex, allEvents } = await import('../../electron/kernel/events');
    const { ctx } = smallRegistry();
    removeMember(ctx, { groupId: 'g-middle', personId: 'p-wang', reason: 'x' });
    for (const e of allEvents(ctx.db)) {
      const { hash, ...body } = e;
      expect(eventHash(body)).toBe(sha256Hex(canonicalJson(body)));
      expect(hash).toBe(eventHash(body));
    }
  });
});
