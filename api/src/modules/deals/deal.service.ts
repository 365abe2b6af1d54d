/**
 * Kept only for the partners module's import while the issue-10 branches are
 * merged: import expireOpenDealsOf from ./expire-deals.js, then delete this file.
 */
export { expireOpenDealsOf } from './expire-deals.js';
