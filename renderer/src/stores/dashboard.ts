/** The dashboard's summary. */
import { call } from '../api';
import { createQueryStore } from './query';

export const useDashboard = createQueryStore((_: object) => call('dashboard.summary'));
