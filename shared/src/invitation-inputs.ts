import { z } from './zod.js';
import { nameText } from './partner-inputs.js';
import { isValidEmail, normaliseEmail, passwordProblem } from './passwords.js';
import { isPartnerRole, ROLES, type Role } from './roles.js';

/**
 * The inputs of invite, acceptInvitation and login. Who may invite whom, and
 * which partner a partner admin's invitee joins, depend on the inviter and
 * stay in the API.
 */

const email = (missing: string) =>
  z
    .string({ error: missing })
    .transform(normaliseEmail)
    .superRefine((value, ctx) => {
      if (!value) ctx.addIssue({ code: 'custom', message: missing });
      else if (!isValidEmail(value)) ctx.addIssue({ code: 'custom', message: 'Enter a valid email address.' });
    });

/** A new password, by the rules of passwords.ts (checked before any hashing). */
export const newPassword = z.string({ error: 'Choose a password.' }).superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const inviteInput = z.object({
  email: email('Enter an email address.'),
  role: z.enum(ROLES, { error: 'Choose a role.' }),
  partnerId: z
    .string()
    .nullish()
    .transform((v) => v?.trim() || null),
});
export type InviteInput = z.input<typeof inviteInput>;

/**
 * Partner users belong to a partner, vendor staff to none (null when the
 * pair fits). Checked after who may invite whom, so the API keeps its order.
 */
export function invitePartnerProblem(role: Role, partnerId: string | null): { path: 'partnerId'; message: string } | null {
  if (isPartnerRole(role) && !partnerId) return { path: 'partnerId', message: 'Choose the partner this user belongs to.' };
  if (!isPartnerRole(role) && partnerId) return { path: 'partnerId', message: 'Vendor staff do not belong to a partner.' };
  return null;
}

export const acceptInvitationInput = z.object({
  name: nameText('Enter your name.'),
  password: newPassword,
});
export type AcceptInvitationInput = z.input<typeof acceptInvitationInput>;

/** Signing in: both present; whether they match an account is the API's answer. */
export const loginInput = z.object({
  email: z
    .string()
    .transform(normaliseEmail)
    .refine((v) => v.length > 0, { error: 'Enter your email address.' }),
  password: z.string().min(1, { error: 'Enter your password.' }),
});
export type LoginInput = z.input<typeof loginInput>;
