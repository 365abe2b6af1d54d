import { isPartnerRole, isVendorRole } from '@tierwise/shared';
import type { AppServices } from '../app-services.js';
import type { Em } from '../db/orm.js';
import { AppError } from '../errors/app-error.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { User } from './users/user.entity.js';

/** Who acts when no one is signed in on purpose: scheduled jobs and future workers (audited with a null actor id). */
export interface SystemActor {
  kind: 'system';
  name: string;
}

export type Actor = User | SystemActor;

/** What a use case runs with, from GraphQL, a job or a worker alike: no HTTP objects. */
export interface Scope {
  em: Em;
  /** Null when not signed in. */
  actor: Actor | null;
  /** The partner id a linked partner user is confined to; null otherwise (read it through partnerScope(), which also refuses unlinked partner users). */
  partnerScope: string | null;
  /** Per-scope loaders: never shared across actors. */
  loaders: Loaders;
  clock: () => Date;
  /** Process services (env, rate limiters, session store). */
  app: AppServices;
}

export function isSystemActor(actor: Actor | null): actor is SystemActor {
  return !!actor && 'kind' in actor && actor.kind === 'system';
}

export function createScope(args: { em: Em; actor: Actor | null; app: AppServices; clock?: () => Date }): Scope {
  const { em, actor, app, clock = () => new Date() } = args;
  const partnerId = actor && !isSystemActor(actor) && isPartnerRole(actor.role) ? (actor.partner?.id ?? null) : null;
  return { em, actor, partnerScope: partnerId, loaders: createLoaders(em), clock, app };
}

/** A scope for scheduled jobs: a system actor, no partner confinement. */
export function systemScope(em: Em, app: AppServices, name = 'scheduler'): Scope {
  return createScope({ em, actor: { kind: 'system', name }, app });
}

/** The signed-in user; the system actor is not a user. */
export function requireUser(scope: Scope): User {
  if (!scope.actor || isSystemActor(scope.actor)) throw AppError.unauthenticated();
  return scope.actor;
}

/** The id to audit a change with: the user's, or null for the system. */
export function actorId(scope: Scope): string | null {
  return scope.actor && !isSystemActor(scope.actor) ? scope.actor.id : null;
}

export function isVendor(scope: Scope): boolean {
  return !!scope.actor && !isSystemActor(scope.actor) && isVendorRole(scope.actor.role);
}

/** The partner id a partner user is confined to; null for vendor staff. */
export function partnerScope(scope: Scope): string | null {
  const user = requireUser(scope);
  if (!isPartnerRole(user.role)) return null;
  if (!scope.partnerScope) throw AppError.forbidden('Your account is not linked to a partner.');
  return scope.partnerScope;
}
