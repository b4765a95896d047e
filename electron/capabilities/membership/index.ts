/** Membership: the charter check, a checked add and a removal with its reason. */
import { defineCapability } from '../../kernel/capability';
import { addMember, charterCheck, removeMember } from './membership';

export { addMember, charterCheck, openMembership, removeMember, resolveAdder } from './membership';

export const membershipCapability = defineCapability({
  name: 'membership',
  handlers: (app) => ({
    'charter.check': (input) => charterCheck(app.db, input.groupId, input.personId),
    'members.add': (input) => addMember(app.service(), input),
    'members.remove': (input) => removeMember(app.service(), input),
  }),
});
