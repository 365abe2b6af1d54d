import { describe, expect, it } from 'vitest';
import { DealDetailFragmentDoc, DealSummaryFragmentDoc, PartnerDealDocument, PartnerDealsDocument, ReviewDealDocument } from '~/gql/graphql';

const asks = (document: { toString(): string }, field: string) => new RegExp(`\\b${field}\\b`).test(document.toString());

describe('deal fragments', () => {
  it('never ask for conflicts, so partner documents built on them stay allowed', () => {
    expect(asks(DealSummaryFragmentDoc, 'conflicts')).toBe(false);
    expect(asks(DealDetailFragmentDoc, 'conflicts')).toBe(false);
    // A partner user gets FORBIDDEN for conflicts.
    expect(asks(PartnerDealDocument, 'conflicts')).toBe(false);
    expect(asks(PartnerDealsDocument, 'conflicts')).toBe(false);
  });

  it('are shared: the partner and console deal pages spread the same detail fragment', () => {
    expect(PartnerDealDocument.toString()).toContain('...DealDetail');
    expect(ReviewDealDocument.toString()).toContain('...DealDetail');
    expect(asks(ReviewDealDocument, 'conflicts')).toBe(true);
  });
});
