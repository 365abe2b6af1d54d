import { isValidEmail } from '@tierwise/shared';

export type ProfileField = 'description' | 'logoUrl' | 'regions' | 'contactName' | 'contactEmail';
export type ProfileValues = Record<ProfileField, string>;

export interface ProfileInput {
  description: string | null;
  logoUrl: string | null;
  regions: string[];
  contactName: string | null;
  contactEmail: string | null;
}

/** "North America, DACH;Nordics" (commas, semicolons or new lines) → unique trimmed regions, in order. */
export function splitRegions(raw: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of raw.split(/[,;\n]/)) {
    const region = part.trim().replace(/\s+/g, ' ');
    const key = region.toLowerCase();
    if (region && !seen.has(key)) {
      seen.add(key);
      out.push(region);
    }
  }
  return out;
}

/** The profile form; the API checks the same again and stays the authority. */
export function parseProfileForm(
  form: FormData,
): { ok: true; input: ProfileInput; values: ProfileValues } | { ok: false; errors: Partial<Record<ProfileField, string>>; values: ProfileValues } {
  const get = (k: ProfileField) => String(form.get(k) ?? '');
  // Regions may also come as several inputs named "regions".
  const regionValues = form.getAll('regions').map(String);
  const values: ProfileValues = {
    description: get('description'),
    logoUrl: get('logoUrl'),
    regions: regionValues.length > 1 ? regionValues.filter((r) => r.trim()).join(', ') : get('regions'),
    contactName: get('contactName'),
    contactEmail: get('contactEmail'),
  };
  const errors: Partial<Record<ProfileField, string>> = {};
  const description = values.description.trim();
  if (description.length > 2000) errors.description = 'At most 2000 characters.';
  const logoUrl = values.logoUrl.trim();
  if (logoUrl && !/^https:\/\/[^\s]+$/i.test(logoUrl)) errors.logoUrl = 'Use an https:// address.';
  else if (logoUrl.length > 500) errors.logoUrl = 'At most 500 characters.';
  const regions = splitRegions(values.regions);
  if (regions.length > 20) errors.regions = 'At most 20 regions.';
  else if (regions.some((r) => r.length > 60)) errors.regions = 'Each region has at most 60 characters.';
  const contactName = values.contactName.trim();
  if (contactName.length > 120) errors.contactName = 'At most 120 characters.';
  const contactEmail = values.contactEmail.trim().toLowerCase();
  if (contactEmail && !isValidEmail(contactEmail)) errors.contactEmail = 'Enter a valid email address, like name@example.com.';
  if (Object.keys(errors).length) return { ok: false, errors, values };
  return {
    ok: true,
    values,
    input: {
      description: description || null,
      logoUrl: logoUrl || null,
      regions,
      contactName: contactName || null,
      contactEmail: contactEmail || null,
    },
  };
}

/** What completes the PROFILE_COMPLETED onboarding step (the API's rule). */
export function profileIsComplete(p: ProfileInput): boolean {
  return Boolean(p.description && p.regions.length > 0 && p.contactName && p.contactEmail);
}
