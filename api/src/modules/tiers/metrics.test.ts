import { describe, expect, it } from 'vitest';
import { makeUser } from '../../seed/factories.js';
import { Certification } from '../certifications/certification.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { User } from '../users/user.entity.js';
import {
  daysAgo, PARTNER_PROGRESS, ENROLL, TICK, UPDATE_PROFILE, t, w, clients, pathIds, freshPartner, progressOf, metrics, approved, won, certify, move, useMetricsApi,
} from './metrics.fixture.js';

/**
 * Tier metrics as partners and vendor staff see them: Partner.progress
 * measures each criterion of the held and the next tier over its own window.
 */
useMetricsApi();

describe('CERTIFIED_REPS', () => {
  it('counts distinct active users with an unexpired certification', async () => {
    const { partner, rep, client } = await freshPartner();
    const em = t.em();
    const users = [];
    for (let i = 0; i < 4; i++) users.push(await makeUser(em, { role: i === 0 ? 'PARTNER_ADMIN' : 'PARTNER_REP', partner }));
    const [admin, expiredUser, disabledUser, enrolledOnly] = await Promise.all(users.map((u) => t.as(u)));
    expect((await metrics(client, partner.id)).CERTIFIED_REPS).toEqual({ current: 0, required: 2, met: false });

    // The rep holds two certifications: counted once.
    await certify(client, pathIds[0]);
    await certify(client, pathIds[1]);
    expect((await metrics(client, partner.id)).CERTIFIED_REPS).toEqual({ current: 1, required: 2, met: false });

    // An expired certification does not count.
    const expiredCert = await certify(expiredUser);
    await t.em().nativeUpdate(Certification, { id: expiredCert }, { expiresAt: new Date(Date.now() - 1000) });
    // A disabled user does not count.
    await certify(disabledUser);
    await t.em().nativeUpdate(User, { id: users[2].id }, { disabledAt: new Date() });
    // Enrolled but not certified does not count.
    await enrolledOnly.ok(ENROLL, { pathId: pathIds[0] });
    // Another partner's certified users do not count.
    const other = await freshPartner();
    await certify(other.client);
    expect((await metrics(client, partner.id)).CERTIFIED_REPS).toEqual({ current: 1, required: 2, met: false });

    // A second active, certified user (an admin counts too) meets the criterion.
    await certify(admin);
    expect((await metrics(client, partner.id)).CERTIFIED_REPS).toEqual({ current: 2, required: 2, met: true });

    // When one of the rep's two certifications expires, the other still counts it.
    const repCerts = await t.em().find(Certification, { user: rep.id });
    expect(repCerts).toHaveLength(2);
    await t.em().nativeUpdate(Certification, { id: repCerts[0].id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await metrics(client, partner.id)).CERTIFIED_REPS.current).toBe(2);
    // When both expire, it no longer does.
    await t.em().nativeUpdate(Certification, { id: repCerts[1].id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await metrics(client, partner.id)).CERTIFIED_REPS).toEqual({ current: 1, required: 2, met: false });
  });
});

