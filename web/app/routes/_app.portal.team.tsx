import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { invitableRoles, ROLE_LABELS } from '@tierwise/shared';
import { PeopleTable } from '~/components/enablement-people';
import { RouteErrorBoundary } from '~/components/errors';
import { InviteForm } from '~/components/invite-form';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { forbidden, requirePartner } from '~/lib/auth.server';
import { certifiedCount } from '~/lib/enablement';
import { handleInvite } from '~/lib/invite.server';
import '~/styles/routes/people.css';

export const meta: MetaFunction = () => [{ title: 'Team · Tierwise' }];

const Team = graphql(`
  query PartnerTeam {
    myPartner {
      id
      users {
        ...TeamMember
      }
    }
  }
`);

async function requirePartnerInviter(request: Request) {
  const user = await requirePartner(request);
  const roles = invitableRoles(user.role);
  if (roles.length === 0) forbidden('Only partner admins can invite people to the team.');
  return { user, roles };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePartner(request);
  const result = await query(request, Team);
  return {
    partnerName: user.partner.name,
    me: user.id,
    roles: invitableRoles(user.role),
    users: result.myPartner?.users ?? [],
    now: Date.now(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, roles } = await requirePartnerInviter(request);
  return handleInvite(request, await request.formData(), roles, user.partner.id);
}

export default function TeamPage() {
  const { partnerName, me, roles, users, now } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const certified = certifiedCount(users, now);
  return (
    <>
      <PageHeader eyebrow={partnerName} title="Team">
        <p className="muted">
          {users.length} {users.length === 1 ? 'person' : 'people'} · {certified} certified
        </p>
      </PageHeader>

      <Card title="People and certifications" id="people">
        <PeopleTable users={users} label="Team members" testId="team-table" now={now} me={me} none="None yet" empty={<EmptyState title="No one here yet" />} />
      </Card>

      {roles.length ? (
        <Card title="Invite a colleague" id="invite">
          <p className="muted">
            Invite the people who sell with you. A {ROLE_LABELS.PARTNER_REP.toLowerCase()} can register deals, take certifications and
            request funds; a {ROLE_LABELS.PARTNER_ADMIN.toLowerCase()} can also invite others.
          </p>
          <InviteForm roles={roles} result={result} />
        </Card>
      ) : (
        <p className="fine-print">Your partner admin invites new colleagues.</p>
      )}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
