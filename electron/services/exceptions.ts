/** Exception requests: request, decide (approval adds the member in the same transaction), list. */
import type { ChannelInput, ChannelOutput, ExceptionRow } from '../../shared/contract';
import type { Db } from '../db/database';
import type { ServiceContext } from './context';

export function listExceptions(db: Db, filter: ChannelInput<'exceptions.list'>): ExceptionRow[] {
  void db; void filter;
  throw new Error('not implemented');
}

export function requestException(ctx: ServiceContext, input: ChannelInput<'exceptions.request'>): ExceptionRow {
  void ctx; void input;
  throw new Error('not implemented');
}

export function decideException(
  ctx: ServiceContext,
  input: ChannelInput<'exceptions.decide'>,
): ChannelOutput<'exceptions.decide'> {
  void ctx; void input;
  throw new Error('not implemented');
}