describe('ONBOARDING_COMPLETE and atRisk', () => {
  it('a partner at the entry tier (no criteria) is never at risk', async () => {
    const progress = await progressOf(clients.PARTNER_REP);
    expect(progress).toMatchObject({ currentTier: { key: 'registered' }, nextTier: { key: 'premier' }, atRisk: false });
    expect(progress.toNextTier.map((c) => c.metric)).toEqual(['SOURCED_PIPELINE', 'SOURCED_REVENUE_WON', 'DEALS_WON', 'REGISTERED_DEALS', 'CERTIFIED_REPS', 'ONBOARDING_COMPLETE']);
  });

  it('partner A holding premier with no pipeline is at risk, for itself and vendor staff', async () => {
    await t.em().nativeUpdate(Partner, { id: w.partnerA.id }, { tierKey: 'premier' });
    try {
      const own = await progressOf(clients.PARTNER_ADMIN);
      expect(own).toEqual({ currentTier: { key: 'premier' }, nextTier: null, toNextTier: [], atRisk: true });
      for (const role of ['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)
        expect((await clients[role].ok(PARTNER_PROGRESS, { id: w.partnerA.id })).partner.progress).toEqual(own);
    } finally {
      await t.em().nativeUpdate(Partner, { id: w.partnerA.id }, { tierKey: 'registered' });
    }
  });

  it('a partner meeting every criterion of its tier is not at risk; losing one criterion puts it at risk', async () => {
    const { partner, client } = await freshPartner();
    const em = t.em();
    const admin = await t.as(await makeUser(em, { role: 'PARTNER_ADMIN', partner }));
    const m0 = await metrics(client, partner.id);
    expect(m0.ONBOARDING_COMPLETE).toEqual({ current: 0, required: 1, met: false });

    // Onboarding: tick the agreement, complete the profile, certify (two certified users).
    await admin.ok(TICK);
    await admin.ok(UPDATE_PROFILE, { input: { description: 'Integrations', regions: ['EMEA'], contactName: 'Pat', contactEmail: 'pat@metrics.test' } });
    await certify(client);
    await certify(admin);
    // Deals: 1,000,000 sourced pipeline, 500,000 sourced revenue won, 2 won, 3 registered.
    await won(client, 400_000, 'SOURCED', 250_000);
    await won(client, 400_000, 'SOURCED', 250_000);
    await approved(client, 200_000);

    const met = await metrics(client, partner.id);
    expect(met).toEqual({
      SOURCED_PIPELINE: { current: 1_000_000, required: 1_000_000, met: true },
      SOURCED_REVENUE_WON: { current: 500_000, required: 500_000, met: true },
      DEALS_WON: { current: 2, required: 2, met: true },
      REGISTERED_DEALS: { current: 3, required: 3, met: true },
      CERTIFIED_REPS: { current: 2, required: 2, met: true },
      ONBOARDING_COMPLETE: { current: 1, required: 1, met: true },
    });

    // Placed at premier (as a review would), it is not at risk.
    await t.em().nativeUpdate(Partner, { id: partner.id }, { tierKey: 'premier' });
    expect(await progressOf(client)).toEqual({ currentTier: { key: 'premier' }, nextTier: null, toNextTier: [], atRisk: false });

    // One certification expires: CERTIFIED_REPS drops to 1 < 2, so it is at risk.
    const cert = await t.em().findOneOrFail(Certification, { user: { partner: partner.id } }, { orderBy: { createdAt: 'asc' } });
    await t.em().nativeUpdate(Certification, { id: cert.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await progressOf(client)).atRisk).toBe(true);
    const vendor = (await clients.VENDOR_ADMIN.ok(PARTNER_PROGRESS, { id: partner.id })).partner.progress;
    expect(vendor.atRisk).toBe(true);
    // What is missing for the tier it holds.
    const held = await client.ok(`{ myPartner { progress { currentTierCriteria { metric current required met } } } }`);
    expect(held.myPartner.progress.currentTierCriteria.filter((c: { met: boolean }) => !c.met)).toEqual([{ metric: 'CERTIFIED_REPS', current: 1, required: 2, met: false }]);
  });

  it('a won deal leaving the 30-day window puts a premier partner at risk', async () => {
    const { partner, client } = await freshPartner('agency');
    // Agency elite: SOURCED_PIPELINE >= 1,000 (90 days), SOURCED_REVENUE_WON >= 1,000 (90 days), DEALS_WON >= 1 (365 days).
    const id = await won(client, 1_000, 'SOURCED', 1_000);
    await t.em().nativeUpdate(Partner, { id: partner.id }, { tierKey: 'elite' });
    expect((await progressOf(client)).atRisk).toBe(false);
    await move(id, { closedAt: daysAgo(91) });
    // Still approved within 90 days and won within 365 days, but the revenue left its 90-day window.
    expect((await progressOf(client)).atRisk).toBe(true);
    await move(id, { closedAt: daysAgo(89) });
    expect((await progressOf(client)).atRisk).toBe(false);
  });
});
