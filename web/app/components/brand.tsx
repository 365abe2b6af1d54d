import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';

export function Logo() {
  return (
    <svg className="logo-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--color-brand)" />
      <rect x="7" y="19" width="5" height="6" rx="1.5" fill="var(--color-on-fill)" opacity="0.55" />
      <rect x="13.5" y="14" width="5" height="11" rx="1.5" fill="var(--color-on-fill)" opacity="0.8" />
      <rect x="20" y="8" width="5" height="17" rx="1.5" fill="var(--color-on-fill)" />
    </svg>
  );
}

export function Brand({ to = '/' }: { to?: string }) {
  return (
    <Link to={to} className="brand" aria-label="Tierwise home">
      <Logo />
      <span className="brand-name">Tierwise</span>
    </Link>
  );
}

/** The frame of pages outside the signed-in area: sign in, invitation, errors. */
export function StandaloneShell({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <div className="standalone">
      <header className="standalone-header">
        <Brand />
      </header>
      <main id="main" className={`standalone-main${wide ? ' standalone-main--wide' : ''}`}>
        {children}
      </main>
      <footer className="standalone-footer">Tierwise · open-source partner portal</footer>
    </div>
  );
}
