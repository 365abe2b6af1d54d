import { redirect, type LoaderFunctionArgs } from '@remix-run/node';
import { requireVendor } from '~/lib/auth.server';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireVendor(request);
  return redirect('/console/partners');
}

export { RouteErrorBoundary as ErrorBoundary } from '~/components/errors';
