import { DEAL_MACHINE } from '@tierwise/shared';
import { describe, expect, it } from 'vitest';
import { t, useWorld, w } from '../test/use-world.js';
import { AppError } from '../errors/app-error.js';
import { Deal } from '../modules/deals/deal.entity.js';
import { dealInput } from '../test/world.js';
import { transitionRow } from './transition.js';

useWorld();

async function submittedDeal(): Promise<string> {
  const rep = await t.as(w.repOfA);
  const { registerDeal } = await rep.ok(`mutation($input: RegisterDealInput!) { registerDeal(input: $input) { id } }`, { input: dealInput() });
  return registerDeal.id;
}

describe('transitionRow', () => {
  it('refuses a change the shared machine does not allow with INVALID_STATE, before touching the row', async () => {
    const id = await submittedDeal();
    const wrong = transitionRow(t.em(), Deal, DEAL_MACHINE, { id }, 'SUBMITTED', 'WON');
    await expect(wrong).rejects.toBeInstanceOf(AppError);
    await expect(wrong).rejects.toMatchObject({ code: 'INVALID_STATE', message: 'A registration that is SUBMITTED cannot become WON.' });
    expect((await t.em().findOneOrFail(Deal, { id })).status).toBe('SUBMITTED');
  });

  it('changes the row only while it still has the expected status: one of two racing changes wins', async () => {
    const id = await submittedDeal();
    const [approve, reject] = await Promise.all([
      transitionRow(t.em(), Deal, DEAL_MACHINE, { id }, 'SUBMITTED', 'APPROVED', { decidedAt: new Date() }),
      transitionRow(t.em(), Deal, DEAL_MACHINE, { id }, 'SUBMITTED', 'REJECTED', { decidedAt: new Date() }),
    ]);
    expect([approve, reject].filter(Boolean)).toHaveLength(1);
    expect((await t.em().findOneOrFail(Deal, { id })).status).toBe(approve ? 'APPROVED' : 'REJECTED');
  });
});
