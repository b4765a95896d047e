/** Snapshots: the whole registry written to one file, and read back into an empty registry. */
import { z } from 'zod';
import { NoInput, returns, type ChannelGroup } from './define';

export interface SnapshotCounts {
  units: number;
  tiers: number;
  people: number;
  groups: number;
  memberships: number;
  events: number;
  /** Format v3: runbooks and incidents (0 for older files). */
  runbooks: number;
  incidents: number;
}

export interface SnapshotPreview {
  token: string;
  fileName: string;
  exportedAt: string;
  organisation: string;
  counts: SnapshotCounts;
  registryEmpty: boolean;
}

export interface SnapshotExportResult {
  path: string;
  bytes: number;
  checksum: string;
  counts: SnapshotCounts;
}

export const snapshotsChannels = {
  'snapshot.export': {
    input: NoInput,
    output: returns<SnapshotExportResult | null>(),
  },
  'snapshot.inspect': {
    input: NoInput,
    output: returns<SnapshotPreview | null>(),
  },
  'snapshot.import': {
    input: z
      .object({
        token: z.string().regex(/^[0-9a-f]{32}$/),
        replace: z.boolean(),
      })
      .strict(),
    output: returns<SnapshotCounts>(),
  },
} as const satisfies ChannelGroup;
