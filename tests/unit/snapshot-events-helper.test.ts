/**
 * A long history's second half is read by a helper thread during a snapshot export (issue 13,
 * export ≤ 1 s): the document is byte for byte the one read by one thread, and when the helper
 * cannot help (it finds another history) the export reads the rest itself and still writes the
 * same document. Runs the bundled helper (dist/electron/chain-worker.mjs, built by `npm test`).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import {
  EventsHelper,
  HELP_FROM,
  canonicalContentChunks,
  canonicalContentText,
  registryCounts,
} from '../../electron/capabilities/snapshots';
import { readTransaction } from '../../electron/db/database';
import { generateScaleFixture } from '../../electron/seeds/fixtures/scale';
import { openTempDb } from './helpers';

const SCRIPT = resolve('dist/electron/chain-worker.mjs');

function zero() {
  return { units: 0, tiers: 0, people: 0, groups: 0, memberships: 0, events: 0, runbooks: 0, incidents: 0 };
}

function withHelper(db: ReturnType<typeof openTempDb>['db'], helper: EventsHelper | null) {
  const counts = zero();
  const hash = createHash('sha256');
  try {
    readTransaction(db, () => {
      for (const chunk of canonicalContentChunks(db, counts, helper)) hash.update(chunk);
    });
  } finally {
    helper?.dispose();
  }
  return { digest: hash.digest('hex'), counts };
}

/** A registry with a history long enough for the helper, and the digest of its document read by one thread. */
function registry() {
  const { db } = openTempDb();
  generateScaleFixture(db, {
    people: 150,
    units: 3,
    groups: 10,
    memberships: 2_000,
    events: HELP_FROM + 5_003,
    seed: 3,
  });
  const expected = createHash('sha256').update(canonicalContentText(db).text).digest('hex');
  return { db, path: db.location()!, expected };
}

describe.skipIf(!existsSync(SCRIPT))('snapshot export with a helper thread for the history', () => {
  it('writes the same document as one thread does', () => {
    const { db, path, expected } = registry();
    const helper = EventsHelper.start(path, HELP_FROM + 5_003, SCRIPT);
    expect(helper).not.toBeNull();
    const { digest, counts } = withHelper(db, helper);
    expect(digest).toBe(expected);
    expect(counts).toEqual(registryCounts(db));
    expect(helper!.complete).toBe(true);
  });

  it('reads the rest itself when the helper finds another history', () => {
    const { db, path, expected } = registry();
    const helper = EventsHelper.start(path, HELP_FROM + 5_003, SCRIPT)!;
    const ask = helper.ask.bind(helper);
    helper.ask = (after, upTo) => ask(after, upTo, '0'.repeat(64));
    const { digest, counts } = withHelper(db, helper);
    expect(helper.complete).toBe(false);
    expect(digest).toBe(expected);
    expect(counts).toEqual(registryCounts(db));
  });

  it('is not started for a short history, nor without a file', () => {
    const path = openTempDb().db.location()!;
    expect(EventsHelper.start(path, HELP_FROM - 1, SCRIPT)).toBeNull();
    expect(EventsHelper.start(undefined, HELP_FROM + 1, SCRIPT)).toBeNull();
  });
});
