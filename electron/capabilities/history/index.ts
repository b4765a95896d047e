/** History and audit: the event log read back, and the integrity check (doctor). */
import { defineCapability } from '../../kernel/capability';
import { runDoctor } from './doctor';
import { eventKinds, listEvents } from './events';

export { runDoctor } from './doctor';
export { eventKinds, listEvents } from './events';

export const historyCapability = defineCapability({
  name: 'history',
  handlers: (app) => ({
    'events.list': (input) => listEvents(app.db, input),
    'events.kinds': () => eventKinds(app.db),
    'doctor.run': () => runDoctor(app.db),
  }),
});
