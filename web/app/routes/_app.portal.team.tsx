import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { invitableRoles, ROLE_LABELS } from '@tierwise/shared';
import { CertificationBadge } from '~/components/enablement-badges';
import { RouteErrorBoundary } from '~/components/errors';
import { InviteForm } from '~/components/invite-form';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { forbidden, requirePartner } from '~/lib/auth.server';
import { certifiedCount, daysUntil } from '~/lib/enablement';
import { formatDate } from '~/lib/format';
import { handleInvite } from '~/lib/invite.server';
import '~/styles/routes/people.css';

export const meta: MetaFunction = () => [{ title: 'Team · Tierwise' }];

const Team = graphql(`
  query PartnerTeam {
    myPartner {
      id
      users {
        id
        name
        email
        role
        certifications {
          id
          status
          certifiedAt
          expiresAt
          completedModuleIds
          path {
            id
            name
            modules {
              id
            }
          }
        }
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
        {users.length ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Team members">
            <table className="table table--top de-stack-table" data-testid="team-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Certifications</th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.id}>
                    <td>
                      <span className="text-strong">
                        {u.name}
                        {u.id === me ? <span className="muted"> (you)</span> : null}
                      </span>
                      <span className="cell-sub">{u.email}</span>
                    </td>
                    <td className="nowrap de-stack-muted">{ROLE_LABELS[u.role]}</td>
                    <td>
                      {u.certifications.length ? (
                        <ul className="cert-list">
                          {u.certifications.map((c) => {
                            const days = c.status === 'CERTIFIED' ? daysUntil(c.expiresAt, now) : null;
                            return (
                              <li key={c.id}>
                                <span className="cert-name">{c.path.name}</span>
                                <CertificationBadge status={c.status} small />
                                <span className={`fine-print${days !== null && days <= 30 ? ' de-warning-text' : ''}`}>
                                  {c.status === 'CERTIFIED'
                                    ? `expires ${formatDate(c.expiresAt)}`
                                    : c.status === 'EXPIRED'
                                      ? `expired ${formatDate(c.expiresAt)}`
                                      : `${c.completedModuleIds.length} of ${c.path.modules.length} modules`}
                                </span>
                              </li>
                            );
                          })}
                        </ul>
                      ) : (
                        <span className="muted">None yet</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState title="No one here yet" />
        )}
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
