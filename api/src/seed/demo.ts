import type { EntityManager } from '@mikro-orm/core';
import { DEMO_PROGRAM, quarterOf } from '@tierwise/shared';
import type { Em } from '../db/orm.js';
import { recordConflicts } from '../modules/deals/deal.repository.js';
import { MdfFund, MdfRequest } from '../modules/mdf/mdf.entity.js';
import { OnboardingCompletion } from '../modules/onboarding/onboarding-completion.entity.js';
import { PartnerEvent } from '../modules/partner-events/partner-event.entity.js';
import type { Partner } from '../modules/partners/partner.entity.js';
import { User } from '../modules/users/user.entity.js';
import { makeCertification, makeCertificationPath, makeDeal, makePartner, makeProgram, makeUser } from './factories.js';

export const DEMO_PASSWORD = 'tierwise-demo';

export const DEMO_SIGN_INS = [
  { email: 'admin@tierwise.test', role: 'VENDOR_ADMIN' },
  { email: 'manager@tierwise.test', role: 'PARTNER_MANAGER' },
  { email: 'partner@tierwise.test', role: 'PARTNER_ADMIN' },
  { email: 'rep@tierwise.test', role: 'PARTNER_REP' },
] as const;

const DAY_MS = 24 * 3600 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY_MS);

const ESSENTIALS_COURSE = `# What the platform does

Tierwise customers use the platform to run their **partner programs**: tracks, tiers,
deal registration and market development funds.

## Three things to remember

- Every partner belongs to exactly one *track*.
- Tiers change what a partner **receives**, not only its badge.
- Criteria are measured, never negotiated.

Read more in the [partner handbook](https://example.com/handbook).`;

const essentialsModules = [
  { id: 'platform-overview', title: 'Platform overview', kind: 'COURSE' as const, content: ESSENTIALS_COURSE, questions: [] },
  {
    id: 'essentials-exam',
    title: 'Essentials exam',
    kind: 'EXAM' as const,
    content: null,
    questions: [
      { id: 'essentials-exam.q1', prompt: 'How many tracks does a partner belong to?', choices: ['None', 'Exactly one', 'As many as it likes'], answer: 1 },
      { id: 'essentials-exam.q2', prompt: 'What must a higher tier change?', choices: ['Only the badge', 'What the partner receives', 'The partner manager'], answer: 1 },
      { id: 'essentials-exam.q3', prompt: 'How are tier criteria set?', choices: ['Measured from outcomes', 'Negotiated per partner'], answer: 0 },
    ],
  },
];

async function events(em: EntityManager, partner: Partner, kinds: PartnerEvent['kind'][], at: Date) {
  for (const kind of kinds) em.create(PartnerEvent, { partnerId: partner.id, kind, firstAt: at });
  await em.flush();
}

