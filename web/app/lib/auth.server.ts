import { data, redirect } from '@remix-run/node';
import { can, isPartnerRole, isVendorRole, type Permission } from '@tierwise/shared';
import { graphql } from '~/gql';
import type { MeQuery } from '~/gql/graphql';
import { asErrorResponse, gql } from './api.server';
import { ApiError } from './errors';
import { loginPath } from './redirect';
import { clearSessionCookie, readSessionToken, SESSION_COOKIE_NAME } from './session.server';

const Me = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      partner {
        id
        name
        status
      }
    }
  }
`);

export type SessionUser = NonNullable<MeQuery['me']>;

// Loaders of one navigation run in parallel and share the Request: ask once.
const cache = new WeakMap<Request, Promise<SessionUser | null>>();

/** The signed-in user, or null (no cookie, or the API no longer knows it). */
export function getUser(request: Request): Promise<SessionUser | null> {
  let pending = cache.get(request);
  if (!pending) {
    pending = (async () => {
      const token = await readSessionToken(request);
      if (!token) return null;
      try {
        const result = await gql(request, Me, {}, { token, onUnauthenticated: 'throw' });
        return result.me;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') return null;
        throw asErrorResponse(error);
      }
    })();
    cache.set(request, pending);
  }
  return pending;
}

/** The signed-in user; otherwise a redirect to /login?redirectTo=<here>. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) {
    const headers = new Headers();
    if (request.headers.get('Cookie')?.includes(`${SESSION_COOKIE_NAME}=`)) headers.set('Set-Cookie', await clearSessionCookie());
    throw redirect(loginPath(request.url), { headers });
  }
  return user;
}

export function forbidden(message = 'Your role does not give you access to this page.'): never {
  throw data({ code: 'FORBIDDEN', message }, { status: 403 });
}

/** Vendor staff only (VENDOR_ADMIN, PARTNER_MANAGER). */
export async function requireVendor(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!isVendorRole(user.role)) forbidden('This page is for vendor staff.');
  return user;
}

/** Partner users only (PARTNER_ADMIN, PARTNER_REP), with their partner. */
export async function requirePartner(request: Request): Promise<SessionUser & { partner: NonNullable<SessionUser['partner']> }> {
  const user = await requireUser(request);
  if (!isPartnerRole(user.role) || !user.partner) forbidden('This page is for partner users.');
  return user as SessionUser & { partner: NonNullable<SessionUser['partner']> };
}

/** Users whose role has `permission` (the shared vocabulary). */
export async function requirePermission(request: Request, permission: Permission): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!can(user.role, permission)) forbidden();
  return user;
}
