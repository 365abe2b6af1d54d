/** Tier reviews' use cases, one per file; this module gathers them for the scheduler and other callers. */
export { applyReview, applyReviewNow, runDueReview } from './apply-review.js';
export { overrideTier, type OverrideTierArgs } from './override-tier.js';
export { nextReviewAt, planReview, type PlannedChange, type ReviewChange } from './plan-review.js';
export { appliedReview, listReviews, myNotifications, nextReviewOf, previewReview, tierOverrideOf, type AppliedReview } from './review-history.js';
