/** A group's rules as versioned text, and who has acknowledged the current version. */
import { defineCapability } from '../../kernel/capability';
import { acknowledgeRules, getRules, publishRules } from './rules';

export { acknowledgeRules, getRules, publishRules } from './rules';

export const rulesCapability = defineCapability({
  name: 'rules',
  handlers: (app) => ({
    'rules.get': (input) => getRules(app.db, input.groupId),
    'rules.publish': (input) => publishRules(app.service(), input),
    'rules.acknowledge': (input) => acknowledgeRules(app.service(), input),
  }),
});
