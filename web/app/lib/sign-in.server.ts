import { redirect } from '@remix-run/node';
import { commitSessionToken } from './session.server';

/** After login or an accepted invitation: the session cookie, and on to `to`. */
export async function redirectSignedIn(to: string, token: string) {
  return redirect(to, { headers: { 'Set-Cookie': await commitSessionToken(token) } });
}
