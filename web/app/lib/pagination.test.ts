import { describe, expect, it } from 'vitest';
import { pageLinks } from './pagination';

describe('pageLinks', () => {
  it('keeps the filters on both links and moves only the cursor', () => {
    const params = new URLSearchParams('filter=all&status=APPROVED&status=CLAIMED&after=c1');
    expect(pageLinks(params, 'c2', true)).toEqual({
      first: '?filter=all&status=APPROVED&status=CLAIMED',
      next: '?filter=all&status=APPROVED&status=CLAIMED&after=c2',
    });
  });

  it('has no next link on the last page, and a bare first link without filters', () => {
    expect(pageLinks(new URLSearchParams('after=c1'), null, false)).toEqual({ first: '?', next: null });
  });
});
