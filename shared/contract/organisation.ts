/** The organisation: created once, or loaded from a demo story. */
import { z } from 'zod';
import { nameText } from '../text';
import { Locale, type Organisation } from '../domain';
import { NoInput, returns, type ChannelGroup } from './define';

/** The demo organisations written from the seed stories. */
export const DEMO_KINDS = ['county-bureau', 'youth-union'] as const;
export type DemoKind = (typeof DEMO_KINDS)[number];

/** The demo whose data speaks the UI language best: the youth union for Vietnamese, else the bureau. */
export function demoKindFor(locale: Locale): DemoKind {
  return locale === 'vi' ? 'youth-union' : 'county-bureau';
}

export const organisationChannels = {
  'org.get': { input: NoInput, output: returns<Organisation | null>() },
  'org.create': {
    input: z.object({ name: nameText(200), locale: Locale }).strict(),
    output: returns<Organisation>(),
  },
  'org.loadDemo': {
    input: z.object({ kind: z.enum(DEMO_KINDS), locale: Locale }).strict(),
    output: returns<Organisation>(),
  },
} as const satisfies ChannelGroup;
