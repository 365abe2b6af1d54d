import type { LoaderFunctionArgs } from '@remix-run/node';
import { Form, NavLink, Outlet, useLoaderData } from '@remix-run/react';
import { isPartnerRole, ROLE_LABELS } from '@tierwise/shared';
import { Brand } from '~/components/brand';
import { RouteErrorBoundary } from '~/components/errors';
import { requireUser } from '~/lib/auth.server';
import { homePathFor, navFor } from '~/lib/navigation';

/** The one guarded layout of the signed-in area. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    user: { name: user.name, email: user.email, role: user.role, partnerName: user.partner?.name ?? null },
    nav: navFor(user.role),
    home: homePathFor(user.role),
  };
}

export default function SignedInLayout() {
  const { user, nav, home } = useLoaderData<typeof loader>();
  const area = isPartnerRole(user.role) ? 'Partner portal' : 'Vendor console';
  return (
    <div className="app-shell">
      <aside className="sidebar">
        <div className="sidebar-top">
          <Brand to={home} />
          <span className="area-label">{area}</span>
        </div>
        <nav className="main-nav" aria-label="Main">
          <ul>
            {nav.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} prefetch="intent">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <div className="account-who">
            <span className="avatar" aria-hidden="true">
              {initials(user.name)}
            </span>
            <span className="account-text">
              <span className="account-name">{user.name}</span>
              <span className="account-role">
                {ROLE_LABELS[user.role]}
                {user.partnerName ? ` · ${user.partnerName}` : ''}
              </span>
            </span>
          </div>
          <Form method="post" action="/logout" className="signout-form">
            <button type="submit" className="button button--ghost button--small">
              Sign out
            </button>
          </Form>
        </div>
      </aside>
      <main id="main" className="content">
        <Outlet />
      </main>
    </div>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : (parts[0] ?? '?').slice(0, 2);
  return letters.toUpperCase();
}

export function ErrorBoundary() {
  // The layout itself failed (e.g. the API is down): no navigation to show.
  return (
    <div className="app-shell app-shell--bare">
      <main id="main" className="content">
        <RouteErrorBoundary />
      </main>
    </div>
  );
}
