import { describe, expect, it } from 'vitest';
import { APPROVE, LIST, mdfKit, REJECT } from '../../test/mdf-kit.js';
import { MdfRequest } from './mdf.entity.js';

const kit = mdfKit();
const { t, vendor, manager, repOfA, freshPartner, request } = kit;

describe('mdfRequests', () => {
  it("shows partner users only their partner's requests, vendor staff all, with status filters and cursors", async () => {
    const c = await freshPartner();
    const d = await freshPartner('agency', 'select');
    const mine: string[] = [];
    for (let i = 0; i < 5; i++) mine.push((await request(i % 2 ? c.adminClient : c.repClient, 10_000 + i)).id);
    const theirs = [(await request(d.repClient, 10_000)).id, (await request(d.adminClient, 20_000)).id];
    await vendor.ok(APPROVE, { id: mine[1] });
    await vendor.ok(REJECT, { id: mine[3], reason: 'no' });

    const seenByC = (await c.repClient.ok(LIST, { first: 100 })).mdfRequests;
    expect(seenByC.totalCount).toBe(5);
    expect(seenByC.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([...mine].reverse());
    expect(seenByC.edges.every((e: { node: { partner: { id: string } } }) => e.node.partner.id === c.partner.id)).toBe(true);
    expect(await c.adminClient.code(LIST, { partnerId: d.partner.id })).toBe('NOT_FOUND');
    expect((await d.adminClient.ok(LIST, {})).mdfRequests.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([...theirs].sort());

    const all = (await manager.ok(LIST, { first: 100 })).mdfRequests;
    expect(all.totalCount).toBe(await t.em().count(MdfRequest, {}));
    const allIds = all.edges.map((e: { node: { id: string } }) => e.node.id);
    for (const id of [...mine, ...theirs]) expect(allIds).toContain(id);
    expect((await vendor.ok(LIST, { partnerId: d.partner.id })).mdfRequests.totalCount).toBe(2);

    const approvedOnly = (await c.adminClient.ok(LIST, { status: ['APPROVED'] })).mdfRequests;
    expect(approvedOnly).toMatchObject({ totalCount: 1, edges: [{ node: { id: mine[1], status: 'APPROVED' } }] });
    const decided = (await vendor.ok(LIST, { partnerId: c.partner.id, status: ['APPROVED', 'REJECTED'] })).mdfRequests;
    expect(decided.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([mine[1], mine[3]].sort());
    const waiting = (await c.repClient.ok(LIST, { status: ['SUBMITTED'] })).mdfRequests;
    expect(waiting.totalCount).toBe(3);

    // Walk in pages of two.
    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const conn: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string } }[] } = (
        await c.adminClient.ok(LIST, { first: 2, after })
      ).mdfRequests;
      expect(conn.totalCount).toBe(5);
      expect(conn.edges.length).toBeLessThanOrEqual(2);
      walked.push(...conn.edges.map((e) => e.node.id));
      if (conn.edges.length) expect(conn.pageInfo.endCursor).toBe(conn.edges.at(-1)!.cursor);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(walked).toEqual([...mine].reverse());
  });

  it('pages correctly through requests created in the same instant', async () => {
    const p = await freshPartner();
    const ids = (await Promise.all(Array.from({ length: 7 }, () => request(p.repClient, 1000)))).map((r) => r.id);
    const at = new Date(Date.now() - 60_000);
    await t.em().nativeUpdate(MdfRequest, { id: { $in: ids } }, { createdAt: at });
    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const conn: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } = (
        await p.adminClient.ok(LIST, { first: 3, after })
      ).mdfRequests;
      walked.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(walked).toHaveLength(7);
    expect(new Set(walked)).toEqual(new Set(ids));
  });

  it('refuses bad page sizes and cursors as bad input', async () => {
    expect(await repOfA.code(LIST, { first: 0 })).toBe('BAD_USER_INPUT');
    expect(await repOfA.code(LIST, { first: 101 })).toBe('BAD_USER_INPUT');
    expect(await repOfA.code(LIST, { after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    expect(await t.anon.code(LIST, {})).toBe('UNAUTHENTICATED');
  });
});

kit.checksTheLedger();
