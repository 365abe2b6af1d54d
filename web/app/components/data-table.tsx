import { Link, useSearchParams } from '@remix-run/react';
import type { ReactNode } from 'react';
import { Pagination } from './page';

/** The `after` cursor of a keyset-paged console list (null on the first page). */
export function afterParam(request: Request): string | null {
  return new URL(request.url).searchParams.get('after') || null;
}

/** A column header: its label, or the label with a class (a numeric column's alignment, say). */
export type Column = string | { label: string; className?: string };

/**
 * A scrollable, labelled table with its column headers; `empty` instead when
 * `count` is given and there are no rows.
 */
export function DataTable({
  label,
  columns,
  className = 'table',
  testId,
  caption,
  footer,
  count,
  empty,
  children,
}: {
  label: string;
  columns: readonly Column[];
  className?: string;
  testId?: string;
  caption?: ReactNode;
  /** The rows of a `<tfoot>` (a total, say). */
  footer?: ReactNode;
  count?: number;
  empty?: ReactNode;
  children: ReactNode;
}) {
  if (count !== undefined && !count) return <>{empty}</>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      <table className={className} data-testid={testId}>
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c) =>
              typeof c === 'string' ? (
                <th scope="col" key={c}>
                  {c}
                </th>
              ) : (
                <th scope="col" key={c.label} className={c.className}>
                  {c.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </div>
  );
}

/** One page of a connection as a DataTable, with the first/next page links: the console's partner list and audit log. */
export function PagedTable({ pageInfo, ...table }: Parameters<typeof DataTable>[0] & { pageInfo: { hasNextPage: boolean; endCursor?: string | null } }) {
  const [params] = useSearchParams();
  return (
    <>
      <DataTable {...table} />
      <Pagination hasNextPage={pageInfo.hasNextPage} endCursor={pageInfo.endCursor ?? null} paged={params.has('after')} />
    </>
  );
}

/** A page header's "New …" button, for those who may create. */
export function NewButton({ to, show, children }: { to: string; show: boolean; children: ReactNode }) {
  return show ? (
    <Link to={to} className="button button--primary">
      {children}
    </Link>
  ) : null;
}
