/**
 * Search: the command palette (Ctrl+K), which the app's layout shows. Its code (the dialog, the
 * search box) is read after the first page is up, not with the window (app/AdminLayout.tsx).
 */
import type { Feature } from '../../platform/feature';
import { lazyPage } from '../../platform/lazyPage';

export const CommandPalette = lazyPage(() => import('./CommandPalette').then((m) => m.CommandPalette));

export const feature: Feature = { name: 'search' };
