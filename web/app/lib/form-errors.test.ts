import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { apiFormErrors } from './form-errors';

describe('apiFormErrors', () => {
  it('keeps the fields the form shows, renamed where the form names them differently', () => {
    const error = new ApiError('BAD_USER_INPUT', 'bad', [
      { path: 'input.name', message: 'Enter the company name.' },
      { path: 'input.managerId', message: 'Choose a partner manager from the vendor staff.' },
      { path: 'input.unknown', message: 'Not on the form.' },
    ]);
    expect(apiFormErrors(error, ['name', 'manager'], 'input', { managerId: 'manager' })).toEqual({
      fieldErrors: { name: 'Enter the company name.', manager: 'Choose a partner manager from the vendor staff.' },
    });
  });

  it('falls back to one form message when no shown field is named', () => {
    const result = apiFormErrors(new ApiError('FORBIDDEN', 'no'), ['email']);
    expect(result.fieldErrors).toEqual({});
    expect(result.formError).toBe('Your role cannot do this.');
  });
});
