import { parse } from 'tldts';

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

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
export const addHours = (date: Date, hours: number) => new Date(date.getTime() + hours * 3600 * 1000);
