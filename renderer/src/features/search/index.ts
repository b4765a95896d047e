/** Search: the name orders other lists share. */
export { sortGroups } from './sorting';
