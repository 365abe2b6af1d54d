import { expect, test } from '@playwright/test';
import { DEMO, unique } from './helpers';
import { api, apiLogin, shoot, signedInPage } from './helpers-deals';
import { createPath } from './helpers-enablement';

/**
 * Enablement: certification paths (vendor editor), courses, exams without
 * JavaScript, the onboarding step FIRST_CERTIFICATION, team, profile, the
 * vendor's enablement view. Client addresses 100-139 belong to this spec.
 */

test('a rep completes a course and passes an exam without JavaScript; the onboarding step "Certify your first engineer" ticks', async ({ browser }) => {
  const id = unique();
  const name = `Connector specialist ${id}`;

  // The vendor admin creates the path in the editor; the editor checks what it is given.
  const admin = await signedInPage(browser, DEMO.admin, { client: 100 });
  await admin.page.goto('/console/certifications/new');
  await admin.page.getByLabel('Key').fill('Not A Key');
  await admin.page.getByLabel('Modules (YAML or JSON)').fill('- title: Exam\n  kind: EXAM\n  questions:\n    - prompt: Q\n      choices: [a, b]\n      answer: c\n');
  await admin.page.getByRole('button', { name: 'Save path' }).click();
  await expect(admin.page.getByLabel('Key')).toHaveAttribute('aria-invalid', 'true');
  await expect(admin.page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(admin.page.locator('#path-errors')).toContainText('modules.0.questions.0.answer');
  await createPath(admin.page, { key: `connectors-${id}`, name, track: 'Technology partners' });
  const saved = admin.page.getByTestId('modules-preview').last();
  await expect(saved).toContainText('How connectors work');
  await expect(saved.locator('.is-answer')).toHaveText(['✓ Pulls data (right answer)', '✓ https (right answer)']);
  // The editor loads the answers back (examAnswerKey) as choice texts.
  await expect(admin.page.getByLabel('Modules (YAML or JSON)')).toHaveValue(/answer: Pulls data[\s\S]*answer: https/);
  await admin.close();

  // The rep, JavaScript off.
  const rep = await signedInPage(browser, DEMO.rep, { client: 101, js: false });
  const page = rep.page;
  await page.goto('/portal');
  const step = page.locator('#onboarding li', { hasText: 'Certify your first engineer' });
  await expect(step).toContainText('To do');

  await page.goto('/portal/certifications');
  const card = page.locator('.path-card', { hasText: name });
  await expect(card).toContainText('Not started');
  await card.getByRole('button', { name: 'Enroll' }).click();
  await expect(page).toHaveURL(/\/portal\/certifications\/[^/]+\?enrolled=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByTestId('module-list')).toContainText('Connector basics');

  // The course: Markdown rendered safely, then "Mark complete".
  await page.getByRole('link', { name: 'Connector basics' }).click();
  const content = page.getByTestId('course-content');
  // `##` in the course is an h3 on the page: the page's own headings come first.
  await expect(content.getByRole('heading', { name: 'How connectors work', level: 3 })).toBeVisible();
  await expect(content.getByRole('link', { name: 'the guide' })).toHaveAttribute('href', 'https://docs.example.com/connectors');
  await expect(content.getByRole('link', { name: 'the guide' })).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(content.locator('a')).toHaveCount(1);
  await expect(content.locator('img, [onerror]')).toHaveCount(0);
  await expect(content).toContainText('<img src="x" onerror="alert(2)">');
  await expect(content.locator('strong')).toHaveText('pulls');
  await expect(content.locator('li')).toHaveText(['Install it', 'Configure it']);
  await expect(content).toContainText('<script>alert("not run")</script>');
  await expect(content.locator('script')).toHaveCount(0);
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByText('Marked complete.')).toBeVisible();
  await page.getByRole('link', { name: 'Next: Connector exam' }).click();

  // The exam: unanswered questions are named, a failed attempt can be retried.
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByText('Choose an answer.')).toHaveCount(2);
  await page.getByRole('group', { name: /What does a connector do/ }).getByLabel('Pulls data').check();
  await page.getByRole('group', { name: /Which scheme/ }).getByLabel('ftp').check();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByTestId('exam-score')).toHaveText('50%');
  await expect(page.getByTestId('exam-verdict')).toHaveText('Not passed');
  await page.getByRole('link', { name: 'Try again' }).click();
  await page.getByRole('group', { name: /What does a connector do/ }).getByLabel('Pulls data').check();
  await page.getByRole('group', { name: /Which scheme/ }).getByLabel('https').check();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByTestId('exam-score')).toHaveText('100%');
  await expect(page.getByTestId('exam-verdict')).toHaveText('Passed');
  await expect(page.getByText(`You are certified: ${name}`)).toBeVisible();

  await page.goto('/portal/certifications');
  await expect(page.locator('.path-card', { hasText: name })).toContainText('Certified');

  // The onboarding checklist on the partner home ticks FIRST_CERTIFICATION.
  await page.goto('/portal');
  await expect(step).toContainText('Done');
  await expect(step).not.toContainText('To do');

  // The team page shows the certification and its expiry, to the rep too.
  await page.goto('/portal/team');
  const riley = page.locator('[data-testid=team-table] tbody tr', { hasText: 'Riley Rep' });
  await expect(riley).toContainText(name);
  await expect(riley).toContainText(/Certified.*expires \d+ \w{3} \d{4}/);
  await expect(page.getByRole('button', { name: 'Create invitation' })).toHaveCount(0);
  await rep.close();
});

