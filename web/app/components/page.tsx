import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';

export function PageHeader({ title, eyebrow, actions, children }: { title: ReactNode; eyebrow?: ReactNode; actions?: ReactNode; children?: ReactNode }) {
  return (
    <header className="page-header">
      <div className="page-header-text">
        {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
        <h1>{title}</h1>
        {children ? <div className="page-header-meta">{children}</div> : null}
      </div>
      {actions ? <div className="page-header-actions">{actions}</div> : null}
    </header>
  );
}

export function Card({ title, children, actions, className, id }: { title?: ReactNode; children: ReactNode; actions?: ReactNode; className?: string; id?: string }) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className={`card${className ? ` ${className}` : ''}`} id={id} aria-labelledby={title ? headingId : undefined}>
      {title || actions ? (
        <div className="card-header">
          {title ? <h2 id={headingId}>{title}</h2> : null}
          {actions ? <div className="card-actions">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}

/** "Next page" for Relay connections (?after=<cursor>); "First page" when paged. */
export function Pagination({ hasNextPage, endCursor, paged }: { hasNextPage: boolean; endCursor: string | null; paged: boolean }) {
  if (!hasNextPage && !paged) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      {paged ? (
        <Link to="?" className="button button--secondary">
          First page
        </Link>
      ) : (
        <span />
      )}
      {hasNextPage && endCursor ? (
        <Link to={`?${new URLSearchParams({ after: endCursor })}`} className="button button--secondary" rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}

export function EmptyState({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state-title">{title}</p>
      {children ? <div className="empty-state-body">{children}</div> : null}
    </div>
  );
}
