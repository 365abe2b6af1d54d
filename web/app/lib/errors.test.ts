import { describe, expect, it } from 'vitest';
import { ApiError, fieldErrorMap, messageForError, normaliseFields, statusForCode, toApiError } from './errors';

describe('toApiError', () => {
  it('carries extensions.code and the message', () => {
    const error = toApiError([{ message: 'No such partner', extensions: { code: 'NOT_FOUND' } }]);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('No such partner');
  });

  it('prefers the first error with a contract code', () => {
    const error = toApiError([
      { message: 'oops', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      { message: 'slow down', extensions: { code: 'RATE_LIMITED' } },
    ]);
    expect(error.code).toBe('RATE_LIMITED');
  });

  it('keeps NOT_IMPLEMENTED and its message for features the API has not shipped', () => {
    const error = toApiError([{ message: 'Deals are not available yet.', extensions: { code: 'NOT_IMPLEMENTED' } }]);
    expect(error.code).toBe('NOT_IMPLEMENTED');
    expect(messageForError(error)).toBe('Deals are not available yet.');
  });

  it('maps unknown codes to INTERNAL', () => {
    expect(toApiError([{ message: 'boom', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]).code).toBe('INTERNAL');
    expect(toApiError([{}]).code).toBe('INTERNAL');
  });

  it('reads extensions.fields', () => {
    const error = toApiError([
      { message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.name', message: 'Required.' }] } },
    ]);
    expect(error.fields).toEqual([{ path: 'input.name', message: 'Required.' }]);
  });
});

describe('normaliseFields', () => {
  it('accepts names, objects with path or field, path arrays and maps', () => {
    expect(normaliseFields(['email'])).toEqual([{ path: 'email', message: 'Invalid value.' }]);
    expect(normaliseFields([{ field: 'password', message: 'Too short' }])).toEqual([{ path: 'password', message: 'Too short' }]);
    expect(normaliseFields([{ path: ['tracks', 0, 'key'], message: 'Bad' }])).toEqual([{ path: 'tracks.0.key', message: 'Bad' }]);
    expect(normaliseFields({ email: 'Taken', name: ['Too', 'long'] })).toEqual([
      { path: 'email', message: 'Taken' },
      { path: 'name', message: 'Too long' },
    ]);
    expect(normaliseFields(undefined)).toEqual([]);
    expect(normaliseFields([42, null])).toEqual([]);
  });
});

describe('statusForCode and messages', () => {
  it.each([
    ['UNAUTHENTICATED', 401],
    ['FORBIDDEN', 403],
    ['NOT_FOUND', 404],
    ['BAD_USER_INPUT', 400],
    ['INVALID_STATE', 409],
    ['INSUFFICIENT_FUNDS', 409],
    ['RATE_LIMITED', 429],
    ['UNAVAILABLE', 503],
    ['NOT_IMPLEMENTED', 501],
    ['INTERNAL', 502],
  ] as const)('%s -> %i', (code, status) => {
    expect(statusForCode(code)).toBe(status);
  });

  it('words rate limiting for people', () => {
    expect(messageForError(new ApiError('RATE_LIMITED', 'Too many requests'))).toBe('Too many attempts, try again later.');
    expect(messageForError(new ApiError('BAD_USER_INPUT', 'Email is taken'))).toBe('Email is taken');
  });

  it('keys field errors by name, without a prefix', () => {
    expect(
      fieldErrorMap(
        [
          { path: 'input.name', message: 'Required.' },
          { path: 'input.name', message: 'Second' },
          { path: 'email', message: 'Bad' },
        ],
        'input',
      ),
    ).toEqual({ name: 'Required.', email: 'Bad' });
  });
});
