/**
 * The query strings of a filtered list's "First page" and "Next page" links:
 * both keep every other parameter (status, partner, filter), so paging never
 * drops what the user chose. `next` is null on the last page.
 */
export function pageLinks(params: URLSearchParams, endCursor: string | null, hasNextPage: boolean): { first: string; next: string | null } {
  const first = new URLSearchParams(params);
  first.delete('after');
  const next = new URLSearchParams(params);
  if (endCursor) next.set('after', endCursor);
  return { first: `?${first}`, next: hasNextPage && endCursor ? `?${next}` : null };
}
