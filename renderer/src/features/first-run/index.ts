/** The first-run welcome (create an organisation, load a demo, restore a snapshot); the app shows it before the console. */
import type { Feature } from '../../platform/feature';

export { FirstRun } from './FirstRun';

export const feature: Feature = { name: 'first-run' };
