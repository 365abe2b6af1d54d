import { DriverException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormatError, variableFieldError } from '../graphql/errors.js';
import { MAX_TOKENS } from '../http/app.js';
import { startTestApi, type TestApi } from './harness.js';

/**
 * GraphQL over HTTP conformance of the real server (graphql-http's audits),
 * and the HTTP hygiene every response shares.
 */
let t: TestApi;
let production: TestApi;
beforeAll(async () => {
  t = await startTestApi();
  production = await startTestApi({ NODE_ENV: 'production' });
});
afterAll(async () => {
  await t.close();
  await production.close();
});

const post = (base: string, body: string, accept?: string) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) }, body });

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  it('passes every MUST and SHOULD audit', async () => {
    const audits = serverAudits({ url: () => `${t.url}/graphql` });
    const failed: string[] = [];
    for (const audit of audits) {
      if (audit.name.startsWith('MAY')) continue;
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push(`${result.name} (${result.id}): ${result.reason}`);
    }
    expect(failed).toEqual([]);
  });
});

describe('request errors over HTTP', () => {
  // Checked: with armor's maxTokens plugin back in app.ts (and no parseOptions), the syntax error and the
  // token refusal answer HTTP 500 (armor parses in a plugin hook) and the audits above fail too.
  it('answers a syntax error, a validation error and refused queries with 400 and the error in the body', async () => {
    const tooManyTokens = `{ ${'me { id } '.repeat(Math.ceil(MAX_TOKENS / 4))} }`;
    const tooDeep = `{ me { ${'partner { manager { '.repeat(6)}id${' } }'.repeat(6)} } }`;
    for (const query of ['{ me { id }', '{ nope }', tooManyTokens, tooDeep])
      for (const accept of [undefined, '*/*', 'application/graphql-response+json']) {
        const res = await post(t.url, JSON.stringify({ query }), accept);
        expect(res.status, `${query.slice(0, 30)} with ${accept}`).toBe(400);
        const body = (await res.json()) as { errors: { extensions: { code: string } }[]; data?: unknown };
        expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(body.data).toBeUndefined();
      }
  });

  it('answers 200 to a legacy client that accepts application/json only, as GraphQL over HTTP recommends', async () => {
    const res = await post(t.url, JSON.stringify({ query: '{ me { id }' }), 'application/json');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { errors: unknown[] }).errors).toHaveLength(1);
  });

  // Checked: without variableFieldError in errors.ts the coercion errors carry no fields (and the hostile-input cases fail).
  it('names the field of a variable that cannot be coerced', async () => {
    const res = await t.anon.gql(`query($f: DealFilter) { deals(filter: $f) { totalCount } }`, { f: { status: ['SUBMITTED', 'NOPE'] } });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'f.status.1' }] });
    expect(variableFieldError('Variable "$input" got invalid value 1.5 at "input.amount"; SafeInt cannot represent a non-integer value: 1.5')).toEqual({
      path: 'input.amount',
      message: 'SafeInt cannot represent a non-integer value: 1.5',
    });
    expect(variableFieldError('Variable "$id" of required type "ID!" was not provided.')).toMatchObject({ path: 'id' });
    expect(variableFieldError('Cannot query field "x" on type "Query".')).toBeNull();
  });
});

describe('hygiene', () => {
  // Checked: without the header middleware in app.ts every one of these lacks the header.
  it('sends X-Content-Type-Options: nosniff on every response', async () => {
    const responses = [
      await post(t.url, JSON.stringify({ query: '{ me { id } }' })),
      await post(t.url, JSON.stringify({ query: '{ nope }' })),
      await post(t.url, '{"query": '),
      await fetch(`${t.url}/healthz`),
      await fetch(`${t.url}/uploads/00000000-0000-4000-8000-000000000000`),
      await fetch(`${t.url}/uploads`, { method: 'POST' }),
      await fetch(`${t.url}/no-such-route`),
    ];
    for (const res of responses) expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
  });

  // Checked: without withoutSuggestions in errors.ts the production messages keep "Did you mean the enum value".
  it('hides enum-value (and argument) suggestions in production only', async () => {
    const literal = JSON.stringify({ query: '{ deals(orderBy: NEWES) { totalCount } }' });
    const variable = JSON.stringify({ query: 'query($o: DealOrder) { deals(orderBy: $o) { totalCount } }', variables: { o: 'NEWES' } });
    const argument = JSON.stringify({ query: '{ deals(frist: 2) { totalCount } }' });
    for (const body of [literal, variable, argument]) {
      expect(await (await post(t.url, body)).text()).toMatch(/Did you mean/);
      const hidden = await (await post(production.url, body)).text();
      expect(hidden).not.toMatch(/Did you mean|NEWEST|"first"/);
      expect(JSON.parse(hidden).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  // Checked: with the old formatError (development kept formatted.message) the SQL shows in the message and the stack.
  it("never shows a driver's SQL in an internal error, in development or production", () => {
    const sql = 'insert into "users" ("email") values (\'secret@alpha.test\') - value too long for type character varying(254)';
    const driverError = new DriverException(new Error(sql));
    for (const isProduction of [false, true]) {
      const logged: unknown[] = [];
      const format = createFormatError({ isProduction, logger: { error: (_m, e) => logged.push(e) } });
      const wrapped = new GraphQLError(sql, { originalError: driverError, path: ['login'] });
      const formatted = format({ message: sql, path: ['login'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: driverError.stack!.split('\n') } }, wrapped);
      expect(formatted.message).toBe('Something went wrong on our side. Try again, or contact support.');
      expect(JSON.stringify(formatted)).not.toMatch(/insert into|secret@alpha/);
      expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      if (!isProduction) expect((formatted.extensions?.stacktrace as string[]).slice(1).every((line) => /^\s+at /.test(line))).toBe(true);
      else expect(formatted.extensions?.stacktrace).toBeUndefined();
      expect(logged).toEqual([driverError]);
    }
  });
});
