import { redirect, type LoaderFunctionArgs } from '@remix-run/node';
import { requireUser } from '~/lib/auth.server';
import { homePathFor } from '~/lib/navigation';

/** `/`: partner users go to their home, vendor staff to the console. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return redirect(homePathFor(user.role));
}
