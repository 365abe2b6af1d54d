/**
 * Money typed by people ("70,000.00") to integer minor units (7000000) and
 * back. Never through floating point: the digits are split as text.
 */

/** Minor-unit digits of a currency (USD 2, JPY 0), as formatMoney uses them. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export type MoneyParse = { ok: true; minor: number } | { ok: false; error: string };

/**
 * Parses an amount in currency units: "70000", "70000.5", "70,000.00",
 * "$ 70 000.00". Thousands separators (comma, space) and a leading currency
 * sign are ignored; the decimal separator is a dot. Returns minor units.
 */
export function parseMoneyInput(raw: string, currency = 'USD', { allowZero = false }: { allowZero?: boolean } = {}): MoneyParse {
  const digits = currencyDigits(currency);
  const text = raw
    .trim()
    .replace(/^[^\d\-+.,\s]{1,3}\s*/u, '') // a leading currency sign or code ("$", "US$", "EUR")
    .replace(/[\s\u00a0\u202f]/g, '');
  const example = digits > 0 ? `70000.${'0'.repeat(digits)}` : '70000';
  if (!text) return { ok: false, error: 'Enter an amount.' };
  if (text.startsWith('-')) return { ok: false, error: 'The amount must be above zero.' };
  // Commas only as thousands separators: 70,000 or 1,250,000.50
  if (text.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) {
    return { ok: false, error: `Enter a number like ${example} (use a dot for decimals).` };
  }
  const plain = text.replace(/,/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(plain);
  if (!match) return { ok: false, error: `Enter a number like ${example}.` };
  const [, whole, fraction = ''] = match;
  if (fraction.length > digits) {
    return {
      ok: false,
      error: digits === 0 ? `${currency} amounts have no decimals.` : `Use at most ${digits} decimal${digits === 1 ? '' : 's'}.`,
    };
  }
  const minorText = (whole + fraction.padEnd(digits, '0')).replace(/^0+(?=\d)/, '');
  if (minorText.length > 15 || Number(minorText) > Number.MAX_SAFE_INTEGER) return { ok: false, error: 'That amount is too large.' };
  const minor = Number(minorText);
  if (minor === 0 && !allowZero) return { ok: false, error: 'The amount must be above zero.' };
  return { ok: true, minor };
}

/** Minor units as the plain text an amount input shows: 7000000 → "70000.00". */
export function minorToInput(minor: number, currency = 'USD'): string {
  const digits = currencyDigits(currency);
  const negative = minor < 0;
  const text = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, '0');
  const whole = digits ? text.slice(0, -digits) : text;
  const fraction = digits ? text.slice(-digits) : '';
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
