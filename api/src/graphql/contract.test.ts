import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config/env.js';
import { getSchema } from './schema.js';

const CONTRACT = path.join(REPO_ROOT, '../shared/contract/schema.graphql');
const EMITTED = path.join(REPO_ROOT, 'api/schema.graphql');

describe('the public contract', () => {
  it('builds in the same graphql realm as Apollo and type-graphql', async () => {
    // A second copy of graphql ("another module or realm") would fail this instanceof.
    expect(await getSchema()).toBeInstanceOf(GraphQLSchema);
  });

  it('is contained, unchanged, in the emitted schema', async () => {
    const contract = buildSchema(fs.readFileSync(CONTRACT, 'utf8'));
    const emitted = await getSchema();
    expect(findBreakingChanges(contract, emitted)).toEqual([]);
  });

  it('matches the checked-in api/schema.graphql (EMIT_SCHEMA=1 rewrites it)', async () => {
    const sdl = `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
    if (process.env.EMIT_SCHEMA === '1') fs.writeFileSync(EMITTED, sdl);
    expect(fs.readFileSync(EMITTED, 'utf8'), 'run: pnpm --filter @tierwise/api schema:emit').toBe(sdl);
  });
});
