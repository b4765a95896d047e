/** Search: the command palette (Ctrl+K) and the name orders other lists share. */
import type { Feature } from '../../platform/feature';

export { CommandPalette } from './CommandPalette';
export { sortGroups, sortPeople } from './sorting';

export const feature: Feature = { name: 'search' };
