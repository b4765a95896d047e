/**
 * Runbooks (capability C): dissolve, prune, offboard and rebuild walked one committed step at a
 * time, with the plan, the snapshot taken at start, progress, drift and the report.
 */
import { defineCapability } from '../../kernel/capability';
import { takeBackup } from '../backups';
import { cancelRunbook, pauseRunbook, planRunbook, resumeRunbook, startRunbook, updatePlan } from './commands';
import { getRunbook, getRunbookPage, listRunbooks } from './queries';
import { recordStep, undoStep } from './steps';

export { cancelRunbook, pauseRunbook, planRunbook, resumeRunbook, startRunbook, updatePlan } from './commands';
export { getRunbook, getRunbookPage, getRunbookWalk, listRunbooks, nextStep, timeSpent } from './queries';
export { recordStep, undoStep } from './steps';

export const runbooksCapability = defineCapability({
  name: 'runbooks',
  handlers: (app) => {
    const view = (id: number) => getRunbook(app.db, app.clock, id);
    // The walk's commands answer with what the page shows: a few steps while it is walked.
    const page = (id: number) => getRunbookPage(app.db, app.clock, id);
    return {
      'runbooks.list': (input) => listRunbooks(app.db, input ?? {}),
      'runbooks.get': (input) => view(input.id),
      'runbooks.page': (input) => page(input.id),
      'runbooks.plan': (input) => view(planRunbook(app.service(), input)),
      'runbooks.updatePlan': (input) => view(updatePlan(app.service(), input)),
      'runbooks.start': async (input) => {
        // A verified backup of the registry as it was before the runbook changes it.
        await takeBackup(app.db, app.dataDir, app.clock, 'before-runbook', app.preferences.backupRetention());
        return page(startRunbook(app.service(), input.id));
      },
      'runbooks.step': (input) => page(recordStep(app.service(), input)),
      'runbooks.undo': (input) => page(undoStep(app.service(), input.id)),
      'runbooks.pause': (input) => page(pauseRunbook(app.service(), input.id)),
      'runbooks.resume': (input) => page(resumeRunbook(app.service(), input.id)),
      'runbooks.cancel': (input) => view(cancelRunbook(app.service(), input.id, input.reason)),
    };
  },
});
