import { checkInput, fieldMessages, partnerProfileInput, type PartnerProfile } from '@tierwise/shared';

export const PROFILE_FIELDS = ['description', 'logoUrl', 'regions', 'contactName', 'contactEmail'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileValues = Record<ProfileField, string>;
export type ProfileInput = PartnerProfile;

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

/** The profile form through the shared updatePartnerProfile schema: the API checks the same again and stays the authority. */
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
  const checked = checkInput(partnerProfileInput, { ...values, regions: splitRegions(values.regions) });
  if (!checked.ok) return { ok: false, errors: fieldMessages(checked.fields), values };
  return { ok: true, values, input: checked.value };
}

/** What completes the PROFILE_COMPLETED onboarding step (the API's rule). */
export function profileIsComplete(p: ProfileInput): boolean {
  return Boolean(p.description && p.regions.length > 0 && p.contactName && p.contactEmail);
}