test('today’s exam attempts run out with a clear message', async ({ browser }) => {
  const id = unique();
  const adminToken = await apiLogin(DEMO.admin, 102);
  const saved = await api<{ saveCertificationPath: { id: string; modules: { id: string }[] } }>(
    `mutation ($input: CertificationPathInput!) { saveCertificationPath(input: $input) { id modules { id } } }`,
    {
      input: {
        key: `quiz-${id}`,
        name: `Quick quiz ${id}`,
        trackKey: null,
        validityDays: 30,
        passingScore: 100,
        modules: [{ title: 'Quiz', kind: 'EXAM', questions: [{ prompt: 'Two plus two?', choices: ['3', '4'], answer: 1 }] }],
      },
    },
    { token: adminToken, client: 102 },
  );
  const pathId = saved.saveCertificationPath.id;
  const moduleId = saved.saveCertificationPath.modules[0].id;
  // Use up today's attempts through the API (the limit is per person and exam).
  const token = await apiLogin(DEMO.partner, 102);
  const cert = await api<{ enroll: { id: string } }>('mutation ($pathId: ID!) { enroll(pathId: $pathId) { id } }', { pathId }, { token, client: 102 });
  let limited = false;
  for (let i = 0; i < 10 && !limited; i++) {
    try {
      await api('mutation ($c: ID!, $m: ID!) { submitExam(certificationId: $c, moduleId: $m, answers: [0]) { score } }', { c: cert.enroll.id, m: moduleId }, { token, client: 102 });
    } catch (e) {
      expect(String(e)).toContain('RATE_LIMITED');
      limited = true;
    }
  }
  expect(limited).toBe(true);

  const partner = await signedInPage(browser, DEMO.partner, { client: 103, js: false });
  await partner.page.goto(`/portal/certifications/${pathId}/modules/${moduleId}`);
  await partner.page.getByLabel('4', { exact: true }).check();
  await partner.page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(partner.page.getByText('You have used today’s attempts for this exam; try again tomorrow.')).toBeVisible();
  await expect(partner.page.getByLabel('4', { exact: true })).toBeChecked();
  await partner.close();
});

test('a partner admin completes the company profile; field errors show next to the fields', async ({ browser }) => {
  const admin = await signedInPage(browser, DEMO.partner, { client: 104, js: false });
  const page = admin.page;
  await page.goto('/portal/profile');
  await expect(page.getByText('Onboarding: Complete your company profile')).toBeVisible();
  await page.getByLabel('Description').fill('Integrations for mid-market finance teams, now with connectors.');
  await page.getByLabel('Regions').fill('North America, EMEA, APAC');
  await page.getByLabel('Logo URL (optional)').fill('http://insecure.example/logo.png');
  await page.getByLabel('Contact email').fill('not-an-email');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByLabel('Logo URL (optional)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#field-logoUrl-error')).toHaveText('Use an https:// address.');
  await expect(page.getByLabel('Contact email')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Regions')).toHaveValue('North America, EMEA, APAC');
  await page.getByLabel('Logo URL (optional)').fill('');
  await page.getByLabel('Contact email').fill('pat@northwind.example');
  await page.getByLabel('Contact name').fill('Pat Partner');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  await expect(page.getByText('Your profile is complete.')).toBeVisible();
  await page.goto('/portal/profile');
  await expect(page.getByLabel('Regions')).toHaveValue('North America, EMEA, APAC');
  await expect(page.getByLabel('Contact email')).toHaveValue('pat@northwind.example');
  await admin.close();

  const rep = await signedInPage(browser, DEMO.rep, { client: 105 });
  expect((await rep.page.goto('/portal/profile'))?.status()).toBe(403);
  await rep.close();
});

