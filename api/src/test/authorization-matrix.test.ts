import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fixtures, ROLES, outcomeOf, type Role } from './matrix-fixtures.js';
import { MUTATION_ROWS } from './matrix-rows-mutations.js';
import { F, NF, QUERY_ROWS, type Row, type Vars } from './matrix-rows.js';

/**
 * Authorization matrix: every query and mutation of the emitted schema
 * (api/schema.graphql) called by every role against objects of partner A, with
 * the expected outcome of each cell. An operation of the schema without a row
 * fails the first test, so a new operation cannot skip the matrix.
 *
 * Roles (columns): anon; rep = partner A's rep; partnerAdmin = partner A's admin;
 * otherPartnerAdmin = partner B's admin; manager = the partner manager, who is
 * partner A's manager; vendorAdmin. The partner manager is not confined to the
 * partners they manage: the services scope only partner users (partnerScope),
 * so the manager sees and acts on every partner like any vendor staff, within
 * the PARTNER_MANAGER permissions of shared/src/permissions.ts.
 *
 * Rows with `mutates` get fresh objects for every cell (setup runs per cell),
 * so the order of the cells does not matter; read-only rows share one setup.
 * Each cell runs on a session of its own (a logout cell ends only its own).
 *
 * "Another partner's ids give the same answer as a random id": rows with `scoped`
 * name the variable holding a partner-A object id; partner B's admin (and rep)
 * calling with it must get exactly the same code and message as with a random
 * UUID: NOT_FOUND (FORBIDDEN for B's rep where the role may not call it at all).
 *
 * How the test was checked to fail: flipping one cell (deal.otherPartnerAdmin
 * from NOT_FOUND to data, and auditLog.manager from data to FORBIDDEN) made the
 * `deal` and `auditLog` tests fail with a diff naming that role; deleting the
 * `vendorStaff` row made "has a row for every operation" fail naming it.
 * Both flips were reverted.
 */


const MATRIX: Record<string, Row> = { ...QUERY_ROWS, ...MUTATION_ROWS };


/** The operation names of the emitted schema. */
function schemaOperations(): string[] {
  const schema = buildSchema(fs.readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {})).sort();
}

/** `vars` with the value at the dotted `path` replaced. */
function withValue(vars: Vars, path: string, value: string): Vars {
  const copy = structuredClone(vars);
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key];
  node[keys.at(-1)!] = value;
  return copy;
}

let f: Fixtures;
beforeAll(async () => {
  f = await Fixtures.create();
});
afterAll(() => f.close());

describe('authorization matrix', () => {
  it('has a row for every query and mutation of the schema, and none for an operation it lacks', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(schemaOperations());
  });

  it.each(Object.keys(MATRIX))('%s', async (name) => {
    const row = MATRIX[name];
    const shared = row.mutates ? undefined : ((await row.setup?.(f)) ?? {});
    const got = {} as Record<Role, string>;
    const detail: Record<string, unknown> = {};
    for (const role of ROLES) {
      const s = shared ?? (await row.setup?.(f)) ?? {};
      const [query, variables] = row.call(f, s);
      const res = await (await f.client(role)).gql(query, variables);
      const isNull = !res.errors?.length && res.data?.[name] === null;
      // A null result where an object is due (or the reverse) is a wrong answer, not `data`.
      got[role] = isNull === !!row.nullFor?.includes(role) ? outcomeOf(res) : `data (${isNull ? 'null' : 'not null'})`;
      detail[role] = res.errors?.[0]?.message ?? res.data;
    }
    expect(got, `${name}: ${JSON.stringify(detail, null, 1)}`).toEqual(row.expect);
  });
});

describe("another partner's ids give the same answer as a random id", () => {
  const scoped = Object.entries(MATRIX).filter(([, row]) => row.scoped);

  // Partner B's admin may call every scoped operation: NOT_FOUND both ways. Partner B's rep
  // gets what its role gets (FORBIDDEN where partner A's rep is FORBIDDEN), the same both ways.
  it.each(scoped.flatMap(([name]) => (['otherPartnerAdmin', 'otherPartnerRep'] as const).map((who) => [name, who] as const)))('%s as %s', async (name, who) => {
    const row = MATRIX[name];
    const shared = row.mutates ? undefined : ((await row.setup?.(f)) ?? {});
    const answer = async (replace: boolean) => {
      const [query, variables = {}] = row.call(f, shared ?? (await row.setup?.(f)) ?? {});
      const res = await (await f.client(who)).gql(query, replace ? withValue(variables, row.scoped!, randomUUID()) : variables);
      return { code: outcomeOf(res), message: res.errors?.[0]?.message ?? JSON.stringify(res.data) };
    };
    const ofPartnerA = await answer(false);
    const random = await answer(true);
    expect(random.code).toBe(who === 'otherPartnerRep' && row.expect.rep === F ? F : NF);
    expect(ofPartnerA).toEqual(random);
  });
});
