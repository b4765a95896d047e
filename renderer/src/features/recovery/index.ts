/** Recovery: the page shown instead of the console when the registry file cannot be used. */
import type { Feature } from '../../platform/feature';

export { RecoveryPage } from './RecoveryPage';

export const feature: Feature = { name: 'recovery' };
