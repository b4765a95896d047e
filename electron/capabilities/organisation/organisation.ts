/** The organisation record and its first-run creation. */
import type { Locale, Organisation, Tier } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import { stmt, transaction } from '../../db/database';
import type { ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';
import { insertOrganisation, insertTier } from '../../kernel/store';
import { defaultTierNames } from '../../kernel/vocabulary';
import { getOrganisation, requireOrganisation } from '../../kernel/records';

/** Creates the organisation with the three default tiers (leadership, middle, staff). */
export function createOrganisation(ctx: ServiceContext, input: { name: string; locale: Locale }): Organisation {
  return transaction(ctx.db, () => {
    if (getOrganisation(ctx.db)) throw new LedgerError('organisation_exists');
    const org: Organisation = { name: input.name, locale: input.locale, createdAt: ctx.clock.now().toISOString() };
    insertOrganisation(ctx.db, org);
    const tiers: Tier[] = defaultTierNames(input.locale).map((name, i) => ({ id: `tier-${i + 1}`, name, rank: i + 1 }));
    for (const tier of tiers) insertTier(ctx.db, tier);
    appendEvent(ctx, { kind: 'organisation.created', subjects: ['organisation'], after: { ...org, tiers } });
    return org;
  });
}

/** Renames the organisation, with its event. */
export function renameOrganisation(ctx: ServiceContext, name: string): Organisation {
  return transaction(ctx.db, () => {
    const before = requireOrganisation(ctx.db);
    stmt(ctx.db, 'UPDATE organisation SET name = ? WHERE id = 1').run(name);
    const after = { ...before, name };
    appendEvent(ctx, { kind: 'organisation.renamed', subjects: ['organisation'], before, after });
    return after;
  });
}
