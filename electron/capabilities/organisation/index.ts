/** The organisation: created on first run, or written from a demo story. */
import { defineCapability } from '../../kernel/capability';
import { getOrganisation } from '../../kernel/records';
import { loadDemo } from '../../seeds/demo';
import { createOrganisation } from './organisation';

export { createOrganisation, renameOrganisation } from './organisation';

export const organisationCapability = defineCapability({
  name: 'organisation',
  handlers: (app) => {
    const firstRunDone = (locale: 'zh-CN' | 'vi' | 'en') =>
      app.preferences.updateSettings({ firstRunDone: true, locale: app.preferences.settings().locale ?? locale });
    return {
      'org.get': () => getOrganisation(app.db),
      'org.create': (input) => {
        const org = createOrganisation(app.service(), input);
        firstRunDone(input.locale);
        return org;
      },
      'org.loadDemo': (input) => {
        const org = loadDemo(app.service(), input.kind, input.locale);
        firstRunDone(input.locale);
        return org;
      },
    };
  },
});
