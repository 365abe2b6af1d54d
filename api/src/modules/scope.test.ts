import { describe, expect, it } from 'vitest';
import type { AppServices } from '../app-services.js';
import type { Em } from '../db/orm.js';
import { actorId, createScope, isVendor, partnerScope, requireUser, systemScope } from './scope.js';
import type { User } from './users/user.entity.js';

// No database: the helpers only read the actor.
const em = {} as Em;
const app = {} as AppServices;
const user = (role: User['role'], partnerId: string | null) => ({ id: `u-${role}`, role, partner: partnerId ? { id: partnerId } : null }) as unknown as User;

describe('scope', () => {
  it('a system scope acts as no user: no user id to audit, not vendor staff, no partner data', () => {
    const scope = systemScope(em, app);
    expect(scope.actor).toMatchObject({ kind: 'system' });
    expect(actorId(scope)).toBeNull();
    expect(isVendor(scope)).toBe(false);
    expect(() => requireUser(scope)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => partnerScope(scope)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(scope.clock()).toBeInstanceOf(Date);
  });

  it('confines partner users to their partner, refuses unlinked ones and leaves vendor staff unconfined', () => {
    expect(partnerScope(createScope({ em, app, actor: user('PARTNER_REP', 'p1') }))).toBe('p1');
    expect(() => partnerScope(createScope({ em, app, actor: user('PARTNER_REP', null) }))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    const vendor = createScope({ em, app, actor: user('VENDOR_ADMIN', null) });
    expect(partnerScope(vendor)).toBeNull();
    expect(isVendor(vendor)).toBe(true);
    expect(actorId(vendor)).toBe('u-VENDOR_ADMIN');
  });

  it('takes a clock', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    expect(createScope({ em, app, actor: null, clock: () => at }).clock()).toBe(at);
  });
});
