/** Recovery: the page shown instead of the console when the registry file cannot be used. */
import type { Feature } from '../../platform/feature';
import { lazyPage } from '../../platform/lazyPage';

/** Rarely shown: its chunk is read only when the registry cannot be used. */
export const RecoveryPage = lazyPage(() => import('./RecoveryPage').then((m) => m.RecoveryPage));

export const feature: Feature = { name: 'recovery' };
