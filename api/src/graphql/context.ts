import type { Request, Response } from 'express';
import { isPartnerRole, isVendorRole } from '@tierwise/shared';
import type { Em } from '../db/orm.js';
import { AppError } from '../errors/app-error.js';
import type { AppServices } from '../app-services.js';
import type { User } from '../modules/users/user.entity.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Everything one GraphQL request needs; built fresh per request (own EntityManager fork and loaders). */
export interface Ctx {
  em: Em;
  user: User | null;
  sessionId: string | null;
  ip: string;
  req: Request;
  res: Response;
  loaders: Loaders;
  app: AppServices;
}

export function createContext(args: Omit<Ctx, 'loaders'>): Ctx {
  return { ...args, loaders: createLoaders(args.em) };
}

export function requireUser(ctx: Ctx): User {
  if (!ctx.user) throw AppError.unauthenticated();
  return ctx.user;
}

export function isVendor(ctx: Ctx): boolean {
  return !!ctx.user && isVendorRole(ctx.user.role);
}

/** The partner id a partner user is confined to; null for vendor staff. */
export function partnerScope(ctx: Ctx): string | null {
  const user = requireUser(ctx);
  if (!isPartnerRole(user.role)) return null;
  const id = user.partner?.id;
  if (!id) throw AppError.forbidden('Your account is not linked to a partner.');
  return id;
}
