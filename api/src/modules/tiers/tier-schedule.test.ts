import { beforeAll, describe, expect, it } from 'vitest';
import { makeProgram } from '../../seed/factories.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ProgramVersion } from '../program/program-version.entity.js';
import { TierReview } from './tier-review.entity.js';
import { applyReview, runDueReview } from './tier-review.service.js';
import {
  APPLY, PROGRAM, PROGRAM_Q, DAY, t, w, clients, admin, firstOfMonthAfter, useTierApi,
} from './tier-review.fixture.js';

/** The scheduled review (runDueReview) and its cadence, after a review applied by hand. */
useTierApi();
// The cadence must not move for reviews applied by hand: apply one first.
beforeAll(async () => {
  await admin.ok(APPLY);
});

describe('scheduled review (runDueReview)', () => {
  it('nextReviewAt keeps the program cadence: the reviews applied by hand above did not move it', async () => {
    expect(await t.em().count(TierReview, { scheduledFor: null })).toBeGreaterThan(0);
    const first = await t.em().findOneOrFail(ProgramVersion, { version: 1 });
    const { program } = await clients.PARTNER_MANAGER.ok(PROGRAM_Q);
    expect(new Date(program.nextReviewAt).toISOString()).toBe(firstOfMonthAfter(first.publishedAt!, 3).toISOString());
  });

  it('does nothing before the due date', async () => {
    const due = new Date((await admin.ok(PROGRAM_Q)).program.nextReviewAt);
    const count = await t.em().count(TierReview, {});
    expect(await runDueReview(t.em() as never, new Date(due.getTime() - DAY))).toBe(0);
    expect(await t.em().count(TierReview, {})).toBe(count);
  });

  it('after the due date applies exactly once, even when three run at once', async () => {
    const due = new Date((await admin.ok(PROGRAM_Q)).program.nextReviewAt);
    const count = await t.em().count(TierReview, {});
    const now = new Date(due.getTime() + DAY);
    const results = await Promise.all([runDueReview(t.em() as never, now), runDueReview(t.em() as never, now), runDueReview(t.em() as never, now)]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await t.em().count(TierReview, {})).toBe(count + 1);
    const rows = await t.em().find(TierReview, { scheduledFor: due });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ programVersion: 2, appliedById: null });
    expect(await t.em().count(AuditEntry, { action: 'tier_review.applied', entityId: rows[0].id, actorId: null })).toBe(1);
    // The same review already ran: running again with the same clock does nothing.
    expect(await runDueReview(t.em() as never, now)).toBe(0);
    expect(await t.em().count(TierReview, {})).toBe(count + 1);
    // And the next one is due a cadence later.
    expect(new Date((await admin.ok(PROGRAM_Q)).program.nextReviewAt).getTime()).toBeGreaterThan(due.getTime());
  });

  it('a review applied by hand between two scheduled ones does not move the next scheduled one', async () => {
    const [slot] = await t.em().find(TierReview, { scheduledFor: { $ne: null } }, { orderBy: { scheduledFor: 'desc' }, limit: 1 });
    const next = firstOfMonthAfter(slot.scheduledFor!, 3);
    expect(new Date((await admin.ok(PROGRAM_Q)).program.nextReviewAt).toISOString()).toBe(next.toISOString());
    // A vendor admin applies a review by hand in the month after the scheduled one (e.g. 15 Feb after 1 Jan).
    const byHand = new Date(Date.UTC(slot.scheduledFor!.getUTCFullYear(), slot.scheduledFor!.getUTCMonth() + 1, 15));
    const manual = await applyReview(t.em() as never, w.vendorAdmin.id, null, byHand);
    expect(manual).toMatchObject({ scheduledFor: null, appliedById: w.vendorAdmin.id });
    // Still due on the cadence (1 Apr), not three months after the manual review (1 May).
    expect(new Date((await admin.ok(PROGRAM_Q)).program.nextReviewAt).toISOString()).toBe(next.toISOString());
    expect(await runDueReview(t.em() as never, new Date(next.getTime() - DAY))).toBe(0);
    expect(await runDueReview(t.em() as never, new Date(next.getTime() + DAY))).toBe(1);
    expect(await t.em().count(TierReview, { scheduledFor: next })).toBe(1);
  });

  it('after a long pause, one review runs for the latest slot due, and the cadence goes on from there', async () => {
    const due = new Date((await admin.ok(PROGRAM_Q)).program.nextReviewAt);
    const count = await t.em().count(TierReview, {});
    // Seven months late: the slots due, due+3 and due+6 months have passed.
    const now = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 7, 2));
    expect(await runDueReview(t.em() as never, now)).toBe(1);
    expect(await runDueReview(t.em() as never, now)).toBe(0);
    expect(await t.em().count(TierReview, {})).toBe(count + 1);
    const latest = firstOfMonthAfter(due, 6);
    expect(await t.em().count(TierReview, { scheduledFor: latest })).toBe(1);
    expect(new Date((await admin.ok(PROGRAM_Q)).program.nextReviewAt).toISOString()).toBe(firstOfMonthAfter(latest, 3).toISOString());
  });

  it('with cadence 0 there is no next review and nothing runs', async () => {
    await makeProgram(t.em(), { ...PROGRAM, name: 'No reviews', reviewCadenceMonths: 0 });
    const { program } = await admin.ok(PROGRAM_Q);
    expect(program).toMatchObject({ reviewCadenceMonths: 0, nextReviewAt: null });
    const count = await t.em().count(TierReview, {});
    expect(await runDueReview(t.em() as never, new Date(Date.now() + 5 * 365 * DAY))).toBe(0);
    expect(await t.em().count(TierReview, {})).toBe(count);
  });
});
