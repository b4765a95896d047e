/** The first-run welcome (create an organisation, load a demo, restore a snapshot); the app shows it before the console. */
import type { Feature } from '../../platform/feature';
import { lazyPage } from '../../platform/lazyPage';

/** Shown once in the app's life: its chunk is read only when there is no organisation yet. */
export const FirstRun = lazyPage(() => import('./FirstRun').then((m) => m.FirstRun));

export const feature: Feature = { name: 'first-run' };
