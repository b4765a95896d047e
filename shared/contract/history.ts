/** The history (the hash-chained event log) and the registry's health check. */
import { z } from 'zod';
import { Id, type LedgerEvent } from '../domain';
import type { DoctorFinding } from '../i18n/doctor';
import { NoInput, returns, type ChannelGroup } from './define';

export interface EventPage {
  events: LedgerEvent[];
  total: number;
}

export interface DoctorCheck {
  name:
    | 'integrity'
    | 'foreign_keys'
    | 'event_chain'
    | 'open_memberships'
    | 'schema_version'
    | 'file'
    | 'backups'
    | 'anchor'
    | 'replay';
  ok: boolean;
  /** What was found, translated by the reader (shared/i18n/doctor.ts). */
  finding: DoctorFinding;
  params: Record<string, string | number>;
}
export interface DoctorReport {
  ok: boolean;
  checks: DoctorCheck[];
}

export const historyChannels = {
  'events.list': {
    input: z
      .object({
        limit: z.number().int().min(1).max(500),
        offset: z.number().int().min(0).optional(),
        subject: Id.optional(),
        kind: z.string().max(100).optional(),
      })
      .strict(),
    output: returns<EventPage>(),
  },
  /** The kinds of history entry the registry holds, for the audit filter. */
  'events.kinds': { input: NoInput, output: returns<string[]>() },
  'doctor.run': { input: NoInput, output: returns<DoctorReport>() },
} as const satisfies ChannelGroup;
