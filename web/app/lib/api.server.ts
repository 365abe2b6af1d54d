import { data, redirect } from '@remix-run/node';
import type { TypedDocumentString } from '~/gql/graphql';
import { ApiError, messageForError, statusForCode, toApiError, type GraphQLErrorLike } from './errors';
import { loginPath } from './redirect';
import { clearSessionCookie, readSessionToken } from './session.server';

/**
 * The ONE way the web reaches data: POST ${API_URL}/graphql with the caller's
 * session as a Bearer token. Nothing else in the web talks to the API.
 */
export function apiUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.API_URL || 'http://127.0.0.1:4000').replace(/\/+$/, '');
}

export interface GqlOptions {
  /** Override the token taken from the session cookie (null: send none). */
  token?: string | null;
  /**
   * What UNAUTHENTICATED does: 'redirect' (default) throws a redirect to
   * /login?redirectTo=<this page> that also clears the cookie; 'throw' throws
   * the ApiError like any other.
   */
  onUnauthenticated?: 'redirect' | 'throw';
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorLike[];
}

/** Runs one operation; throws ApiError (typed by extensions.code) on failure. */
export async function gql<TResult, TVariables>(
  request: Request,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: GqlOptions = {},
): Promise<TResult> {
  const token = options.token !== undefined ? options.token : await readSessionToken(request);
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  // The caller's address (set by scripts/serve.mjs) for the API's per-address limits.
  const forwardedFor = request.headers.get('X-Forwarded-For');
  if (forwardedFor) headers['X-Forwarded-For'] = forwardedFor;

  let response: Response;
  try {
    response = await fetch(`${apiUrl()}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: request.signal,
    });
  } catch (cause) {
    if (request.signal.aborted) throw cause;
    console.error('[api] unreachable:', cause instanceof Error ? cause.message : cause);
    throw new ApiError('UNAVAILABLE', 'The API cannot be reached.');
  }

  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError(response.status >= 500 ? 'UNAVAILABLE' : 'INTERNAL', `The API answered ${response.status} without JSON.`);
  }

  if (body.errors && body.errors.length > 0) {
    const error = toApiError(body.errors);
    if (error.code === 'INTERNAL') console.error('[api] error:', JSON.stringify(body.errors).slice(0, 2000));
    if (error.code === 'UNAUTHENTICATED' && options.onUnauthenticated !== 'throw') {
      throw redirect(loginPath(request.url), { headers: { 'Set-Cookie': await clearSessionCookie() } });
    }
    throw error;
  }
  if (!body.data) throw new ApiError('INTERNAL', 'The API answered without data.');
  return body.data;
}

/**
 * For loaders: like gql, but an API error becomes an error response (404,
 * 403, 503...) that the route's ErrorBoundary renders.
 */
export async function query<TResult, TVariables>(
  request: Request,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  try {
    return await gql(request, document, variables);
  } catch (error) {
    throw asErrorResponse(error);
  }
}

export type MutationResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/**
 * For actions: returns the API error instead of throwing it, so the form can
 * show it. UNAUTHENTICATED still redirects to /login.
 */
export async function mutate<TResult, TVariables>(
  request: Request,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options?: GqlOptions,
): Promise<MutationResult<TResult>> {
  try {
    return { ok: true, data: await gql(request, document, variables, options) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error };
    throw error;
  }
}

/** Turns an ApiError into a thrown-able error response; anything else as is. */
export function asErrorResponse(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  return data({ code: error.code, message: messageForError(error) }, { status: statusForCode(error.code) });
}
