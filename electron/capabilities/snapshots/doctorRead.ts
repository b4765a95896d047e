/** `doctor` over a registry file through a read-only connection of its own (the worker thread's half of doctorThread.ts). */
import type { DoctorReport } from '../../../shared/contract';
import { openDatabase, readTransaction } from '../../db/database';
import { runDoctor } from '../history';

/** The doctor's report on the registry file at `path`, read in this thread, in one read transaction. */
export function doctorOn(path: string): DoctorReport {
  const db = openDatabase(path, { readOnly: true });
  try {
    return readTransaction(db, () => runDoctor(db));
  } finally {
    db.close();
  }
}
