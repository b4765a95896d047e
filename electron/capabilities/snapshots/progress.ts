/**
 * Progress of a long snapshot job (export, verification, import), reported by phase with the
 * fraction of that phase done. The reporter may throw to stop the job (a cancel asked for by the
 * window): the caller's clean-up then runs as for any failure — a partial file removed, the
 * transaction rolled back.
 */
import type { SnapshotPhase } from '../../../shared/snapshotProgress';

export type { SnapshotPhase };

export type Progress = (phase: SnapshotPhase, fraction: number) => void;

export const noProgress: Progress = () => undefined;
