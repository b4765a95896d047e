/**
 * History and audit: the event log read back, and the integrity check (doctor; the window's
 * `doctor.run` is answered by the backups capability, which runs it off the main thread).
 */
import { defineCapability } from '../../kernel/capability';
import { eventKinds, listEvents } from './events';

export { runDoctor } from './doctor';
export { eventKinds, listEvents } from './events';

export const historyCapability = defineCapability({
  name: 'history',
  handlers: (app) => ({
    'events.list': (input) => listEvents(app.db, input),
    'events.kinds': () => eventKinds(app.db),
  }),
});
