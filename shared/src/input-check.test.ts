import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkInput, fieldMessages, inputAmount, inputText } from './input-check.js';

const schema = z.object({ name: inputText.required(10), notes: inputText.optional(5), amount: inputAmount() });

describe('checkInput', () => {
  it('reports every bad field in one pass, under the prefix', () => {
    const result = checkInput(schema, { name: '  ', notes: 'too long here', amount: 0 }, 'input');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(fieldMessages(result.fields)).toEqual({
      'input.name': 'Required.',
      'input.notes': 'At most 5 characters.',
      'input.amount': 'The amount must be above zero.',
    });
  });

  it('trims text and turns blank optional text into null', () => {
    expect(checkInput(schema, { name: ' Acme ', notes: '  ', amount: 5 })).toEqual({ ok: true, value: { name: 'Acme', notes: null, amount: 5 } });
  });

  it('refuses fractional and oversized amounts with the shared wording', () => {
    const result = checkInput(schema, { name: 'A', amount: 1.5 });
    expect(result.ok ? null : result.fields[0]).toEqual({ path: 'amount', message: 'The amount must be a whole number of minor units.' });
    const big = checkInput(schema, { name: 'A', amount: 2e12 });
    expect(big.ok ? null : big.fields[0]?.message).toMatch(/at most/);
  });
});