test('vendor staff see a partner’s onboarding and certified people; managers read paths without answers', async ({ browser }) => {
  const manager = await signedInPage(browser, DEMO.manager, { client: 106 });
  const page = manager.page;
  await page.goto('/console/partners');
  await page.getByRole('link', { name: 'Northwind Integrations' }).click();
  await expect(page).toHaveURL(/\/console\/partners\/[^/]+$/);
  const partnerPath = new URL(page.url()).pathname;
  await page.goto(`${partnerPath}/enablement`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enablement');
  const steps = page.locator('#onboarding');
  await expect(steps.locator('li', { hasText: 'Sign the partner agreement' })).toContainText('Done');
  await expect(steps.locator('li', { hasText: 'Certify your first engineer' })).toBeVisible();
  const users = page.getByTestId('enablement-users');
  await expect(users.locator('tr', { hasText: 'Riley Rep' })).toContainText('Platform essentials');
  await expect(page.getByTestId('certified-reps')).toHaveText(/^\d+$/);

  await page.goto('/console/certifications');
  await expect(page.getByRole('link', { name: 'New path' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Integration engineer' }).click();
  await expect(page.getByTestId('modules-preview')).toContainText('Which endpoint serves the API?');
  await expect(page.locator('.is-answer')).toHaveCount(0);
  await expect(page.getByLabel('Modules (YAML or JSON)')).toHaveCount(0);
  expect((await page.goto('/console/certifications/new'))?.status()).toBe(403);
  await manager.close();
});

for (const viewport of ['desktop', 'mobile'] as const) {
  for (const js of [true, false]) {
    const suffix = `${viewport}-${js ? 'js' : 'nojs'}`;
    test(`enablement pages screenshots ${suffix}`, async ({ browser }) => {
      test.setTimeout(90_000);
      const n = 110 + (viewport === 'mobile' ? 3 : 0) + (js ? 0 : 6);
      const rep = await signedInPage(browser, DEMO.rep, { client: n, js, viewport });
      const p = rep.page;
      await p.goto('/portal/certifications');
      await shoot(p, `certifications-${suffix}`);
      await p.getByRole('link', { name: 'Integration engineer' }).click();
      await expect(p.getByRole('heading', { level: 1 })).toHaveText('Integration engineer');
      const enroll = p.getByRole('button', { name: 'Enroll' });
      if (await enroll.count()) await enroll.click();
      await expect(p.getByTestId('module-list')).toBeVisible();
      await shoot(p, `certification-path-${suffix}`);
      await p.getByRole('link', { name: 'API basics' }).click();
      await expect(p.getByTestId('course-content')).toBeVisible();
      await shoot(p, `certification-course-${suffix}`);
      await p.goBack();
      await expect(p.getByTestId('module-list')).toBeVisible();
      await p.getByRole('link', { name: 'Integration exam' }).click();
      await expect(p.getByRole('heading', { level: 1 })).toHaveText('Integration exam');
      const submit = p.getByRole('button', { name: 'Submit answers' });
      if (await submit.count()) {
        await submit.click();
        await expect(p.getByText('Choose an answer.').first()).toBeVisible();
        await shoot(p, `certification-exam-errors-${suffix}`);
        // A failed attempt (one of today's five), for the result view.
        for (const group of await p.getByRole('group').all()) await group.getByRole('radio').first().check();
        await p.getByRole('button', { name: 'Submit answers' }).click();
        await expect(p.getByTestId('exam-verdict')).toBeVisible();
        await shoot(p, `certification-exam-result-${suffix}`);
      }
      await p.goto('/portal/team');
      await shoot(p, `team-rep-${suffix}`);
      await rep.close();

      const partner = await signedInPage(browser, DEMO.partner, { client: n + 1, js, viewport });
      await partner.page.goto('/portal/profile');
      await shoot(partner.page, `profile-${suffix}`);
      await partner.page.goto('/portal/team');
      await shoot(partner.page, `team-admin-${suffix}`);
      await partner.close();

      const admin = await signedInPage(browser, DEMO.admin, { client: n + 2, js, viewport });
      const a = admin.page;
      await a.goto('/console/certifications');
      await shoot(a, `console-certifications-${suffix}`);
      await a.getByRole('link', { name: 'Integration engineer' }).click();
      await expect(a.getByTestId('modules-preview')).toBeVisible();
      await shoot(a, `console-certification-editor-${suffix}`);
      await a.goto('/console/certifications/new');
      await a.getByRole('button', { name: 'Preview' }).click();
      await expect(a.locator('#preview')).toBeVisible();
      await shoot(a, `console-certification-preview-${suffix}`);
      await a.goto('/console/partners');
      await a.getByRole('link', { name: 'Northwind Integrations' }).click();
      await expect(a).toHaveURL(/\/console\/partners\/[^/]+$/);
      await a.goto(`${new URL(a.url()).pathname}/enablement`);
      await shoot(a, `console-partner-enablement-${suffix}`);
      await admin.close();
    });
  }
}
