import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { invitableRoles, ROLE_LABELS } from '@tierwise/shared';
import { RouteErrorBoundary } from '~/components/errors';
import { InviteForm } from '~/components/invite-form';
import { Card, PageHeader } from '~/components/page';
import { forbidden, requirePartner } from '~/lib/auth.server';
import { handleInvite } from '~/lib/invite.server';

export const meta: MetaFunction = () => [{ title: 'Team · Tierwise' }];

async function requirePartnerInviter(request: Request) {
  const user = await requirePartner(request);
  const roles = invitableRoles(user.role);
  if (roles.length === 0) forbidden('Only partner admins can invite people to the team.');
  return { user, roles };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, roles } = await requirePartnerInviter(request);
  return { partnerName: user.partner.name, roles };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, roles } = await requirePartnerInviter(request);
  return handleInvite(request, await request.formData(), roles, user.partner.id);
}

export default function TeamPage() {
  const { partnerName, roles } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <PageHeader eyebrow={partnerName} title="Team" />
      <Card title="Invite a colleague" id="invite">
        <p className="muted">
          Invite the people who sell with you. A {ROLE_LABELS.PARTNER_REP.toLowerCase()} can register deals, take certifications and
          request funds; a {ROLE_LABELS.PARTNER_ADMIN.toLowerCase()} can also invite others.
        </p>
        <InviteForm roles={roles} result={result} />
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
