import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react';
import { AuthCard } from './auth-card';
import './errors.css';

interface Described {
  status: number | null;
  title: string;
  message: string;
}

export function describeError(error: unknown): Described {
  if (isRouteErrorResponse(error)) {
    const data = error.data as { message?: unknown } | string | null | undefined;
    const given = typeof data === 'string' ? data : typeof data?.message === 'string' ? data.message : null;
    switch (error.status) {
      case 404:
        return { status: 404, title: 'Page not found', message: given ?? 'There is nothing at this address. Check the link, or go back to your home page.' };
      case 403:
        return { status: 403, title: 'No access', message: given ?? 'Your role does not give you access to this page.' };
      case 429:
        return { status: 429, title: 'Slow down', message: given ?? 'Too many attempts, try again later.' };
      case 501:
        return { status: 501, title: 'Not available yet', message: given ?? 'This part of Tierwise is not available yet.' };
      case 503:
        return { status: 503, title: 'Service unavailable', message: given ?? 'Tierwise cannot reach its server right now. Try again in a moment.' };
      default:
        return { status: error.status, title: 'Something went wrong', message: given ?? error.statusText ?? 'The request failed.' };
    }
  }
  return { status: 500, title: 'Something went wrong', message: 'An unexpected error happened. Try again, and tell your administrator if it keeps happening.' };
}

/** The error panel: used inside the signed-in layout and on standalone pages. */
export function ErrorPanel({ error }: { error: unknown }) {
  const { status, title, message } = describeError(error);
  return (
    <section className="error-panel" aria-labelledby="error-title">
      {status ? <p className="error-code">Error {status}</p> : null}
      <h1 id="error-title">{title}</h1>
      <p className="error-message">{message}</p>
      <div className="actions">
        <Link to="/" className="button button--primary">
          Go to your home page
        </Link>
      </div>
    </section>
  );
}

/** Re-export as `ErrorBoundary` from a route to keep the surrounding layout. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  return <ErrorPanel error={error} />;
}

/** Re-export as `ErrorBoundary` where there is no layout around (the root, an unknown address): the error on the signed-out card. */
export function StandaloneErrorBoundary() {
  const error = useRouteError();
  return (
    <AuthCard>
      <ErrorPanel error={error} />
    </AuthCard>
  );
}
