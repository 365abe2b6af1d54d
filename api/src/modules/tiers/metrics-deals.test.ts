import { describe, expect, it } from 'vitest';
import { Deal } from '../deals/deal.entity.js';
import { expireProtectedDeals } from '../deals/expire-deals.js';
import {
  daysAgo, REJECT, CLOSE, t, clients, freshPartner, metrics, register, approved, won, move, useMetricsApi,
} from './metrics.fixture.js';

/**
 * Tier metrics from deals (pipeline, revenue won, deals won, registered
 * deals), each over its own window, as partners and vendor staff see them.
 */
useMetricsApi();

describe('SOURCED_PIPELINE', () => {
  it('sums SOURCED registrations approved within the window, whatever their later status', async () => {
    const { partner, client } = await freshPartner();
    expect((await metrics(client, partner.id)).SOURCED_PIPELINE).toEqual({ current: 0, required: 1_000_000, met: false });

    // Amounts are powers of two, so the sum tells exactly which registrations counted.
    await approved(client, 1_000); // counts
    await won(client, 2_000, 'SOURCED', 900_000); // counts with its registered amount
    const lost = await approved(client, 4_000); // counts
    await client.ok(CLOSE, { id: lost, won: false });
    const expired = await approved(client, 8_000); // counts, though expired later
    await t.em().nativeUpdate(Deal, { id: expired }, { protectionEndsAt: new Date(Date.now() - 1000) });
    await expireProtectedDeals(t.em() as never);
    expect((await t.em().findOneOrFail(Deal, { id: expired })).status).toBe('EXPIRED');
    const inside = await approved(client, 16_000); // approved 20 days ago: inside the 30-day window
    await move(inside, { decidedAt: daysAgo(20) });

    await approved(client, 32_000, 'INFLUENCED'); // not SOURCED
    await won(client, 64_000, 'CO_SOLD'); // not SOURCED
    const rejected = await register(client, 128_000); // rejected
    await clients.PARTNER_MANAGER.ok(REJECT, { id: rejected });
    await register(client, 256_000); // submitted, not decided
    const old = await approved(client, 512_000); // approved before the window
    await move(old, { decidedAt: daysAgo(31) });

    // Another partner's approved registration does not count.
    const other = await freshPartner();
    await approved(other.client, 1_024_000);

    expect((await metrics(client, partner.id)).SOURCED_PIPELINE).toEqual({ current: 1_000 + 2_000 + 4_000 + 8_000 + 16_000, required: 1_000_000, met: false });
    expect((await metrics(other.client, other.partner.id)).SOURCED_PIPELINE).toEqual({ current: 1_024_000, required: 1_000_000, met: true });
  });

  it('each criterion uses its own window: 40 days ago counts for a 90-day window, 100 days ago does not', async () => {
    const { partner, client } = await freshPartner('agency');
    const recent = await approved(client, 1_000);
    await move(recent, { decidedAt: daysAgo(40) });
    const old = await approved(client, 2_000);
    await move(old, { decidedAt: daysAgo(100) });
    expect((await metrics(client, partner.id)).SOURCED_PIPELINE).toEqual({ current: 1_000, required: 1_000, met: true });

    // The same move on a 30-day window (technology) no longer counts.
    const tech = await freshPartner();
    const moved = await approved(tech.client, 1_000_000);
    expect((await metrics(tech.client, tech.partner.id)).SOURCED_PIPELINE).toEqual({ current: 1_000_000, required: 1_000_000, met: true });
    await move(moved, { decidedAt: daysAgo(40) });
    expect((await metrics(tech.client, tech.partner.id)).SOURCED_PIPELINE).toEqual({ current: 0, required: 1_000_000, met: false });
  });
});

describe('SOURCED_REVENUE_WON and DEALS_WON', () => {
  it('sums the won amounts (not the registered amounts) of SOURCED deals won in the window; DEALS_WON counts any attribution', async () => {
    const { partner, client } = await freshPartner();
    await won(client, 1_000, 'SOURCED', 300_000); // counts 300,000 (its won amount)
    await won(client, 2_000, 'SOURCED'); // won at the registered amount: 2,000
    await won(client, 4_000, 'INFLUENCED', 50_000); // DEALS_WON only
    await won(client, 8_000, 'CO_SOLD', 70_000); // DEALS_WON only
    const old = await won(client, 16_000, 'SOURCED', 400_000); // closed before the window
    await move(old, { closedAt: daysAgo(31) });
    const lost = await approved(client, 32_000);
    await client.ok(CLOSE, { id: lost, won: false });
    await approved(client, 64_000); // approved, still open
    const other = await freshPartner();
    await won(other.client, 128_000, 'SOURCED', 600_000);

    const m = await metrics(client, partner.id);
    expect(m.SOURCED_REVENUE_WON).toEqual({ current: 302_000, required: 500_000, met: false });
    expect(m.DEALS_WON).toEqual({ current: 4, required: 2, met: true });
    const o = await metrics(other.client, other.partner.id);
    expect(o.SOURCED_REVENUE_WON).toEqual({ current: 600_000, required: 500_000, met: true });
    expect(o.DEALS_WON).toEqual({ current: 1, required: 2, met: false });
  });

  it('a deal won 20 days ago counts; its registration long before the window does not matter', async () => {
    const { partner, client } = await freshPartner();
    const id = await won(client, 1_000, 'SOURCED', 500_000);
    await move(id, { createdAt: daysAgo(200), decidedAt: daysAgo(190), closedAt: daysAgo(20) });
    const m = await metrics(client, partner.id);
    expect(m.SOURCED_REVENUE_WON).toEqual({ current: 500_000, required: 500_000, met: true });
    expect(m.DEALS_WON.current).toBe(1);
    expect(m.SOURCED_PIPELINE.current).toBe(0);
    expect(m.REGISTERED_DEALS.current).toBe(0);
  });

  it('DEALS_WON without windowDays uses the 365-day default', async () => {
    const { partner, client } = await freshPartner('agency');
    const inside = await won(client, 1_000, 'INFLUENCED');
    await move(inside, { closedAt: daysAgo(200) });
    const outside = await won(client, 2_000, 'INFLUENCED');
    await move(outside, { closedAt: daysAgo(400) });
    const m = await metrics(client, partner.id);
    expect(m.DEALS_WON).toEqual({ current: 1, required: 1, met: true });
    // The 90-day revenue window excludes both (they are not SOURCED anyway): 0.
    expect(m.SOURCED_REVENUE_WON.current).toBe(0);
  });
});

describe('REGISTERED_DEALS', () => {
  it('counts registrations submitted in the window, whatever their status', async () => {
    const { partner, client } = await freshPartner();
    await register(client, 1_000, 'INFLUENCED');
    const rejected = await register(client, 1_000);
    await clients.VENDOR_ADMIN.ok(REJECT, { id: rejected });
    await won(client, 1_000, 'CO_SOLD');
    const old = await register(client, 1_000);
    await move(old, { createdAt: daysAgo(31) });
    expect((await metrics(client, partner.id)).REGISTERED_DEALS).toEqual({ current: 3, required: 3, met: true });
  });
});
