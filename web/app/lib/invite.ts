import { checkInput, fieldMessages, invitePartnerProblem, inviteInput, type Role } from '@tierwise/shared';

export interface InviteInput {
  email: string;
  role: Role;
  partnerId: string | null;
}

export type InviteFieldErrors = Partial<Record<'email' | 'role' | 'partnerId', string>>;

/**
 * Reads an invite form through the shared invite schema, then what the
 * inviter may do: `allowedRoles` from invitableRoles(), and partner roles
 * need a partner while vendor roles have none (the API's rules).
 */
export function parseInviteForm(
  form: FormData,
  allowedRoles: readonly Role[],
  fixedPartnerId?: string | null,
): { ok: true; input: InviteInput } | { ok: false; errors: InviteFieldErrors; values: Record<string, string> } {
  const raw = {
    email: String(form.get('email') ?? ''),
    role: String(form.get('role') ?? ''),
    partnerId: fixedPartnerId !== undefined ? fixedPartnerId : String(form.get('partnerId') ?? ''),
  };
  const checked = checkInput(inviteInput, raw);
  const errors: InviteFieldErrors = checked.ok ? {} : fieldMessages(checked.fields);
  const role = raw.role as Role;
  if (!errors.role && !allowedRoles.includes(role)) errors.role = 'Choose a role.';
  const partnerProblem = errors.role ? null : invitePartnerProblem(role, raw.partnerId?.trim() || null);
  if (partnerProblem) errors.partnerId = partnerProblem.message;
  if (!checked.ok || Object.keys(errors).length) return { ok: false, errors, values: { email: raw.email.trim(), role: raw.role, partnerId: raw.partnerId ?? '' } };
  return { ok: true, input: checked.value };
}

/** The link an invitee opens: `${origin}/invite/${token}`. */
export function invitationUrl(requestUrl: string, token: string): string {
  return `${new URL(requestUrl).origin}/invite/${encodeURIComponent(token)}`;
}
