import { z } from './zod.js';
import { inputText } from './input-check.js';
import { DOMAIN_PATTERN, normaliseDomain } from './partners.js';
import { isValidEmail } from './passwords.js';

/**
 * The inputs of createPartner and updatePartnerProfile: their shape and
 * limits. What needs the database (the track exists in the published
 * program, the manager is vendor staff) stays in the API's use cases.
 */

export const PARTNER_NAME_MAX = 120;
export const PROFILE_LIMITS = { description: 2000, logoUrl: 500, regions: 20, region: 60, contactName: 120, contactEmail: 254 } as const;

/** A person's or a company's name: trimmed, required, at most 120 characters. */
export function nameText(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(PARTNER_NAME_MAX, { error: `Use at most ${PARTNER_NAME_MAX} characters.` });
}

export const createPartnerInput = z.object({
  name: nameText('Enter the company name.'),
  domain: z
    .string()
    .nullish()
    .transform((raw) => (raw?.trim() ? normaliseDomain(raw) : null))
    .refine((domain) => domain === null || DOMAIN_PATTERN.test(domain), { error: 'Enter a domain like example.com.' }),
  trackKey: z.string({ error: 'Choose a track.' }).trim().min(1, { error: 'Choose a track.' }),
  managerId: z
    .string()
    .nullish()
    .transform((v) => v || null),
});
export type CreatePartnerInput = z.input<typeof createPartnerInput>;
export type CreatePartnerValues = z.output<typeof createPartnerInput>;

const emailText = (max: number) =>
  inputText
    .optional(max)
    .transform((v) => v?.toLowerCase() ?? null)
    .refine((v) => v === null || isValidEmail(v), { error: 'Enter a valid email address.' });

export const partnerProfileInput = z.object({
  description: inputText.optional(PROFILE_LIMITS.description),
  logoUrl: inputText
    .optional(PROFILE_LIMITS.logoUrl)
    .refine((v) => v === null || /^https:\/\/[^\s]+$/i.test(v), { error: 'Use an https:// address.' }),
  regions: z
    .array(z.string(), { error: 'At most 20 regions of 60 characters.' })
    .nullish()
    .transform((list) => [...new Set((list ?? []).map((r) => r.trim()).filter(Boolean))])
    .refine((list) => list.length <= PROFILE_LIMITS.regions && list.every((r) => r.length <= PROFILE_LIMITS.region), {
      error: `At most ${PROFILE_LIMITS.regions} regions of ${PROFILE_LIMITS.region} characters.`,
    }),
  contactName: inputText.optional(PROFILE_LIMITS.contactName),
  contactEmail: emailText(PROFILE_LIMITS.contactEmail),
});
export type PartnerProfileInput = z.input<typeof partnerProfileInput>;
export type PartnerProfile = z.output<typeof partnerProfileInput>;
