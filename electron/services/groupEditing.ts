/** Group commands: create / edit, set the charter, transfer ownership. */
import type { ChannelInput } from '../../shared/contract';
import type { Group } from '../../shared/domain';
import type { ServiceContext } from './context';

export function saveGroup(ctx: ServiceContext, input: ChannelInput<'groups.save'>): Group {
  void ctx; void input;
  throw new Error('not implemented');
}

export function setCharter(ctx: ServiceContext, input: ChannelInput<'groups.setCharter'>): Group {
  void ctx; void input;
  throw new Error('not implemented');
}

export function transferOwnership(ctx: ServiceContext, input: ChannelInput<'groups.transferOwnership'>): Group {
  void ctx; void input;
  throw new Error('not implemented');
}
