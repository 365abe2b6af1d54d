import { data, type MetaFunction } from '@remix-run/node';
import { useRouteError } from '@remix-run/react';
import { StandaloneShell } from '~/components/brand';
import { ErrorPanel } from '~/components/errors';

export const meta: MetaFunction = () => [{ title: 'Page not found · Tierwise' }];

export async function loader() {
  throw data({ message: 'There is nothing at this address. Check the link, or go back to your home page.' }, { status: 404 });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  const error = useRouteError();
  return (
    <StandaloneShell>
      <div className="auth-card">
        <ErrorPanel error={error} />
      </div>
    </StandaloneShell>
  );
}
