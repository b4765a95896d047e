/** Search: the name orders other lists share. */
export { sortGroups, sortPeople, sortPeopleOnce } from './sorting';
