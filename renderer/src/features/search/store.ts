/** The palette's search over people and groups. */
import { caller } from '../../platform/api';

/** People and groups matching what is typed in the palette. */
export const searchAll = caller('search.all');
