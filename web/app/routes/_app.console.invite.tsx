import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { invitableRoles } from '@tierwise/shared';
import { RouteErrorBoundary } from '~/components/errors';
import { InviteForm } from '~/components/invite-form';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { handleInvite } from '~/lib/invite.server';

export const meta: MetaFunction = () => [{ title: 'Invite a user · Tierwise' }];

const PartnerChoices = graphql(`
  query InvitePartnerChoices {
    partners(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          status
        }
      }
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'user:invite-vendor-staff');
  const result = await query(request, PartnerChoices);
  return {
    roles: invitableRoles(user.role),
    partners: result.partners.edges.map((e) => e.node).filter((p) => p.status !== 'OFFBOARDED'),
    more: result.partners.totalCount > result.partners.edges.length,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'user:invite-vendor-staff');
  return handleInvite(request, await request.formData(), invitableRoles(user.role));
}

export default function InviteUserPage() {
  const { roles, partners, more } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <PageHeader title="Invite a user" />
      <Card>
        <p className="muted">
          Invite vendor staff (vendor admins, partner managers) with no partner, or a partner&rsquo;s admin or rep by choosing their partner.
          {more ? ' Only the first 100 partners are listed; invite others from their partner page.' : ''}
        </p>
        <InviteForm roles={roles} partners={partners} result={result} defaultRole="PARTNER_MANAGER" />
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
