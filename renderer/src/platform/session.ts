/**
 * The app's start: read settings and the organisation, then show either the first-run welcome
 * (no organisation yet) or the console.
 */
import { create } from 'zustand';
import type { AppInfo, Organisation, RegistryHealth, StartupNotice } from '../../../shared/contract';
import { call, onRegistryDamaged } from './api';
import { useSettings } from './settings';
import { useNav } from './nav';
import { watchRegistry } from './registry';

type Phase = 'booting' | 'first-run' | 'ready' | 'failed' | 'recovery';

interface SessionState {
  phase: Phase;
  organisation: Organisation | null;
  appInfo: AppInfo | null;
  /** What main had to tell at start (preferences reset…), shown once the window is up. */
  notices: StartupNotice[];
  error: Error | null;
  /** What the open-time check found when the registry cannot be used (phase 'recovery'). */
  health: RegistryHealth | null;
  /**
   * Reads the registry's health, then the settings, organisation and notices. `whenUsable` runs
   * once those three are asked for and the registry is known to be usable: the first page may ask
   * for its own data then, and the registry answers it while the window builds its shell.
   * `firstPage`, the first page's code being read: the console is shown once it is there too (or
   * failed: the page then says so itself). Shown before, the page's place showed a skeleton for the
   * moment its code still took, and React then holds a fallback on screen for at least 300 ms:
   * at 10,000 people the dashboard came 300 ms after its summary.
   */
  boot(options?: { whenUsable?: () => void; firstPage?: Promise<unknown> }): Promise<void>;
  /** After the first run created or loaded an organisation. */
  enter(organisation: Organisation): void;
  refreshOrganisation(): Promise<void>;
  loadAppInfo(): Promise<void>;
  /**
   * After the app switched to another data folder: that folder's settings, organisation and
   * app info, without leaving the page the admin is on.
   */
  reopen(): Promise<void>;
}

let appInfoRequest: Promise<AppInfo> | null = null;

export const useSession = create<SessionState>()((set) => ({
  phase: 'booting',
  organisation: null,
  appInfo: null,
  notices: [],
  error: null,
  health: null,
  async boot(options) {
    set({ phase: 'booting', error: null });
    try {
      watchRegistry();
      // The settings, organisation and notices are asked for with the registry's health, in one
      // round instead of two (the settings name the language, whose strings are read next). A
      // registry that cannot be used answers the organisation with an error, which is not read:
      // the recovery page shows what the health says.
      const asked = call('registry.health');
      const settingsAsked = call('settings.get');
      const organisationAsked = call('org.get');
      const noticesAsked = call('app.notices');
      for (const answer of [settingsAsked, organisationAsked, noticesAsked]) answer.catch(() => undefined);
      const health = await asked;
      if (health.state === 'damaged' || health.state === 'unavailable') {
        await useSettings.getState().adopt(await settingsAsked, null);
        set({ health, phase: 'recovery' });
        return;
      }
      if (health.state === 'ok') options?.whenUsable?.();
      const [settings, organisation, notices] = await Promise.all([settingsAsked, organisationAsked, noticesAsked]);
      await Promise.all([
        useSettings.getState().adopt(settings, organisation?.locale ?? null),
        organisation ? options?.firstPage?.catch(() => undefined) : undefined,
      ]);
      set({ organisation, notices, health: null, phase: organisation ? 'ready' : 'first-run' });
    } catch (error) {
      set({ phase: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
    }
  },
  enter(organisation) {
    set({ organisation, phase: 'ready' });
    useNav.getState().go({ page: 'dashboard' });
  },
  async refreshOrganisation() {
    const organisation = await call('org.get');
    set({ organisation, phase: organisation ? 'ready' : 'first-run' });
  },
  async loadAppInfo() {
    // Asked by several parts of a page at once: one request answers them all.
    appInfoRequest ??= call('app.info').finally(() => (appInfoRequest = null));
    set({ appInfo: await appInfoRequest });
  },
  async reopen() {
    const [settings, organisation, appInfo] = await Promise.all([
      call('settings.get'),
      call('org.get'),
      call('app.info'),
    ]);
    await useSettings.getState().adopt(settings, organisation?.locale ?? null);
    set({ organisation, appInfo, phase: organisation ? 'ready' : 'first-run' });
  },
}));

// A registry found damaged after the window opened: start again, which shows the recovery page.
onRegistryDamaged(() => {
  const { phase, boot } = useSession.getState();
  if (phase === 'ready' || phase === 'first-run') void boot();
});
