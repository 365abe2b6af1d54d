import { useSearchParams } from '@remix-run/react';
import type { ReactNode } from 'react';
import { Pagination } from './page';

/** The `after` cursor of a keyset-paged console list (null on the first page). */
export function afterParam(request: Request): string | null {
  return new URL(request.url).searchParams.get('after') || null;
}

/**
 * One page of a connection as a table (or `empty` when it has no rows), with
 * the first/next page links: the console's partner list and audit log.
 */
export function PagedTable({
  label,
  columns,
  className = 'table',
  count,
  pageInfo,
  empty,
  children,
}: {
  label: string;
  columns: readonly string[];
  className?: string;
  count: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  empty: ReactNode;
  children: ReactNode;
}) {
  const [params] = useSearchParams();
  return (
    <>
      {count ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
          <table className={className}>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      ) : (
        empty
      )}
      <Pagination hasNextPage={pageInfo.hasNextPage} endCursor={pageInfo.endCursor ?? null} paged={params.has('after')} />
    </>
  );
}
