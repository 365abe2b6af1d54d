import { canTransition, type StateMachine } from '@tierwise/shared';
import type { EntityClass } from '@mikro-orm/core';
import { AppError } from '../errors/app-error.js';
import type { Em } from './orm.js';

/**
 * The one way a status changes: the shared machine must allow `from -> to`
 * (otherwise INVALID_STATE, from here), then one conditional update that
 * applies only while the row still has `from` (and matches `where`), so two
 * processes racing on one row cannot both win. True when this call changed it.
 */
export async function transitionRow<S extends string>(
  em: Em,
  entity: EntityClass<{ id: string; status: S }>,
  machine: StateMachine<S>,
  where: { id: string } & Record<string, unknown>,
  from: S,
  to: S,
  changes: Record<string, unknown> = {},
): Promise<boolean> {
  if (!canTransition(machine, from, to)) throw AppError.invalidState(`A ${machine.subject} that is ${from} cannot become ${to}.`);
  const changed = await em.nativeUpdate(entity as never, { ...where, status: from } as never, { ...changes, status: to } as never);
  return changed === 1;
}
