/** The organisation record and its first-run creation. */
import type { Locale, Organisation, Tier } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import { stmt, transaction, type Db } from '../../db/database';
import type { ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';
import { insertOrganisation, insertTier } from '../../kernel/store';
import { defaultTierNames } from '../../kernel/vocabulary';

export function getOrganisation(db: Db): Organisation | null {
  const row = stmt(db, 'SELECT name, locale, created_at FROM organisation WHERE id = 1').get() as
    { name: string; locale: Locale; created_at: string } | undefined;
  return row ? { name: row.name, locale: row.locale, createdAt: row.created_at } : null;
}

export function requireOrganisation(db: Db): Organisation {
  const org = getOrganisation(db);
  if (!org) throw new LedgerError('no_organisation');
  return org;
}

/** True when nothing at all has been recorded: the only state a snapshot may be imported into. */
export function isRegistryEmpty(db: Db): boolean {
  const row = stmt(
    db,
    `SELECT (SELECT count(*) FROM organisation) + (SELECT count(*) FROM people) + (SELECT count(*) FROM groups)
       + (SELECT count(*) FROM events) AS n`,
  ).get() as { n: number };
  return row.n === 0;
}

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
