import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { StatusBadge } from '~/components/badges';
import { DoneBadge } from '~/components/enablement-badges';
import { PeopleTable } from '~/components/enablement-people';
import { RouteErrorBoundary } from '~/components/errors';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { certifiedCount } from '~/lib/enablement';
import { formatDate } from '~/lib/format';
import '~/styles/routes/people.css';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Enablement · ${data?.partner.name ?? 'Partner'} · Tierwise` }];

const PartnerEnablement = graphql(`
  query PartnerEnablement($id: ID!) {
    partner(id: $id) {
      id
      name
      status
      track {
        name
      }
      onboarding {
        completedAt
        step {
          key
          title
          description
          completion
        }
      }
      users {
        ...TeamMember
      }
    }
  }
`);

const COMPLETION_LABELS = {
  MANUAL: 'Ticked by the partner',
  PROFILE_COMPLETED: 'When the profile is complete',
  FIRST_CERTIFICATION: 'At the first certification',
  FIRST_DEAL_REGISTERED: 'At the first registered deal',
  FIRST_DEAL_APPROVED: 'At the first approved deal',
  FIRST_DEAL_WON: 'At the first won deal',
} as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, 'partner:read-all');
  const result = await query(request, PartnerEnablement, { id: params.partnerId ?? '' });
  if (!result.partner) throw data({ message: 'There is no such partner.' }, { status: 404 });
  return { partner: result.partner, now: Date.now() };
}

export default function PartnerEnablementPage() {
  const { partner, now } = useLoaderData<typeof loader>();
  const done = partner.onboarding.filter((i) => i.completedAt).length;
  const certified = certifiedCount(partner.users, now);
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link to="/console/partners">Partners</Link> / <Link to={`/console/partners/${partner.id}`}>{partner.name}</Link>
          </>
        }
        title="Enablement"
        actions={<StatusBadge status={partner.status} />}
      >
        <p className="muted">{partner.track.name}</p>
      </PageHeader>

      <div className="de-stat-row">
        <div className="de-stat">
          <p className="de-stat-label">Onboarding</p>
          <p className="de-stat-value">
            {done} of {partner.onboarding.length}
          </p>
        </div>
        <div className="de-stat">
          <p className="de-stat-label">Certified people</p>
          <p className="de-stat-value" data-testid="certified-reps">
            {certified}
          </p>
        </div>
        <div className="de-stat">
          <p className="de-stat-label">Users</p>
          <p className="de-stat-value">{partner.users.length}</p>
        </div>
      </div>

      <Card title="Onboarding steps" id="onboarding" actions={<span className="muted">{done} of {partner.onboarding.length} done</span>}>
        {partner.onboarding.length ? (
          <ol className="checklist">
            {partner.onboarding.map((item) => (
              <li key={item.step.key} className={item.completedAt ? 'is-done' : 'is-todo'}>
                <span className="check" aria-hidden="true">
                  {item.completedAt ? '✓' : ''}
                </span>
                <div className="checklist-text">
                  <p className="checklist-title">
                    {item.step.title} <DoneBadge done={Boolean(item.completedAt)} />
                  </p>
                  <p className="fine-print">
                    {item.completedAt ? `Completed ${formatDate(item.completedAt)}` : COMPLETION_LABELS[item.step.completion]}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState title="No onboarding steps">The partner’s track has no onboarding steps.</EmptyState>
        )}
      </Card>

      <Card title="People and certifications" id="people">
        <PeopleTable
          users={partner.users}
          label="Users and certifications"
          testId="enablement-users"
          now={now}
          showSince
          none="None"
          empty={<EmptyState title="No users yet">Invite the partner’s admin from the partner page.</EmptyState>}
        />
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
