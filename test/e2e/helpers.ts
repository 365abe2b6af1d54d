import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'tierwise-demo';
export const DEMO = {
  admin: 'admin@tierwise.test',
  manager: 'manager@tierwise.test',
  partner: 'partner@tierwise.test',
  rep: 'rep@tierwise.test',
} as const;

/** Signs in through the /login form (works with JavaScript on or off). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, path = '/login') {
  await page.goto(path);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** A unique suffix for names and emails created by a test. */
export function unique(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/**
 * Headers that make a browser context look like its own client address. The
 * API limits sign-in attempts per address and the web forwards it; giving
 * each spec its own (documentation-range) address keeps specs independent.
 */
export function asClient(n: number): Record<string, string> {
  return { 'X-Forwarded-For': `198.51.100.${n}` };
}
