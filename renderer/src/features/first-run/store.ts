/** The first run's requests: a new organisation or a demo. */
import { caller } from '../../platform/api';

/** Starts an empty registry for a new organisation. */
export const createOrganisation = caller('org.create');

/** Loads a demo organisation to try the console with. */
export const loadDemo = caller('org.loadDemo');

/** Saves who signs the changes recorded from now on (Settings shows and changes it too). */
export const saveSettings = caller('settings.update');
