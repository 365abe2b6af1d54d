import type { LinksFunction, MetaFunction } from '@remix-run/node';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError } from '@remix-run/react';
import type { ReactNode } from 'react';
import { StandaloneShell } from '~/components/brand';
import { ErrorPanel } from '~/components/errors';
import { useNonce } from '~/lib/nonce';
import appStyles from '~/styles/app.css?url';
import dealsEnablementStyles from '~/styles/deals-enablement.css?url';
import tiersMdfStyles from '~/styles/tiers-mdf.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: appStyles },
  // Feature styles use the same custom properties (design tokens) as app.css.
  { rel: 'stylesheet', href: dealsEnablementStyles },
  { rel: 'stylesheet', href: tiersMdfStyles },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
  { rel: 'alternate icon', href: '/favicon.ico', sizes: '32x32' },
];

export const meta: MetaFunction = () => [
  { title: 'Tierwise' },
  { name: 'description', content: 'Tierwise: the open-source partner portal.' },
];

export function Layout({ children }: { children: ReactNode }) {
  // The CSP nonce for Remix's inline scripts (server only; see entry.server.tsx).
  const nonce = useNonce();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
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
