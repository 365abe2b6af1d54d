import { can, type Permission } from '@tierwise/shared';
import type { AuthChecker } from 'type-graphql';
import { AppError } from '../errors/app-error.js';
import type { Ctx } from './context.js';

/** The one auth checker: `@Authorized(...permissions)` from the shared vocabulary; none = signed in. */
export const authChecker: AuthChecker<Ctx, Permission> = ({ context }, permissions) => {
  const user = context.user;
  if (!user) throw AppError.unauthenticated();
  if (!permissions.every((p) => can(user.role, p))) throw AppError.forbidden();
  return true;
};
