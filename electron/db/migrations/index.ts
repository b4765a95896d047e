/**
 * The schema migrations in order, one file each (NNNN-name.ts, each with its upgrade test in
 * tests/unit/migrations/). A migration is added by creating its file and listing it here.
 */
import type { Migration } from './migration';
import { migration as m0001 } from './0001-registry';
import { migration as m0002 } from './0002-open-memberships-by-person';
import { migration as m0003 } from './0003-exceptions-and-rules';
import { migration as m0010 } from './0010-runbooks';
import { migration as m0020 } from './0020-incidents';
import { migration as m0030 } from './0030-incident-kinds';
import { migration as m0031 } from './0031-incident-filter-indexes';
import { migration as m0032 } from './0032-membership-role-check';

export type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0010, m0020, m0030, m0031, m0032];

/** The schema version this build writes: the number of its last migration. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
