/**
 * The history's anchor: after each commit the chain's head (sequence number and hash) is also
 * written outside the database, beside it, in `registry.anchor.json` (temp file, fsync, rename). A registry whose chain ends before its anchor has lost its tail — copied
 * without its `-wal`, say — which the chain alone cannot show, since every event that is left
 * still links. A history that differs at the anchored entry was replaced or rewritten.
 *
 * Only the process holding the folder's write lock (core/folderLock) writes the anchor, so every
 * commit it sees is its own and the anchor simply follows the head, backwards too (a restore).
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LedgerError } from '../../shared/errors';
import { afterCommit, stmt, type Db } from '../db/database';
import { chainHead } from './events';

export const ANCHOR_FILE = 'registry.anchor.json';
const ANCHOR_FORMAT = 'group-ledger-anchor';

export interface Anchor {
  seq: number;
  hash: string;
  /** When it was written. */
  at: string;
}

export type AnchorCheck =
  | { state: 'none' }
  | { state: 'unreadable'; detail: string }
  | { state: 'ok'; anchor: Anchor; head: number }
  | { state: 'tail_lost'; anchor: Anchor; found: number; missing: number }
  | { state: 'mismatch'; anchor: Anchor };

export function anchorPath(dataDir: string): string {
  return join(dataDir, ANCHOR_FILE);
}

/** The folder of a database file (null for an in-memory one). */
export function dataDirOf(db: Db): string | null {
  const location = db.location();
  return location ? dirname(location) : null;
}

export function readAnchor(dataDir: string): Anchor | null {
  const path = anchorPath(dataDir);
  if (!existsSync(path)) return null;
  const value = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  if (
    value.format !== ANCHOR_FORMAT ||
    !Number.isSafeInteger(value.seq) ||
    (value.seq as number) < 0 ||
    typeof value.hash !== 'string' ||
    !/^[0-9a-f]{64}$/.test(value.hash)
  ) {
    throw new Error('not an anchor');
  }
  return { seq: value.seq as number, hash: value.hash, at: String(value.at ?? '') };
}

/**
 * Temp file, fsync, rename: a reader sees the old anchor or the new one, whole, never a torn one.
 * The folder is not fsynced after the rename (it doubled the cost of a command, ~1 fsync more):
 * a power cut may then leave the previous anchor in place, which only ever names an entry the
 * registry already holds (the registry commits first), so it can hide the loss of the very last
 * writes but never report a loss that did not happen.
 */
export function writeAnchor(dataDir: string, head: { seq: number; hash: string }, at = new Date()): void {
  const path = anchorPath(dataDir);
  const temp = join(dataDir, `.${ANCHOR_FILE}.${process.pid}.tmp`);
  const text = `${JSON.stringify({ format: ANCHOR_FORMAT, version: 1, seq: head.seq, hash: head.hash, at: at.toISOString() })}\n`;
  const fd = openSync(temp, 'w', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

/** The registry's history against its anchor. */
export function checkAnchor(db: Db, dataDir: string): AnchorCheck {
  let anchor: Anchor | null;
  try {
    anchor = readAnchor(dataDir);
  } catch (error) {
    return { state: 'unreadable', detail: (error as Error).message.slice(0, 200) };
  }
  if (!anchor) return { state: 'none' };
  const head = chainHead(db);
  if (head.seq < anchor.seq) return { state: 'tail_lost', anchor, found: head.seq, missing: anchor.seq - head.seq };
  if (anchor.seq === 0) return { state: 'ok', anchor, head: head.seq };
  const at = stmt(db, 'SELECT hash FROM events WHERE seq = ?').get(anchor.seq) as { hash: string } | undefined;
  if (at?.hash !== anchor.hash) return { state: 'mismatch', anchor };
  return { state: 'ok', anchor, head: head.seq };
}

/** Refuses to write on a registry that lost its tail or whose history differs from its anchor. */
export function requireAnchoredHistory(db: Db, dataDir: string): void {
  const check = checkAnchor(db, dataDir);
  if (check.state === 'tail_lost') {
    throw new LedgerError('chain_tail_lost', {
      dataDir,
      found: check.found,
      anchored: check.anchor.seq,
      missing: check.missing,
    });
  }
  if (check.state === 'mismatch') throw new LedgerError('chain_anchor_mismatch', { dataDir, seq: check.anchor.seq });
}

/**
 * Keeps the anchor of `db` (held for writing) up to date: written now when missing or behind, then
 * after every commit that moved the head. Returns the function that stops it.
 */
export function keepAnchor(db: Db, dataDir: string): () => void {
  let written = -1;
  let writtenHash = '';
  const follow = () => {
    const head = chainHead(db);
    if (head.seq === written && head.hash === writtenHash) return;
    writeAnchor(dataDir, head);
    written = head.seq;
    writtenHash = head.hash;
  };
  const check = checkAnchor(db, dataDir);
  if (check.state === 'ok' && check.head === check.anchor.seq) {
    written = check.anchor.seq;
    writtenHash = check.anchor.hash;
  } else {
    follow();
  }
  afterCommit(db, follow);
  return () => afterCommit(db, null);
}
