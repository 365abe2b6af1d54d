import { data, type MetaFunction } from '@remix-run/node';
import { StandaloneErrorBoundary } from '~/components/errors';

export const meta: MetaFunction = () => [{ title: 'Page not found · Tierwise' }];

export async function loader() {
  throw data({ message: 'There is nothing at this address. Check the link, or go back to your home page.' }, { status: 404 });
}

export default function NotFound() {
  return null;
}

export { StandaloneErrorBoundary as ErrorBoundary };
