import type { Request, Response } from 'express';
import type { Em } from '../db/orm.js';
import type { AppServices } from '../app-services.js';
import type { Loaders } from '../modules/loaders.js';
import { createScope, type Scope } from '../modules/scope.js';
import type { User } from '../modules/users/user.entity.js';

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
  /** What the use cases get: the same em and loaders, no HTTP objects. */
  scope: Scope;
}

export function createContext(args: Omit<Ctx, 'loaders' | 'scope'>): Ctx {
  const scope = createScope({ em: args.em, actor: args.user, app: args.app });
  return { ...args, loaders: scope.loaders, scope };
}

/** The request's scope, for handing to services. */
export function scopeOf(ctx: Ctx): Scope {
  return ctx.scope;
}
