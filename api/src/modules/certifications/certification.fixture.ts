import { afterAll, beforeAll, expect } from 'vitest';
import type { Partner } from '../partners/partner.entity.js';
import type { User } from '../users/user.entity.js';
import { makeUser } from '../../seed/factories.js';
import { startTestApi, type Client, type GqlResponse, type TestApi } from '../../test/harness.js';
import { clientsByRole, makeWorld, type World } from '../../test/world.js';

/**
 * What the certification tests share: documents, path inputs, one test API
 * per file with the world and three saved paths (useCertificationApi), and
 * helpers. The `let`s are live bindings: read them inside tests.
 */

export const PATH_FIELDS = `id key name trackKey validityDays passingScore modules { id title kind content questions { id prompt choices } }`;
export const SAVE_PATH = `mutation($input: CertificationPathInput!) { saveCertificationPath(input: $input) { ${PATH_FIELDS} } }`;
export const PATHS = `{ certificationPaths { ${PATH_FIELDS} } }`;
export const ANSWER_KEY = `query($pathId: ID!, $moduleId: ID!) { examAnswerKey(pathId: $pathId, moduleId: $moduleId) { prompt choices answer } }`;
export const CERT_FIELDS = `id status completedModuleIds certifiedAt expiresAt user { id } path { id key }`;
export const ENROLL = `mutation($pathId: ID!) { enroll(pathId: $pathId) { ${CERT_FIELDS} } }`;
export const COMPLETE = `mutation($certificationId: ID!, $moduleId: ID!) { completeModule(certificationId: $certificationId, moduleId: $moduleId) { ${CERT_FIELDS} } }`;
export const SUBMIT = `mutation($certificationId: ID!, $moduleId: ID!, $answers: [Int!]!) {
  submitExam(certificationId: $certificationId, moduleId: $moduleId, answers: $answers) { score passed certification { ${CERT_FIELDS} } } }`;
export const MY_CERTS = `{ myCertifications { ${CERT_FIELDS} } }`;

export const DAY = 24 * 3600 * 1000;
export type Role = 'VENDOR_ADMIN' | 'PARTNER_MANAGER' | 'PARTNER_ADMIN' | 'PARTNER_REP';

/** Answers of the "Final exam" of examPath(), in order. */
export const CORRECT = [2, 0, 3, 1, 1];
let seq = 0;
export const examPath = (overrides: Record<string, unknown> = {}) => ({
  key: `path-${++seq}`,
  name: `Integration basics ${seq}`,
  trackKey: null,
  validityDays: 365,
  passingScore: 80,
  modules: [
    { title: 'Introduction', kind: 'COURSE', content: '# Welcome' },
    {
      title: 'Final exam',
      kind: 'EXAM',
      questions: [
        { prompt: 'Which endpoint lists contacts?', choices: ['/a', '/b', '/contacts'], answer: 2 },
        { prompt: 'Is OAuth required?', choices: ['Yes', 'No'], answer: 0 },
        { prompt: 'Pick the webhook event', choices: ['w', 'x', 'y', 'z'], answer: 3 },
        { prompt: 'Rate limit per minute?', choices: ['60', '600'], answer: 1 },
        { prompt: 'Sandbox available?', choices: ['No', 'Yes'], answer: 1 },
      ],
    },
  ],
  ...overrides,
});
export const coursePath = (titles: string[], overrides: Record<string, unknown> = {}) => ({
  key: `courses-${++seq}`,
  name: `Courses ${seq}`,
  trackKey: null,
  validityDays: 30,
  passingScore: 100,
  modules: titles.map((title) => ({ title, kind: 'COURSE', content: `About ${title}` })),
  ...overrides,
});

export let t: TestApi;
export let w: World;
export let as: Record<Role, Client>;
export let adminOfB: Client;
export let repOfB: Client;
/** Paths saved once per file. */
export let openPath: any;
export let techPath: any;
export let agencyPath: any;

export function useCertificationApi() {
  beforeAll(async () => {
    t = await startTestApi();
    w = await makeWorld(t);
    as = await clientsByRole(t, w);
    adminOfB = await t.as(w.partnerAdminOfB);
    repOfB = await t.as(w.repOfB);
    openPath = await savePath(examPath({ key: 'open-path', name: 'Open to everyone' }));
    techPath = await savePath(coursePath(['Tech lesson'], { key: 'tech-only', name: 'Technology only', trackKey: 'technology' }));
    agencyPath = await savePath(coursePath(['Agency lesson'], { key: 'agency-only', name: 'Agency only', trackKey: 'agency' }));
  });
  afterAll(() => t.close());
}

export async function savePath(input: Record<string, unknown>) {
  return (await as.VENDOR_ADMIN.ok(SAVE_PATH, { input })).saveCertificationPath;
}
export function firstError(res: GqlResponse) {
  expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).toBeDefined();
  return res.errors![0];
}
export const fieldPaths = (res: GqlResponse) => (firstError(res).extensions.fields ?? []).map((f) => f.path);

/** A new user of a partner (default partner A) with a signed-in client. */
export async function newUser(partner: Partner = w.partnerA, role: Role = 'PARTNER_REP') {
  const user = await makeUser(t.em(), { role, partner });
  return { user, client: await t.as(user) };
}
export async function enroll(client: Client, pathId: string) {
  return (await client.ok(ENROLL, { pathId })).enroll;
}
export async function submit(client: Client, certificationId: string, answers: number[], moduleId = 'final-exam') {
  return client.gql(SUBMIT, { certificationId, moduleId, answers });
}
/** The raw response text, for checks that must not rely on parsing. */
export async function rawResponse(user: User, query: string, variables: Record<string, unknown> = {}) {
  const session = await t.api.services.sessions.create(user.id);
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, text: await res.text() };
}

// ------------------------------------------------------------------ saveCertificationPath
