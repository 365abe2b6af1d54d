import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { formatMoney, MDF_ACTIVITY_MAX, MDF_DESCRIPTION_MAX } from '@tierwise/shared';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert, Field, SelectField, TextareaField } from '~/components/form';
import { SubmitRow } from '~/components/form-actions';
import { FundBalance, MdfStatusBadge } from '~/components/mdf-badges';
import { Card, EmptyState, PageHeader, Pagination } from '~/components/page';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePartner, requirePermission } from '~/lib/auth.server';
import { formatDate } from '~/lib/format';
import { mdfNextStep } from '~/lib/mdf';
import { apiFormErrors, checkRequestForm, formText } from '~/lib/mdf-forms';
import { MdfFundQuery } from '~/lib/mdf.server';
import { currentQuarter, quarterLabel, quarterParam, quarterRange } from '~/lib/quarters';
import '~/styles/routes/mdf.css';

export const meta: MetaFunction = () => [{ title: 'Market development funds · Tierwise' }];

const PAGE_SIZE = 20;

const PartnerMdf = graphql(`
  query PartnerMdf($first: Int, $after: String) {
    program {
      currency
      mdfClaimWindowDays
    }
    mdfRequests(first: $first, after: $after) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges {
        node {
          ...MdfRequestFields
        }
      }
    }
  }
`);

