/** `init`: create the organisation, or write a demo organisation or a scale fixture. */
import { DEMO_KINDS, type DemoKind } from '../../../shared/contract';
import { LOCALES, type Locale } from '../../../shared/domain';
import { createOrganisation, renameOrganisation } from '../../capabilities/organisation';
import { registryCounts } from '../../capabilities/snapshots';
import { requireOrganisation } from '../../kernel/records';
import { loadDemo } from '../../seeds/demo';
import { SCALE_PRESETS, generateScaleFixture } from '../../seeds/fixtures/scale';
import { noExtra, type CliCommand } from '../command';
import { UsageError, cliContext, report, withDb } from '../common';
import { checked } from './work';

export const initCommand: CliCommand = {
  name: 'init',
  options: {
    org: { type: 'string' },
    locale: { type: 'string' },
    demo: { type: 'string' },
    fixture: { type: 'string' },
  },
  normalise: normaliseOptionalDemo,
  run(env, values, positionals) {
    noExtra(positionals);
    const { t } = env;
    const orgLocale = typeof values.locale === 'string' ? values.locale : 'en';
    if (!(LOCALES as readonly string[]).includes(orgLocale))
      throw new UsageError('error.badLocale', { value: orgLocale });
    // The name as the app's window would accept it (shared/text: no control or direction characters).
    const given = typeof values.org === 'string' ? values.org.trim() : '';
    const org = given
      ? checked('org.create', { name: given, locale: orgLocale as Locale }, env.common.locale).name
      : '';
    const demo = values.demo as string | undefined;
    if (demo !== undefined && !(DEMO_KINDS as readonly string[]).includes(demo)) {
      throw new UsageError('error.badDemo', { value: demo });
    }
    const fixture = values.fixture as string | undefined;
    if (fixture !== undefined && !Object.hasOwn(SCALE_PRESETS, fixture)) {
      throw new UsageError('error.badFixture', { value: fixture });
    }
    if (fixture !== undefined && demo !== undefined) throw new UsageError('error.demoOrFixture');
    if (demo === undefined && fixture === undefined && !org)
      throw new UsageError('error.missingArg', { what: '--org NAME' });
    return withDb(
      env.common,
      (db) => {
        const ctx = cliContext(db, env);
        if (fixture !== undefined) {
          generateScaleFixture(db, { ...SCALE_PRESETS[fixture as keyof typeof SCALE_PRESETS] });
          if (org) renameOrganisation(ctx, org);
          const organisation = requireOrganisation(db);
          const counts = registryCounts(db);
          report(env, { organisation, counts }, t('init.fixture', { name: organisation.name, ...counts }));
        } else if (demo !== undefined) {
          const loaded = loadDemo(ctx, demo as DemoKind, orgLocale as Locale);
          const name = org || loaded.name;
          if (name !== loaded.name) renameOrganisation(ctx, name);
          const counts = registryCounts(db);
          report(env, { organisation: { ...loaded, name }, counts }, t('init.demo', { name, ...counts }));
        } else {
          const created = createOrganisation(ctx, { name: org, locale: orgLocale as Locale });
          report(
            env,
            { organisation: created },
            t('init.done', { name: created.name, locale: created.locale, dataDir: env.common.dataDir }),
          );
        }
        return 0;
      },
      true,
    );
  },
};

/** `--demo` may stand alone (the county bureau) or name a demo; parseArgs needs a value. */
function normaliseOptionalDemo(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    out.push(args[i]!);
    if (args[i] === '--demo' && (args[i + 1] === undefined || args[i + 1]!.startsWith('--'))) out.push('county-bureau');
  }
  return out;
}
