import type { Role } from '@tierwise/shared';
import { graphql } from '~/gql';
import { mutate } from './api.server';
import { apiFormErrors } from './form-errors';
import { invitationUrl, parseInviteForm, type InviteFieldErrors } from './invite';

const Invite = graphql(`
  mutation Invite($email: String!, $role: Role!, $partnerId: ID) {
    invite(email: $email, role: $role, partnerId: $partnerId) {
      id
      email
      role
      token
      expiresAt
    }
  }
`);

export type InviteActionData =
  | { intent: 'invite'; ok: true; email: string; url: string }
  | { intent: 'invite'; ok: false; formError?: string; fieldErrors?: InviteFieldErrors; values?: Record<string, string> };

/** Runs an invite form; the link is returned once, in this response only. */
export async function handleInvite(
  request: Request,
  form: FormData,
  allowedRoles: readonly Role[],
  fixedPartnerId?: string | null,
): Promise<InviteActionData> {
  const parsed = parseInviteForm(form, allowedRoles, fixedPartnerId);
  if (!parsed.ok) return { intent: 'invite', ok: false, fieldErrors: parsed.errors, values: parsed.values };
  const { email, role, partnerId } = parsed.input;
  const result = await mutate(request, Invite, { email, role, partnerId });
  if (!result.ok) {
    const { fieldErrors, formError } = apiFormErrors(result.error, ['email', 'role', 'partnerId']);
    return { intent: 'invite', ok: false, formError, fieldErrors: formError ? undefined : fieldErrors, values: { email, role, partnerId: partnerId ?? '' } };
  }
  return { intent: 'invite', ok: true, email: result.data.invite.email, url: invitationUrl(request.url, result.data.invite.token) };
}
