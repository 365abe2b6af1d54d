import { DEMO_PROGRAM } from '@tierwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type Client, type GqlResponse, type TestApi } from '../../test/harness.js';
import { clientOf, clientsByRole, makeWorld, refusedTo, type World } from '../../test/world.js';
import { AuditEntry } from './audit-entry.entity.js';

const AUDIT = `query($first: Int, $after: String, $entityId: ID) {
  auditLog(first: $first, after: $after, entityId: $entityId) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id at action entityType entityId before after reason actor { id email role } } }
  }
}`;
const CREATE = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`;
const OFFBOARD = `mutation($partnerId: ID!, $reason: String!) { offboardPartner(partnerId: $partnerId, reason: $reason) { id } }`;
const SAVE = `mutation($input: ProgramInput!) { saveProgramDraft(input: $input) { version } }`;
const PUBLISH = `mutation { publishProgram { version } }`;
const INVITE = `mutation($email: String!, $role: Role!) { invite(email: $email, role: $role) { id } }`;

type Role = 'VENDOR_ADMIN' | 'PARTNER_MANAGER' | 'PARTNER_ADMIN' | 'PARTNER_REP';

let t: TestApi;
let w: World;
let clients: Record<Role, Client>;
const createdIds: string[] = [];
let offboardedId: string;
let invitationId: string;
const TIE_AT = new Date(Date.now() - 3600_000);

beforeAll(async () => {
  t = await startTestApi();
  w = await makeWorld(t);
  clients = await clientsByRole(t, w);

  for (let i = 1; i <= 12; i++) {
    const { createPartner } = await clients.PARTNER_MANAGER.ok(CREATE, { input: { name: `Audited Partner ${i}`, trackKey: 'agency' } });
    createdIds.push(createPartner.id);
  }
  offboardedId = createdIds[0];
  await clients.VENDOR_ADMIN.ok(OFFBOARD, { partnerId: offboardedId, reason: 'Stopped selling' });
  await clients.VENDOR_ADMIN.ok(SAVE, { input: { ...DEMO_PROGRAM, name: 'First draft' } });
  await clients.VENDOR_ADMIN.ok(SAVE, { input: { ...DEMO_PROGRAM, name: 'Second draft' } });
  await clients.VENDOR_ADMIN.ok(PUBLISH);
  invitationId = (await clients.PARTNER_ADMIN.ok(INVITE, { email: 'new-rep@alpha.test', role: 'PARTNER_REP' })).invite.id;

  // System entries sharing one timestamp: the cursor must tell them apart by id.
  const em = t.em();
  for (let i = 0; i < 5; i++)
    em.create(AuditEntry, { at: TIE_AT, actorId: null, action: 'system.tick', entityType: 'System', entityId: `tick-${i}`, before: null, after: null });
  await em.flush();
});
afterAll(() => t.close());

function firstError(res: GqlResponse) {
  expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).toBeDefined();
  return res.errors![0];
}
const fieldPaths = (res: GqlResponse) => (firstError(res).extensions.fields ?? []).map((f) => f.path);
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function pageThrough(client: Client, first: number, entityId?: string) {
  const seen: any[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let pages = 0; ; pages++) {
    expect(pages).toBeLessThan(200);
    const { auditLog }: { auditLog: any } = await client.ok(AUDIT, { first, after, entityId: entityId ?? null });
    totalCount = auditLog.totalCount;
    expect(auditLog.edges.length).toBeLessThanOrEqual(first);
    seen.push(...auditLog.edges.map((e: any) => e.node));
    if (auditLog.edges.length) expect(auditLog.pageInfo.endCursor).toBe(auditLog.edges.at(-1).cursor);
    if (!auditLog.pageInfo.hasNextPage) break;
    expect(auditLog.edges).toHaveLength(first);
    after = auditLog.pageInfo.endCursor;
  }
  return { seen, totalCount };
}

function expectNewestFirst(nodes: { at: string }[]) {
  for (let i = 1; i < nodes.length; i++)
    expect(new Date(nodes[i - 1].at).getTime(), `entry ${i - 1} is not older than entry ${i}`).toBeGreaterThanOrEqual(new Date(nodes[i].at).getTime());
}

describe('auditLog: who may read it', () => {
  it.each(refusedTo('PARTNER_ADMIN', 'PARTNER_REP'))('%s: %s', async (who, code) => {
    const client = clientOf(t, clients, who);
    expect(await client.code(AUDIT, { first: 10 })).toBe(code);
    // Also when asking about the partner's own entries.
    expect(await client.code(AUDIT, { first: 10, entityId: w.partnerA.id })).toBe(code);
  });

  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)('%s reads it', async (role) => {
    const { auditLog } = await clients[role].ok(AUDIT, { first: 5 });
    expect(auditLog.edges).toHaveLength(5);
    expect(auditLog.totalCount).toBe(await t.em().count(AuditEntry, {}));
  });
});

describe('auditLog: order and pagination', () => {
  it('lists newest first; the latest action comes first', async () => {
    const { createPartner } = await clients.VENDOR_ADMIN.ok(CREATE, { input: { name: 'Latest Partner', trackKey: 'referral' } });
    createdIds.push(createPartner.id);
    const { auditLog } = await clients.VENDOR_ADMIN.ok(AUDIT, { first: 50 });
    expect(auditLog.edges[0].node).toMatchObject({ action: 'partner.created', entityId: createPartner.id, actor: { id: w.vendorAdmin.id } });
    expectNewestFirst(auditLog.edges.map((e: any) => e.node));
    // The oldest entries are the system ones: the tie group, then the first publish of the world.
    const nodes = auditLog.edges.map((e: any) => e.node);
    expect(nodes.at(-1).action).toBe('system.tick');
  });

  it.each([1, 4, 7, 50, 100])('pages of %s visit every entry exactly once, in (at, id) descending order', async (first) => {
    const rows = await t.em().find(AuditEntry, {}, { orderBy: { at: 'desc', id: 'desc' } });
    const { seen, totalCount } = await pageThrough(clients.PARTNER_MANAGER, first);
    expect(totalCount).toBe(rows.length);
    expect(seen.map((n) => n.id)).toEqual(rows.map((r) => r.id));
    expect(new Set(seen.map((n) => n.id)).size).toBe(rows.length);
    expectNewestFirst(seen);
    // All five entries of the same instant are there.
    expect(seen.filter((n) => n.action === 'system.tick').map((n) => n.entityId).sort()).toEqual(['tick-0', 'tick-1', 'tick-2', 'tick-3', 'tick-4']);
  });

  it('the default page is 50 entries', async () => {
    const total = await t.em().count(AuditEntry, {});
    expect(total).toBeGreaterThan(0);
    const { auditLog } = await clients.VENDOR_ADMIN.ok(`{ auditLog { edges { node { id } } pageInfo { hasNextPage } } }`);
    expect(auditLog.edges).toHaveLength(Math.min(50, total));
    expect(auditLog.pageInfo.hasNextPage).toBe(total > 50);
  });

  it('after the last entry there is an empty page', async () => {
    const { auditLog } = await clients.VENDOR_ADMIN.ok(AUDIT, { first: 100 });
    expect(auditLog.pageInfo.hasNextPage).toBe(false);
    const rest = (await clients.VENDOR_ADMIN.ok(AUDIT, { first: 10, after: auditLog.pageInfo.endCursor })).auditLog;
    expect(rest.edges).toEqual([]);
    expect(rest.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it.each([0, -5, 101, 1000])('first: %s is BAD_USER_INPUT on first', async (first) => {
    const res = await clients.VENDOR_ADMIN.gql(AUDIT, { first });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(['first']);
  });

  it.each([
    ['garbage', 'garbage'],
    ['not base64', '%%%***'],
    ['an object', cursorOf({ at: 1 })],
    ['one value', cursorOf([Date.now()])],
    ['a null inside', cursorOf([Date.now(), null])],
  ])('a cursor that is %s is BAD_USER_INPUT on after', async (_label, after) => {
    const res = await clients.VENDOR_ADMIN.gql(AUDIT, { first: 10, after });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(['after']);
  });

  it.each([
    ['text where the time goes', cursorOf(['yesterday', 'some-id'])],
    ['a time out of range', cursorOf([1e20, 'some-id'])],
  ])('a well-formed cursor with %s is BAD_USER_INPUT, never an internal error', async (_label, after) => {
    const res = await clients.VENDOR_ADMIN.gql(AUDIT, { first: 10, after });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('auditLog: filter by entityId', () => {
  it("shows only that entity's entries, newest first, with their own count", async () => {
    const { auditLog } = await clients.VENDOR_ADMIN.ok(AUDIT, { first: 50, entityId: offboardedId });
    expect(auditLog.totalCount).toBe(2);
    expect(auditLog.edges.map((e: any) => e.node.action)).toEqual(['partner.offboarded', 'partner.created']);
    for (const e of auditLog.edges) expect(e.node).toMatchObject({ entityType: 'Partner', entityId: offboardedId });
  });

  it('pages within the filter', async () => {
    const { seen, totalCount } = await pageThrough(clients.PARTNER_MANAGER, 1, offboardedId);
    expect(totalCount).toBe(2);
    expect(seen.map((n) => n.action)).toEqual(['partner.offboarded', 'partner.created']);
    const ticks = await pageThrough(clients.PARTNER_MANAGER, 2, 'tick-3');
    expect(ticks.seen.map((n) => n.entityId)).toEqual(['tick-3']);
  });

  it('finds program versions by their id (v2) and nothing for an unknown id', async () => {
    const { auditLog } = await clients.VENDOR_ADMIN.ok(AUDIT, { first: 50, entityId: 'v2' });
    expect(auditLog.edges.map((e: any) => e.node.action)).toEqual(['program.published', 'program.draft_saved', 'program.draft_saved']);
    const none = (await clients.VENDOR_ADMIN.ok(AUDIT, { first: 50, entityId: 'no-such-entity' })).auditLog;
    expect(none).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });
});

describe('auditLog: entries', () => {
  const byEntity = async (entityId: string) => (await clients.VENDOR_ADMIN.ok(AUDIT, { first: 50, entityId })).auditLog.edges.map((e: any) => e.node);

  it('resolve the actor to the user who acted, of any role', async () => {
    const [created] = await byEntity(createdIds[1]);
    expect(created.actor).toEqual({ id: w.partnerManager.id, email: 'manager@vendor.test', role: 'PARTNER_MANAGER' });
    const [offboarded] = await byEntity(offboardedId);
    expect(offboarded.actor).toEqual({ id: w.vendorAdmin.id, email: 'admin@vendor.test', role: 'VENDOR_ADMIN' });
    const [invited] = await byEntity(invitationId);
    expect(invited).toMatchObject({ action: 'user.invited', actor: { id: w.partnerAdminOfA.id, role: 'PARTNER_ADMIN' } });
  });

  it('have a null actor for system entries', async () => {
    const [firstPublish] = await byEntity('v1');
    expect(firstPublish).toMatchObject({ action: 'program.published', actor: null });
    const [tick] = await byEntity('tick-0');
    expect(tick).toMatchObject({ action: 'system.tick', actor: null, before: null, after: null, reason: null });
    expect(new Date(tick.at).getTime()).toBe(TIE_AT.getTime());
  });

  it('carry before and after as JSON text, and the reason', async () => {
    const [created] = await byEntity(createdIds[2]);
    expect(created.before).toBeNull();
    expect(JSON.parse(created.after)).toMatchObject({ name: 'Audited Partner 3', trackKey: 'agency', tierKey: 'select', domain: null });
    expect(created.reason).toBeNull();

    const [offboarded] = await byEntity(offboardedId);
    expect(offboarded.reason).toBe('Stopped selling');
    expect(JSON.parse(offboarded.after)).toMatchObject({ status: 'OFFBOARDED' });

    const [published, secondSave, firstSave] = await byEntity('v2');
    expect(JSON.parse(published.before)).toEqual({ version: 1 });
    expect(JSON.parse(published.after)).toEqual({ version: 2 });
    expect(JSON.parse(secondSave.before).name).toBe('First draft');
    expect(JSON.parse(secondSave.after).name).toBe('Second draft');
    expect(firstSave.before).toBeNull();
    expect(JSON.parse(firstSave.after)).toEqual({ ...DEMO_PROGRAM, name: 'First draft' });
  });

  it('are added, never changed, by later actions', async () => {
    const before = await t.em().find(AuditEntry, { entityId: offboardedId }, { orderBy: { at: 'asc' } });
    expect(await clients.VENDOR_ADMIN.code(OFFBOARD, { partnerId: offboardedId, reason: 'Again' })).toBe('INVALID_STATE');
    const after = await t.em().find(AuditEntry, { entityId: offboardedId }, { orderBy: { at: 'asc' } });
    expect(after.map((e) => [e.id, e.action, e.at.getTime(), e.before, e.after, e.reason])).toEqual(
      before.map((e) => [e.id, e.action, e.at.getTime(), e.before, e.after, e.reason]),
    );
  });
});
