/** Directory commands: units (a tree), tiers (ordered), people. Each writes its event. */
import type { ChannelInput } from '../../shared/contract';
import type { Person, Tier, Unit } from '../../shared/domain';
import type { ServiceContext } from './context';

export function saveUnit(ctx: ServiceContext, input: ChannelInput<'units.save'>): Unit {
  void ctx; void input;
  throw new Error('not implemented');
}
export function deleteUnit(ctx: ServiceContext, id: string): null {
  void ctx; void id;
  throw new Error('not implemented');
}
export function saveTier(ctx: ServiceContext, input: ChannelInput<'tiers.save'>): Tier {
  void ctx; void input;
  throw new Error('not implemented');
}
export function reorderTiers(ctx: ServiceContext, ids: string[]): Tier[] {
  void ctx; void ids;
  throw new Error('not implemented');
}
export function deleteTier(ctx: ServiceContext, id: string): null {
  void ctx; void id;
  throw new Error('not implemented');
}
export function savePerson(ctx: ServiceContext, input: ChannelInput<'people.save'>): Person {
  void ctx; void input;
  throw new Error('not implemented');
}
