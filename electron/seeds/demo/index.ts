/**
 * Demo registries a new administrator can explore: each is written as history (every change
 * with its event, dated along the story), in one transaction into an empty registry.
 */
import type { DemoKind } from '../../../shared/contract';
import type { Locale, Organisation } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import { transaction } from '../../db/database';
import type { ServiceContext } from '../../kernel/context';
import { buildCountyBureau } from './countyBureau';
import { buildYouthUnion } from './youthUnion';
import { isRegistryEmpty } from '../../kernel/records';

export { DEMO_KINDS, demoKindFor, type DemoKind } from '../../../shared/contract';

/** Loads a demo into an empty registry; throws registry_not_empty otherwise and writes nothing. */
export function loadDemo(ctx: ServiceContext, kind: DemoKind, locale: Locale): Organisation {
  return transaction(ctx.db, () => {
    if (!isRegistryEmpty(ctx.db)) throw new LedgerError('registry_not_empty');
    return kind === 'county-bureau' ? buildCountyBureau(ctx, locale) : buildYouthUnion(ctx, locale);
  });
}
