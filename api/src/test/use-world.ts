import type { ProgramDoc } from '@tierwise/shared';
import { afterAll, beforeAll } from 'vitest';
import type { Client, TestApi } from './harness.js';
import { startWorld, type Role, type World } from './world.js';

/**
 * One test API per test file with the usual cast (see makeWorld) and a client
 * per role: call `useWorld()` at the top of the file, then read `t`, `w`,
 * `clients` and `admin` inside tests. They are live bindings, set before the
 * file's tests run; each test file gets its own (vitest isolates files).
 */
export let t: TestApi;
export let w: World;
export let clients: Record<Role, Client>;
export let admin: Client;

export function useWorld(program?: ProgramDoc) {
  beforeAll(async () => {
    ({ t, w, clients, admin } = await startWorld(program));
  });
  afterAll(() => t.close());
}
