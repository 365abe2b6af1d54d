import { parseQuarter, quarterOf } from '@tierwise/shared';

/** Calendar quarters ("2026-Q4"), in UTC like the API. */
export function currentQuarter(now = new Date()): string {
  return quarterOf(now);
}

/** The quarter `n` quarters after `quarter` (negative: before). */
export function shiftQuarter(quarter: string, n: number): string {
  const q = parseQuarter(quarter);
  if (!q) throw new Error(`Not a quarter: ${quarter}`);
  const index = q.year * 4 + (q.quarter - 1) + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** First day of the quarter and first day of the next one (UTC). */
export function quarterBounds(quarter: string): { start: Date; end: Date } {
  const q = parseQuarter(quarter);
  if (!q) throw new Error(`Not a quarter: ${quarter}`);
  return { start: new Date(Date.UTC(q.year, (q.quarter - 1) * 3, 1)), end: new Date(Date.UTC(q.year, q.quarter * 3, 1)) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Q4 2026 (Oct–Dec)". */
export function quarterLabel(quarter: string): string {
  const q = parseQuarter(quarter);
  if (!q) return quarter;
  const first = (q.quarter - 1) * 3;
  return `Q${q.quarter} ${q.year} (${MONTHS[first]}–${MONTHS[first + 2]})`;
}

/** Quarters from `before` quarters back to `after` quarters ahead of `around`, oldest first. */
export function quarterRange(around: string, before: number, after: number): string[] {
  const out: string[] = [];
  for (let i = -before; i <= after; i++) out.push(shiftQuarter(around, i));
  return out;
}

/** A valid quarter from a query parameter, else the fallback. */
export function quarterParam(value: string | null | undefined, fallback: string): string {
  return value && parseQuarter(value) ? value.trim() : fallback;
}
