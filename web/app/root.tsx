import type { LinksFunction, MetaFunction } from '@remix-run/node';
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from '@remix-run/react';
import type { ReactNode } from 'react';
import { StandaloneErrorBoundary } from '~/components/errors';
import { useNonce } from '~/lib/nonce';
// Every page: the design tokens, element defaults and layout shell, then the
// shared primitives in this order (utilities last). A component's or route's
// own styles are imported beside it and linked with the routes that use it
// (docs/decisions/0010-one-styling-system.md).
import '~/styles/tokens.css';
import '~/styles/base.css';
import '~/styles/shell.css';
import '~/styles/primitives/cards.css';
import '~/styles/primitives/buttons.css';
import '~/styles/primitives/forms.css';
import '~/styles/primitives/alerts.css';
import '~/styles/primitives/badges.css';
import '~/styles/primitives/tables.css';
import '~/styles/primitives/lists.css';
import '~/styles/primitives/progress.css';
import '~/styles/primitives/tones.css';
import '~/styles/primitives/utilities.css';

export const links: LinksFunction = () => [
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

export { StandaloneErrorBoundary as ErrorBoundary };
