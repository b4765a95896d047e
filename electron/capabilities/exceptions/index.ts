/** Exceptions: a request to let in someone outside the charter, and the approver's decision. */
import { defineCapability } from '../../kernel/capability';
import { decideException, listExceptions, requestException } from './exceptions';

export {
  decideException,
  exceptionsForDashboard,
  getExceptionRow,
  listExceptions,
  requestException,
  toExceptionRow,
} from './exceptions';

export const exceptionsCapability = defineCapability({
  name: 'exceptions',
  handlers: (app) => ({
    'exceptions.list': (input) => listExceptions(app.db, input),
    'exceptions.request': (input) => requestException(app.service(), input),
    'exceptions.decide': (input) => decideException(app.service(), input),
  }),
});
