import { describe, expect, it } from 'vitest';
import { t, useWorld, w } from '../../test/use-world.js';
import { makeUser } from '../../seed/factories.js';
import { clientsByRole } from '../../test/world.js';
import { User } from './user.entity.js';

const STAFF = '{ vendorStaff { email role } }';

useWorld();

describe('vendorStaff', () => {
  it('lists the vendor staff who can sign in, by name, to vendor staff only', async () => {
    const gone = await makeUser(t.em(), { role: 'PARTNER_MANAGER', email: 'gone@vendor.test', name: 'Aaron Gone' });
    await t.em().nativeUpdate(User, { id: gone.id }, { disabledAt: new Date() });
    const as = await clientsByRole(t, w);
    const { vendorStaff } = await as.PARTNER_MANAGER.ok(STAFF);
    expect(vendorStaff.map((u: { email: string }) => u.email).sort()).toEqual(['admin@vendor.test', 'manager@vendor.test']);
    expect(await as.PARTNER_ADMIN.code(STAFF)).toBe('FORBIDDEN');
    expect(await as.PARTNER_REP.code(STAFF)).toBe('FORBIDDEN');
    expect(await t.anon.code(STAFF)).toBe('UNAUTHENTICATED');
  });
});
