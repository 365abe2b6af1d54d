/** Money is an integer count of minor units; this only formats it for people. */
export function formatMoney(minorUnits: number, currency: string, locale = 'en-US'): string {
  const digits = new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minorUnits / 10 ** digits);
}

/**
 * The largest amount of money any input may carry: 10^12 minor units (ten
 * billion in a two-decimal currency). Far above any real deal or fund, and
 * small enough that sums over every partner's amounts stay safe integers.
 */
export const MAX_AMOUNT = 1_000_000_000_000;

/** Why an amount of money is not acceptable (must be above zero, at most MAX_AMOUNT), or null. */
export function amountProblem(amount: number, what = 'The amount'): string | null {
  if (!(amount > 0)) return `${what} must be above zero.`;
  if (amount > MAX_AMOUNT) return `${what} may be at most ${MAX_AMOUNT.toLocaleString('en')} in minor units.`;
  return null;
}
