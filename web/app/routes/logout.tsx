import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { graphql } from '~/gql';
import { mutate } from '~/lib/api.server';
import { clearSessionCookie, readSessionToken } from '~/lib/session.server';

const Logout = graphql(`
  mutation Logout {
    logout
  }
`);

/** Sign out: end the API session (best effort), then drop our cookie. */
export async function action({ request }: ActionFunctionArgs) {
  if (await readSessionToken(request)) {
    const result = await mutate(request, Logout, {}, { onUnauthenticated: 'throw' });
    if (!result.ok && result.error.code !== 'UNAUTHENTICATED') console.error('[logout]', result.error.code, result.error.message);
  }
  return redirect('/login', { headers: { 'Set-Cookie': await clearSessionCookie() } });
}

export async function loader() {
  return redirect('/');
}
