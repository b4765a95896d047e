/**
 * How far a snapshot job is as one bar: each phase's share of the whole, so the bar moves forward
 * once across all phases (the Snapshots page's job bar, the Diff page's check of a chosen file).
 */
export type SnapshotPhase = 'read' | 'decrypt' | 'parse' | 'verify' | 'write' | 'export';

const SPAN: Record<SnapshotPhase, [number, number]> = {
  read: [0, 0.15],
  decrypt: [0.15, 0.25],
  parse: [0.25, 0.45],
  verify: [0.45, 1],
  write: [0, 1],
  export: [0, 1],
};

/** The whole job's fraction (0–1) when `phase` is `fraction` done. */
export function jobFraction(phase: SnapshotPhase, fraction: number): number {
  const [from, to] = SPAN[phase];
  return from + (to - from) * fraction;
}
