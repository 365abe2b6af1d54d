import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { MdfStatusBadge } from '~/components/mdf-badges';
import { MdfClaimProof, MdfRequestSummary, MdfTimeline } from '~/components/mdf-request';
import { Card, PageHeader } from '~/components/page';
import { query } from '~/lib/api.server';
import { requirePartner } from '~/lib/auth.server';
import { formatDate } from '~/lib/format';
import { mdfNextStep } from '~/lib/mdf';
import { MdfRequestDetail } from '~/lib/mdf.server';
import { quarterLabel } from '~/lib/quarters';
import '~/styles/routes/mdf.css';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.request.activity ?? 'MDF request'} · Tierwise` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePartner(request);
  const result = await query(request, MdfRequestDetail, { id: params.id ?? '' });
  if (!result.mdfRequest) throw data({ message: 'There is no such request.' }, { status: 404 });
  return { request: result.mdfRequest, currency: result.program?.currency ?? 'USD' };
}

export default function PartnerMdfRequestPage() {
  const { request, currency } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader eyebrow={<Link to="/portal/mdf">Market development funds</Link>} title={request.activity} actions={<MdfStatusBadge status={request.status} />}>
        <p className="muted">
          {quarterLabel(request.quarter)} · {mdfNextStep(request)}
        </p>
      </PageHeader>

      {params.get('claimed') ? (
        <Alert tone="success" title="Claim sent">
          Your partner manager checks the proof of performance and pays the claim.
        </Alert>
      ) : null}

      {request.status === 'APPROVED' ? (
        <Alert tone="info" title="Approved: claim it">
          Claim by {formatDate(request.claimDueAt)} with proof of performance.{' '}
          <Link to={`/portal/mdf/${request.id}/claim`} className="button button--primary button--small">
            Claim now
          </Link>
        </Alert>
      ) : null}

      <div className="grid grid--2">
        <Card title="Request" id="request">
          <MdfRequestSummary request={request} currency={currency} reasonLabel="Reason given:" />
        </Card>
        <Card title="History" id="history">
          <MdfTimeline request={request} currency={currency} />
        </Card>
      </div>

      <Card title="Claim and proof of performance" id="claim">
        {request.claimedAt ? (
          <MdfClaimProof request={request} />
        ) : (
          <p className="muted">{request.status === 'APPROVED' ? 'Not claimed yet.' : 'No claim.'}</p>
        )}
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