const RequestMdf = graphql(`
  mutation RequestMdf($input: MdfRequestInput!) {
    requestMdf(input: $input) {
      id
      quarter
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePartner(request);
  const params = new URL(request.url).searchParams;
  const now = currentQuarter();
  const result = await query(request, PartnerMdf, { first: PAGE_SIZE, after: params.get('after') || null });
  // The API fixes a quarter's allocation when its fund is first read: offer only
  // this quarter and quarters that already have requests (their funds exist).
  const browseQuarters = [...new Set([now, ...result.mdfRequests.edges.map((e) => e.node.quarter)])].sort().reverse();
  const asked = quarterParam(params.get('quarter'), now);
  const quarter = browseQuarters.includes(asked) ? asked : now;
  const fund = await query(request, MdfFundQuery, { partnerId: null, quarter });
  return {
    currency: result.program?.currency ?? 'USD',
    claimWindowDays: result.program?.mdfClaimWindowDays ?? 90,
    fund: fund.mdfFund,
    requests: result.mdfRequests,
    quarter,
    currentQuarter: now,
    browseQuarters,
    requestQuarters: quarterRange(now, 0, 4),
  };
}

type Values = { activity: string; description: string; amount: string; quarter: string };
type ActionData = { formError?: string; fieldErrors?: Partial<Record<keyof Values, string>>; values: Values };
const FIELDS = ['activity', 'description', 'amount', 'quarter'] as const;

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, 'mdf:request');
  const form = await request.formData();
  const values: Values = { activity: formText(form, 'activity'), description: formText(form, 'description'), amount: formText(form, 'amount'), quarter: formText(form, 'quarter') };
  const checked = checkRequestForm(values, formText(form, 'currency') || 'USD', currentQuarter());
  if (!checked.ok) return data<ActionData>({ fieldErrors: checked.errors, values }, { status: 400 });

  const result = await mutate(request, RequestMdf, { input: checked.value });
  if (!result.ok) return data<ActionData>({ ...apiFormErrors(result.error, FIELDS, 'input'), values }, { status: 400 });
  const { id, quarter } = result.data.requestMdf;
  return redirect(`/portal/mdf?${new URLSearchParams({ quarter, requested: id })}`);
}

export default function PartnerMdfPage() {
  const { currency, claimWindowDays, fund, requests, quarter, currentQuarter: thisQuarter, browseQuarters, requestQuarters } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const requestedId = params.get('requested');
  const busy = navigation.state === 'submitting';
  const values = actionData?.values;
  const money = (v: number | null | undefined) => (v == null ? '—' : formatMoney(v, currency));

  return (
    <>
      <PageHeader title="Market development funds">
        <p className="muted">
          Your fund for each quarter comes with your tier. Request funds for an activity, run it once approved, then claim with proof of performance
          within {claimWindowDays} days.
        </p>
      </PageHeader>

      {requestedId && !actionData ? (
        <Alert tone="success" title="Request sent">
          Your partner manager decides on it; you can follow it in <Link to={`/portal/mdf/${requestedId}`}>the request</Link>.
        </Alert>
      ) : null}

      <div className="grid grid--2">
        <Card
          title={`Fund for ${quarterLabel(fund.quarter)}`}
          id="fund"
          actions={
            browseQuarters.length > 1 ? (
            <Form method="get" className="mdf-quarter-form">
              <label htmlFor="fund-quarter" className="visually-hidden">
                Quarter
              </label>
              <select id="fund-quarter" name="quarter" defaultValue={quarter} className="mdf-select">
                {browseQuarters.map((q) => (
                  <option key={q} value={q}>
                    {q}
                    {q === thisQuarter ? ' (this quarter)' : ''}
                  </option>
                ))}
              </select>
              <button type="submit" className="button button--secondary button--small">
                Show
              </button>
            </Form>
            ) : null
          }
        >
          <FundBalance fund={fund} currency={currency} />
          <p className="fine-print">
            Committed: approved and not yet paid. Amounts not claimed in time, rejected claims and unpaid parts return to what is available.
          </p>
        </Card>

        <Card title="Request funds" id="request">
          {actionData?.formError ? <Alert tone="error">{actionData.formError}</Alert> : null}
          <Form method="post" className="form-grid" noValidate>
            <input type="hidden" name="currency" value={currency} />
            <Field label="Activity" name="activity" required maxLength={MDF_ACTIVITY_MAX} defaultValue={values?.activity ?? ''} error={actionData?.fieldErrors?.activity} />
            <Field
              label={`Amount (${currency})`}
              name="amount"
              inputMode="decimal"
              required
              placeholder="2500.00"
              defaultValue={values?.amount ?? ''}
              error={actionData?.fieldErrors?.amount}
              hint={`At most your allocation for the quarter; ${money(fund.available)} is available in ${fund.quarter}.`}
            />
            <SelectField label="Quarter" name="quarter" defaultValue={values?.quarter ?? (requestQuarters.includes(quarter) ? quarter : thisQuarter)} error={actionData?.fieldErrors?.quarter}>
              {requestQuarters.map((q) => (
                <option key={q} value={q}>
                  {quarterLabel(q)}
                </option>
              ))}
            </SelectField>
            <TextareaField
              label="Description (optional)"
              name="description"
              rows={3}
              maxLength={MDF_DESCRIPTION_MAX}
              defaultValue={values?.description ?? ''}
              error={actionData?.fieldErrors?.description}
              hint="What you will do, for whom, and what you expect (leads, attendees)."
            />
            <SubmitRow busy={busy} label="Send request" busyLabel="Sending…" />
          </Form>
        </Card>
      </div>

      <Card title="My requests" id="requests" actions={<span className="muted">{requests.totalCount} in total</span>}>
        {requests.edges.length ? (
          <ul className="mdf-requests" data-testid="mdf-requests">
            {requests.edges.map(({ node }) => (
              <li key={node.id} className={`mdf-request${node.id === requestedId ? ' is-new' : ''}`} data-status={node.status}>
                <div className="mdf-request-main">
                  <Link to={`/portal/mdf/${node.id}`} className="row-link">
                    {node.activity}
                  </Link>
                  <span className="fine-print">
                    {node.quarter} · requested {formatDate(node.createdAt)} · {mdfNextStep(node)}
                  </span>
                </div>
                <div className="mdf-request-amounts">
                  <span>{money(node.paidAmount ?? node.approvedAmount ?? node.requestedAmount)}</span>
                  <span className="fine-print">
                    {node.paidAmount != null ? 'paid' : node.approvedAmount != null ? 'approved' : 'requested'}
                  </span>
                </div>
                <div className="mdf-request-status">
                  <MdfStatusBadge status={node.status} />
                  {node.status === 'APPROVED' ? (
                    <Link to={`/portal/mdf/${node.id}/claim`} className="button button--primary button--small">
                      Claim
                    </Link>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="No requests yet">Request funds for your next campaign, event or content with the form above.</EmptyState>
        )}
        <Pagination hasNextPage={requests.pageInfo.hasNextPage} endCursor={requests.pageInfo.endCursor ?? null} paged={params.has('after')} />
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
