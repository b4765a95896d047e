/**
 * The Diff page's chosen snapshots (capabilities/diff/held.ts): a file in the app's form is verified
 * once when chosen and its verified copy kept, so the comparison (and each filter, and the paper)
 * reads that copy instead of verifying both files again. At most four copies are kept; a choice
 * whose copy went is verified again from its file, or, sent by the window, asked for again.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../electron/app/ledger';
import { runExport } from '../../electron/capabilities/snapshots/jobs';
import { HELD_COPIES } from '../../electron/capabilities/diff/held';
import { memoryPreferences } from '../../electron/core/preferences';
import { installationKey } from '../../electron/core/signingKey';
import type { DiffReport, DiffSnapshotChoice } from '../../shared/contract';
import { snapshotsAroundRemoval } from './diff-helpers';
import { tempDir } from './helpers';
import { noDialogs } from './ledger-helpers';

// This file's own temporary folder (each test file runs in a process of its own): the verified
// copies counted below are this file's only.
const privateTmp = mkdtempSync(join(tmpdir(), 'gl-diff-held-'));
process.env.TMPDIR = privateTmp;
afterAll(() => rmSync(privateTmp, { recursive: true, force: true }));

const heldFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('group-ledger-snapshot-'));

describe('snapshots chosen on the Diff page', () => {
  it('are verified once: the comparison reads their verified copies, at most four kept', async () => {
    const { data, dbPath, out, at, leaving, before, after } = await snapshotsAroundRemoval();
    installationKey(data);

    let openPath: string | null = null;
    const dialogs = { ...noDialogs(), chooseSnapshotOpenFile: async () => openPath };
    const ledger = openLedger({
      dataDir: data,
      preferences: memoryPreferences(),
      dialogs,
      mode: 'electron',
      version: 't',
      clock: { now: () => new Date(at(3)) },
    });
    const invoke = async <T>(channel: string, input?: unknown): Promise<T> => {
      const result = await ledger.invoke(channel, input);
      if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
      return result.value as T;
    };
    const choose = (path: string) => {
      openPath = path;
      return invoke<DiffSnapshotChoice>('diff.chooseSnapshot');
    };
    try {
      const a = await choose(before);
      const b = await choose(after);
      expect(heldFolders()).toHaveLength(2);
      // The files themselves are gone: the comparison reads the copies verified when they were chosen.
      const beforeBytes = readFileSync(before);
      rmSync(before);
      rmSync(after);
      const report = await invoke<DiffReport>('diff.run', {
        from: { kind: 'snapshot', token: a.token },
        to: { kind: 'snapshot', token: b.token },
      });
      expect(report.totals).toMatchObject({ joined: 0, left: 1 });
      expect(report.groups.flatMap((g) => g.left.map((m) => m.name))).toEqual([leaving.name]);

      // A file sent by the window (browser mode) keeps its copy, not its bytes.
      const sent = await invoke<DiffSnapshotChoice>('diff.uploadSnapshot', {
        fileName: 'before.groupledger',
        data: beforeBytes.toString('base64'),
      });
      expect(heldFolders()).toHaveLength(3);
      const again = await invoke<DiffReport>('diff.run', {
        from: { kind: 'snapshot', token: sent.token },
        to: { kind: 'snapshot', token: b.token },
      });
      expect(again.totals).toEqual(report.totals);

      // A file another ledger signed is checked in full (its content read), then kept as its copy too.
      const foreign = join(out, 'foreign.groupledger');
      await runExport({ op: 'export', dbPath, path: foreign, signingRoot: tempDir(), now: at(2) }, () => undefined);
      const other = await choose(foreign);
      expect(heldFolders()).toHaveLength(4);
      rmSync(foreign);
      const fromOther = await invoke<DiffReport>('diff.run', {
        from: { kind: 'snapshot', token: a.token },
        to: { kind: 'snapshot', token: other.token },
      });
      expect(fromOther.totals).toEqual(report.totals);

      // More choices: never more than four copies, the oldest removed first.
      const more = join(out, 'more.groupledger');
      await runExport({ op: 'export', dbPath, path: more, signingRoot: data, now: at(2) }, () => undefined);
      for (let i = 0; i < 3; i++) await choose(more);
      expect(heldFolders()).toHaveLength(HELD_COPIES);
      // The first two choices' copies went; their files are gone too: refused with the file's own
      // error (verified again from where it was). The window's file, without its bytes, is asked for again.
      await choose(more);
      const gone = await invoke('diff.run', {
        from: { kind: 'snapshot', token: sent.token },
        to: { kind: 'now' },
      }).catch((error: { code: string }) => error.code);
      expect(gone).toBe('diff_snapshot_gone');
      expect(heldFolders()).toHaveLength(HELD_COPIES);
    } finally {
      ledger.close();
    }
  });
});
