/** The dashboard's summary. */
import { call } from '../../platform/api';
import { createQueryStore } from '../../platform/query';

export const useDashboard = createQueryStore((_: object) => call('dashboard.summary'));
