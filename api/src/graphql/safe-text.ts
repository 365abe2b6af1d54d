import { findUnsafeText } from '@tierwise/shared';
import type { MiddlewareFn } from 'type-graphql';
import { AppError } from '../errors/app-error.js';

/**
 * The input boundary for text: every String and ID argument of every field,
 * nested inputs and lists included, is refused with BAD_USER_INPUT naming the
 * field when it holds a NUL or a lone surrogate, before any resolver runs.
 */
export const refuseUnsafeText: MiddlewareFn = ({ args }, next) => {
  const found = findUnsafeText(args, '');
  if (found) throw AppError.field(found.path, found.message);
  return next();
};
