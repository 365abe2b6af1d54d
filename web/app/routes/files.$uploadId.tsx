import { redirect, type LoaderFunctionArgs } from '@remix-run/node';
import { requireUser } from '~/lib/auth.server';
import { loginPath } from '~/lib/redirect';
import { fetchUpload } from '~/lib/uploads.server';

/** A plain answer: a file link opens in its own tab, where a short text is all that is needed. */
function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

const PASS_HEADERS = ['Content-Type', 'Content-Disposition', 'Content-Length', 'X-Content-Type-Options', 'Content-Security-Policy'];

/** /files/:uploadId: a proof file from the API, with the signed-in user's access; the body is streamed. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const id = params.uploadId ?? '';
  if (!/^[0-9a-f-]{36}$/i.test(id)) return plain(404, 'There is no such file.');
  let upstream: Response;
  try {
    upstream = await fetchUpload(request, id);
  } catch (cause) {
    if (request.signal.aborted) throw cause;
    return plain(503, 'Tierwise cannot reach its server right now. Try again in a moment.');
  }
  if (upstream.status === 401) throw redirect(loginPath(request.url));
  if (upstream.status === 404) return plain(404, 'There is no such file, or you cannot see it.');
  if (!upstream.ok || !upstream.body) return plain(upstream.status >= 500 ? 503 : upstream.status, 'The file cannot be shown right now.');
  const headers = new Headers({ 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' });
  for (const name of PASS_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}