/** Seed the demo program, partners and users into an empty database. Returns false when it was not empty. */
export async function seedDemoIfEmpty(em: EntityManager): Promise<boolean> {
  if ((await em.count(User, {})) > 0) return false;
  await em.transactional(async (tx) => {
    const program = await makeProgram(tx, DEMO_PROGRAM);
    program.publishedAt = daysAgo(40);
    await makeUser(tx, { role: 'VENDOR_ADMIN', email: 'admin@tierwise.test', name: 'Avery Admin', password: DEMO_PASSWORD });
    const manager = await makeUser(tx, { role: 'PARTNER_MANAGER', email: 'manager@tierwise.test', name: 'Morgan Manager', password: DEMO_PASSWORD });

    const essentials = await makeCertificationPath(tx, { key: 'platform-essentials', name: 'Platform essentials', modules: essentialsModules });
    await makeCertificationPath(tx, {
      key: 'integration-engineer',
      name: 'Integration engineer',
      trackKey: 'technology',
      passingScore: 70,
      modules: [
        { id: 'api-basics', title: 'API basics', kind: 'COURSE', content: '# The GraphQL API\n\nEvery integration talks to `/graphql` with a **Bearer** token.', questions: [] },
        {
          id: 'integration-exam',
          title: 'Integration exam',
          kind: 'EXAM',
          content: null,
          questions: [
            { id: 'integration-exam.q1', prompt: 'Which endpoint serves the API?', choices: ['/api', '/graphql', '/rest'], answer: 1 },
            { id: 'integration-exam.q2', prompt: 'How does an integration authenticate?', choices: ['A Bearer token', 'A shared password'], answer: 0 },
          ],
        },
      ],
    });

    // The demo partner sits one tier below the top of its track, part-way to Premier.
    const northwind = await makePartner(tx, { name: 'Northwind Integrations', domain: 'northwind.example', trackKey: 'technology', tierKey: 'registered', managerId: manager.id });
    Object.assign(northwind, {
      description: 'Integrations for mid-market finance teams.',
      regions: ['North America', 'EMEA'],
      contactName: 'Pat Partner',
      contactEmail: 'partner@tierwise.test',
      createdAt: daysAgo(35),
    });
    const pat = await makeUser(tx, { role: 'PARTNER_ADMIN', email: 'partner@tierwise.test', name: 'Pat Partner', password: DEMO_PASSWORD, partner: northwind });
    const riley = await makeUser(tx, { role: 'PARTNER_REP', email: 'rep@tierwise.test', name: 'Riley Rep', password: DEMO_PASSWORD, partner: northwind });
    tx.create(OnboardingCompletion, { partnerId: northwind.id, stepKey: 'sign-agreement', completedAt: daysAgo(34), completedById: pat.id });
    await events(tx, northwind, ['PROFILE_COMPLETED', 'FIRST_DEAL_REGISTERED', 'FIRST_DEAL_APPROVED'], daysAgo(30));
    await makeCertification(tx, riley, essentials, { certified: false });
    await makeDeal(tx, { partner: northwind, submittedBy: riley, customerName: 'Acme Analytics Inc.', customerDomain: 'acme-analytics.com', amount: 8_000_000, status: 'APPROVED', daysAgo: 30 });
    await makeDeal(tx, { partner: northwind, submittedBy: pat, customerName: 'Globex Corporation', customerDomain: 'globex.com', amount: 4_000_000, status: 'APPROVED', daysAgo: 12 });
    await makeDeal(tx, { partner: northwind, submittedBy: riley, customerName: 'Initech', customerDomain: 'initech.com', amount: 2_500_000, status: 'SUBMITTED', daysAgo: 3 });
    await makeDeal(tx, { partner: northwind, submittedBy: pat, customerName: 'Hooli', customerDomain: 'hooli.com', amount: 1_200_000, attribution: 'INFLUENCED', status: 'REJECTED', daysAgo: 20 });

    const brightpath = await makePartner(tx, { name: 'Brightpath Agency', domain: 'brightpath.example', trackKey: 'agency', tierKey: 'elite', status: 'ACTIVE', managerId: manager.id });
    Object.assign(brightpath, { description: 'A digital agency for retail brands.', regions: ['EMEA'], contactName: 'Blake Lead', contactEmail: 'lead@brightpath.example', createdAt: daysAgo(300) });
    const blake = await makeUser(tx, { role: 'PARTNER_ADMIN', email: 'lead@brightpath.example', name: 'Blake Lead', password: DEMO_PASSWORD, partner: brightpath });
    const casey = await makeUser(tx, { role: 'PARTNER_REP', email: 'casey@brightpath.example', name: 'Casey Consultant', password: DEMO_PASSWORD, partner: brightpath });
    tx.create(OnboardingCompletion, { partnerId: brightpath.id, stepKey: 'sign-agreement', completedAt: daysAgo(290), completedById: blake.id });
    await events(tx, brightpath, ['PROFILE_COMPLETED', 'FIRST_CERTIFICATION', 'FIRST_DEAL_REGISTERED', 'FIRST_DEAL_APPROVED', 'FIRST_DEAL_WON'], daysAgo(280));
    await makeCertification(tx, blake, essentials, { daysAgo: 100 });
    await makeCertification(tx, casey, essentials, { daysAgo: 60 });
    const won = (n: number, customer: string, domain: string, amount: number, ago: number) =>
      makeDeal(tx, {
        partner: brightpath,
        submittedBy: n % 2 ? blake : casey,
        customerName: customer,
        customerDomain: domain,
        amount,
        status: 'WON',
        daysAgo: ago,
        earning: { model: 'RESALE_MARGIN', trackKey: 'agency', tierKey: 'elite', programVersion: program.version, amount: Math.round((amount * 1500) / 10000) },
      });
    await won(1, 'Umbrella Retail', 'umbrella-retail.com', 9_000_000, 150);
    await won(2, 'Stark Outfitters', 'stark-outfitters.com', 6_500_000, 90);
    await won(3, 'Wayne Home', 'waynehome.com', 3_000_000, 45);
    const globex = await makeDeal(tx, { partner: brightpath, submittedBy: casey, customerName: 'Globex Corp', customerDomain: 'globex.com', amount: 5_000_000, status: 'SUBMITTED', daysAgo: 3 });
    await recordConflicts(tx as Em, globex);

    const contoso = await makePartner(tx, { name: 'Contoso Consulting', domain: 'contoso.example', trackKey: 'agency', tierKey: 'select' });
    const sam = await makeUser(tx, { role: 'PARTNER_ADMIN', email: 'sam@contoso.example', name: 'Sam Contoso', password: DEMO_PASSWORD, partner: contoso });
    const initech = await makeDeal(tx, { partner: contoso, submittedBy: sam, customerName: 'Initech Software', customerDomain: 'initech.io', amount: 1_800_000, status: 'SUBMITTED', daysAgo: 4 });
    await recordConflicts(tx as Em, initech);
    await tx.flush();

    await makePartner(tx, { name: 'Referly', domain: 'referly.example', trackKey: 'referral', tierKey: 'member', status: 'ACTIVE' });

    // MDF: this quarter's funds, with a paid, an approved and a waiting request.
    const quarter = quarterOf(new Date());
    const fund = tx.create(MdfFund, { partnerId: brightpath.id, quarter, allocated: 1_000_000, committed: 250_000, paid: 300_000, tierKeyAtAllocation: 'elite', createdAt: daysAgo(20) });
    const request = (attrs: Partial<MdfRequest>) =>
      tx.create(MdfRequest, { partnerId: brightpath.id, fundId: fund.id, quarter, submittedById: blake.id, status: 'SUBMITTED', activity: '', requestedAmount: 0, createdAt: daysAgo(10), ...attrs });
    request({ activity: 'Retail webinar series', description: 'Three webinars for store managers.', requestedAmount: 300_000, approvedAmount: 300_000, claimedAmount: 300_000, paidAmount: 300_000, status: 'PAID', createdAt: daysAgo(19), decidedAt: daysAgo(18), claimedAt: daysAgo(8), paidAt: daysAgo(6), claimResults: '412 registrations, 57 qualified leads.' });
    request({ activity: 'Trade show booth', description: 'RetailTech Europe, shared booth.', requestedAmount: 300_000, approvedAmount: 250_000, status: 'APPROVED', createdAt: daysAgo(9), decidedAt: daysAgo(8), claimDueAt: new Date(Date.now() + 82 * DAY_MS) });
    request({ activity: 'Customer case study', description: 'Video case study with Umbrella Retail.', requestedAmount: 150_000, status: 'SUBMITTED', createdAt: daysAgo(2) });
    tx.create(MdfFund, { partnerId: northwind.id, quarter, allocated: 500_000, committed: 0, paid: 0, tierKeyAtAllocation: 'registered', createdAt: daysAgo(5) });
  });
  return true;
}
