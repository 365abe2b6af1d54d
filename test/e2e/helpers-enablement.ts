import { expect, type Page } from '@playwright/test';

/** A course and an exam as the path editor's YAML; the course holds Markdown the portal must render safely. */
export function modulesYaml(course: string, exam: string) {
  return [
    `- title: ${course}`,
    '  kind: COURSE',
    '  content: |',
    '    ## How connectors work',
    '',
    '    Every connector **pulls** data on a schedule.',
    '',
    '    - Install it',
    '    - Configure it',
    '',
    '    <script>alert("not run")</script>',
    '',
    '    Read [the guide](https://docs.example.com/connectors), not [this](javascript:alert(1)).',
    '',
    '    <img src="x" onerror="alert(2)">',
    `- title: ${exam}`,
    '  kind: EXAM',
    '  questions:',
    '    - prompt: What does a connector do?',
    '      choices: [Pulls data, Sends faxes]',
    '      answer: Pulls data',
    '    - prompt: Which scheme do logo and API addresses use?',
    '      choices: [ftp, https]',
    '      answer: https',
  ].join('\n');
}

/** Creates a path through the console editor as the vendor admin; returns its page URL. */
export async function createPath(page: Page, { key, name, track }: { key: string; name: string; track: string }) {
  await page.goto('/console/certifications');
  await page.getByRole('link', { name: 'New path' }).click();
  await page.getByLabel('Key').fill(key);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Open to').selectOption({ label: track });
  await page.getByLabel('Passing score (%)').fill('100');
  await page.getByLabel('Modules (YAML or JSON)').fill(modulesYaml('Connector basics', 'Connector exam'));
  await page.getByRole('button', { name: 'Save path' }).click();
  await expect(page).toHaveURL(/\/console\/certifications\/[^/?]+\?saved=1$/);
  await expect(page.getByText('Path saved.')).toBeVisible();
  return new URL(page.url()).pathname;
}

