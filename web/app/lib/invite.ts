import { isPartnerRole, isValidEmail, normaliseEmail, ROLES, type Role } from '@tierwise/shared';

export interface InviteInput {
  email: string;
  role: Role;
  partnerId: string | null;
}

export type InviteFieldErrors = Partial<Record<'email' | 'role' | 'partnerId', string>>;

/**
 * Reads and checks an invite form against what the inviter may do:
 * `allowedRoles` from invitableRoles(), and partner roles need a partner
 * while vendor roles must have none.
 */
export function parseInviteForm(
  form: FormData,
  allowedRoles: readonly Role[],
  fixedPartnerId?: string | null,
): { ok: true; input: InviteInput } | { ok: false; errors: InviteFieldErrors; values: Record<string, string> } {
  const email = normaliseEmail(String(form.get('email') ?? ''));
  const role = String(form.get('role') ?? '');
  const partnerId = fixedPartnerId !== undefined ? fixedPartnerId : String(form.get('partnerId') ?? '').trim() || null;
  const errors: InviteFieldErrors = {};
  if (!email) errors.email = 'Enter an email address.';
  else if (!isValidEmail(email)) errors.email = 'Enter a valid email address, like name@company.com.';
  if (!(ROLES as readonly string[]).includes(role) || !allowedRoles.includes(role as Role)) errors.role = 'Choose a role.';
  else if (isPartnerRole(role as Role) && !partnerId) errors.partnerId = 'Partner users belong to a partner: choose one.';
  else if (!isPartnerRole(role as Role) && partnerId) errors.partnerId = 'Vendor staff belong to no partner: choose “None”.';
  if (Object.keys(errors).length) return { ok: false, errors, values: { email, role, partnerId: partnerId ?? '' } };
  return { ok: true, input: { email, role: role as Role, partnerId } };
}

/** The link an invitee opens: `${origin}/invite/${token}`. */
export function invitationUrl(requestUrl: string, token: string): string {
  return `${new URL(requestUrl).origin}/invite/${encodeURIComponent(token)}`;
}
