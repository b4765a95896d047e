/** A group's rules as versioned text, and acknowledgements per member per version. */
import type { ChannelInput, RulesView } from '../../shared/contract';
import type { RuleVersion } from '../../shared/domain';
import type { Db } from '../db/database';
import type { ServiceContext } from './context';

export function getRules(db: Db, groupId: string): RulesView {
  void db; void groupId;
  throw new Error('not implemented');
}
export function publishRules(ctx: ServiceContext, input: ChannelInput<'rules.publish'>): RuleVersion {
  void ctx; void input;
  throw new Error('not implemented');
}
export function acknowledgeRules(ctx: ServiceContext, input: ChannelInput<'rules.acknowledge'>): { recorded: number } {
  void ctx; void input;
  throw new Error('not implemented');
}
