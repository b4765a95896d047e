/** The app itself: what is running on which folder, and the administrator's preferences. */
import { defineCapability } from '../../kernel/capability';
import { revision } from '../../kernel/events';
import { osAccountName } from '../../core/account';
import { registryPath } from '../../core/paths';

export const settingsCapability = defineCapability({
  name: 'settings',
  handlers: (app) => ({
    'app.info': () => ({
      version: app.version,
      mode: app.mode,
      hostOpensFiles: app.dialogs.opensFiles ?? true,
      dataDir: app.dataDir,
      registryPath: registryPath(app.dataDir),
      revision: revision(app.db),
      nodeVersion: process.versions.node,
      sqliteVersion: (app.db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
      osUser: osAccountName(''),
    }),
    'app.notices': () => {
      const notice = app.preferences.startupNotice();
      return notice ? [notice] : [];
    },
    'settings.get': () => app.preferences.settings(),
    'settings.update': (patch) => app.preferences.updateSettings(patch),
  }),
});
