import { DEMO_PROGRAM, type ProgramDoc } from '@tierwise/shared';
import { afterAll, beforeAll } from 'vitest';
import type { Client, TestApi } from '../../test/harness.js';
import { startWorld, type Role, type World } from '../../test/world.js';
import { ProgramVersion } from './program-version.entity.js';

/**
 * What the program tests share: documents, one test API per file with the
 * world and a client per role (useProgramApi), and helpers. The `let`s are
 * live bindings: read them inside tests.
 */

export { firstError, fieldPaths } from '../../test/harness.js';
export type { Role };

export const PROGRAM_FIELDS = `id version name currency targetMetric reviewCadenceMonths dealProtectionDays dealReviewSlaHours publishedAt
  tracks { id key name motion incentiveModel
    tiers { id key name rank criteria { metric threshold windowDays } benefits { kind value } }
    onboardingSteps { id key title description completion } }`;
export const PROGRAM = `{ program { ${PROGRAM_FIELDS} } }`;
export const DRAFT = `{ programDraft { ${PROGRAM_FIELDS} } }`;
export const LINT = `{ programLint { severity rule path message } }`;
export const SAVE = `mutation($input: ProgramInput!) { saveProgramDraft(input: $input) { ${PROGRAM_FIELDS} } }`;
export const PUBLISH = `mutation { publishProgram { ${PROGRAM_FIELDS} } }`;

export let t: TestApi;
export let w: World;
export let clients: Record<Role, Client>;
export let admin: Client;
export let v1PublishedAt: Date;

export function useProgramApi() {
  beforeAll(async () => {
    ({ t, w, clients, admin } = await startWorld());
    v1PublishedAt = (await t.em().findOneOrFail(ProgramVersion, { version: 1 })).publishedAt!;
  });
  afterAll(() => t.close());
}

export const demo = (): ProgramDoc => structuredClone(DEMO_PROGRAM);

/** The program document a GraphQL Program shows (ids, ranks and null windows dropped). */
export function docOf(p: any): ProgramDoc {
  return {
    name: p.name,
    currency: p.currency,
    targetMetric: p.targetMetric,
    reviewCadenceMonths: p.reviewCadenceMonths,
    dealProtectionDays: p.dealProtectionDays,
    dealReviewSlaHours: p.dealReviewSlaHours,
    tracks: p.tracks.map((track: any) => ({
      key: track.key,
      name: track.name,
      motion: track.motion,
      incentiveModel: track.incentiveModel,
      tiers: track.tiers.map((tier: any) => ({
        key: tier.key,
        name: tier.name,
        criteria: tier.criteria.map((c: any) => (c.windowDays == null ? { metric: c.metric, threshold: c.threshold } : c)),
        benefits: tier.benefits,
      })),
      onboardingSteps: track.onboardingSteps.map((s: any) => ({ key: s.key, title: s.title, description: s.description, completion: s.completion })),
    })),
  };
}

export const published = async () => (await admin.ok(PROGRAM)).program;
export const versions = () => t.em().find(ProgramVersion, {}, { orderBy: { version: 'asc' } });
export const drafts = () => t.em().find(ProgramVersion, { status: 'DRAFT' });
export const save = async (doc: ProgramDoc) => (await admin.ok(SAVE, { input: doc })).saveProgramDraft;
