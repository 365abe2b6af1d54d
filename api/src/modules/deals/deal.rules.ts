import { parse } from 'tldts';
import type { FieldError } from '@tierwise/shared';

/** The lower-cased registrable domain of what a user typed (a domain, URL or email), or null. */
export function registrableDomain(raw: string): string | null {
  const text = raw.trim().toLowerCase();
  if (!text || text.length > 253) return null;
  const host = text.includes('@') && !text.includes('://') ? text.slice(text.lastIndexOf('@') + 1) : text;
  const parsed = parse(host);
  if (parsed.isIp || !parsed.isIcann || !parsed.domain) return null;
  return parsed.domain;
}

const DAY_MS = 24 * 3600 * 1000;

/** A close date is valid from today (UTC) on, up to five years ahead. */
export function closeDateProblem(date: Date, now = new Date()): string | null {
  if (Number.isNaN(date.getTime())) return 'Enter a date.';
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (date.getTime() < today) return 'The expected close date cannot be in the past.';
  if (date.getTime() > today + 5 * 366 * DAY_MS) return 'The expected close date is more than five years away.';
  return null;
}

export function collect(errors: (FieldError | null)[]): FieldError[] {
  return errors.filter((e): e is FieldError => e !== null);
}

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
export const addHours = (date: Date, hours: number) => new Date(date.getTime() + hours * 3600 * 1000);
