export type CreatePartnerFieldErrors = Partial<Record<'name' | 'domain' | 'trackKey' | 'manager', string>>;

export interface CreatePartnerValues {
  name: string;
  domain?: string | null;
  trackKey: string;
  managerId?: string | null;
}

/** A domain as people type it ("https://www.Acme.com/") reduced to "acme.com". */
export function normaliseDomain(raw: string): string {
  let d = raw.trim().toLowerCase();
  d = d.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  d = d.split(/[/?#]/)[0] ?? '';
  d = d.replace(/:\d+$/, '').replace(/^www\./, '').replace(/\.$/, '');
  return d;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function parseCreatePartnerForm(
  form: FormData,
  myUserId: string,
): { ok: true; input: CreatePartnerValues } | { ok: false; errors: CreatePartnerFieldErrors; values: Record<string, string> } {
  const name = String(form.get('name') ?? '').trim();
  const rawDomain = String(form.get('domain') ?? '');
  const domain = rawDomain.trim() ? normaliseDomain(rawDomain) : '';
  const trackKey = String(form.get('trackKey') ?? '').trim();
  const manager = String(form.get('manager') ?? '');
  const errors: CreatePartnerFieldErrors = {};
  if (!name) errors.name = 'Enter the company name.';
  else if (name.length > 120) errors.name = 'Use at most 120 characters.';
  if (domain && !DOMAIN.test(domain)) errors.domain = 'Enter a domain like example.com.';
  if (!trackKey) errors.trackKey = 'Choose a track.';
  if (manager && manager !== 'me') errors.manager = 'Choose a manager from the list.';
  const values = { name, domain: rawDomain, trackKey, manager };
  if (Object.keys(errors).length) return { ok: false, errors, values };
  return { ok: true, input: { name, domain: domain || null, trackKey, managerId: manager === 'me' ? myUserId : null } };
}
