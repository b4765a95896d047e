/**
 * `doctor` over a data folder, whatever state its registry is in: first the file itself (the
 * open-time check), then — when it can be opened — the database checks of history's doctor, then
 * the backups. It never throws: a failure of the check itself is one more finding.
 */
import { statSync } from 'node:fs';
import type { DoctorCheck, DoctorReport } from '../../../shared/contract';
import { openDatabase } from '../../db/database';
import { registryPath } from '../../core/paths';
import { runDoctor } from '../history';
import { inspectRegistry } from './health';
import { heldRegistry, listBackups, verifyBackup } from './store';

export interface FolderDoctorReport extends DoctorReport {
  /** Whether the registry could be opened for the database checks. */
  opened: boolean;
}

export function doctorFolder(dataDir: string, options: { busyTimeoutMs?: number } = {}): FolderDoctorReport {
  const checks: DoctorCheck[] = [];
  let opened = false;
  const path = registryPath(dataDir);
  try {
    const health = inspectRegistry(path, { hasBackups: heldRegistry(dataDir), busyTimeoutMs: options.busyTimeoutMs });
    if (health.problem) {
      checks.push({ name: 'file', ok: false, finding: health.problem, params: { detail: health.detail ?? '' } });
    } else if (health.state === 'ok') {
      checks.push({ name: 'file', ok: true, finding: 'file_ok', params: { size: megabytes(statSync(path).size) } });
      const db = openDatabase(path, { readOnly: true });
      try {
        checks.push(...runDoctor(db).checks);
        opened = true;
      } finally {
        db.close();
      }
    }
  } catch (error) {
    checks.push({ name: 'file', ok: false, finding: 'doctor_failed', params: { detail: describe(error) } });
  }
  try {
    checks.push(backupsCheck(dataDir));
  } catch (error) {
    checks.push({ name: 'backups', ok: false, finding: 'doctor_failed', params: { detail: describe(error) } });
  }
  return { ok: checks.every((c) => c.ok || c.finding === 'backups_none'), checks, opened };
}

function backupsCheck(dataDir: string): DoctorCheck {
  const all = listBackups(dataDir);
  if (all.length === 0) return { name: 'backups', ok: true, finding: 'backups_none', params: {} };
  for (const entry of all) {
    if (verifyBackup(dataDir, entry).verified === 'ok') {
      return { name: 'backups', ok: true, finding: 'backups_ok', params: { count: all.length, newest: entry.takenAt } };
    }
  }
  return { name: 'backups', ok: false, finding: 'backups_failed', params: { count: all.length } };
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return String(e?.code ?? e?.message ?? error).slice(0, 200);
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
