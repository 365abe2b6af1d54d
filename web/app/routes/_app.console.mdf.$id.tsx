import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { formatMoney, isMdfStatusIn, MAX_AMOUNT, MDF_AWAITING_VENDOR } from '@tierwise/shared';
import { TierBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { FundBalance, MdfStatusBadge } from '~/components/mdf-badges';
import { MdfClaimProof, MdfRequestSummary, MdfTimeline } from '~/components/mdf-request';
import { AdjustAllocationForm, DecisionForms, type MdfReviewActionData, type MdfReviewIntent } from '~/components/mdf-review';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import type { MdfRequestDetailQuery } from '~/gql/graphql';
import { mutate, query, type MutationResult } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { type ApiError, messageForError } from '~/lib/errors';
import { formatDate } from '~/lib/format';
import { intentOf, submittingIntent } from '~/lib/intents';
import { apiFormErrors, checkAdjustForm, checkApproveForm, checkPayForm, checkRejectForm, formText, type FormCheck } from '~/lib/mdf-forms';
import { MdfFundQuery, MdfRequestDetail } from '~/lib/mdf.server';
import { minorToInput } from '~/lib/money';
import { quarterLabel } from '~/lib/quarters';
import '~/styles/routes/mdf.css';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.request.activity ?? 'MDF request'} · MDF · Tierwise` }];

const Approve = graphql(`
  mutation ApproveMdf($id: ID!, $amount: SafeInt) {
    approveMdf(id: $id, amount: $amount) {
      id
      status
    }
  }
`);

const Reject = graphql(`
  mutation RejectMdf($id: ID!, $reason: String!) {
    rejectMdf(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const Pay = graphql(`
  mutation PayMdfClaim($id: ID!, $amount: SafeInt) {
    approveMdfClaim(id: $id, amount: $amount) {
      id
      status
    }
  }
`);

const RejectClaim = graphql(`
  mutation RejectMdfClaim($id: ID!, $reason: String!) {
    rejectMdfClaim(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const Adjust = graphql(`
  mutation AdjustMdfAllocation($partnerId: ID!, $quarter: String!, $allocated: SafeInt!, $reason: String!) {
    adjustMdfAllocation(partnerId: $partnerId, quarter: $quarter, allocated: $allocated, reason: $reason) {
      allocated
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, 'mdf:review');
  const result = await query(request, MdfRequestDetail, { id: params.id ?? '' });
  const mdf = result.mdfRequest;
  if (!mdf) throw data({ message: 'There is no such request.' }, { status: 404 });
  const fund = await query(request, MdfFundQuery, { partnerId: mdf.partner.id, quarter: mdf.quarter });
  return { request: mdf, fund: fund.mdfFund, currency: result.program?.currency ?? 'USD' };
}

type Intent = MdfReviewIntent;
type ActionData = MdfReviewActionData;

const DONE: Record<Intent, string> = {
  approve: 'approved',
  reject: 'rejected',
  pay: 'paid',
  'reject-claim': 'claim-rejected',
  adjust: 'adjusted',
};

function failure(intent: Intent, error: ApiError, values: ActionData['values'], quarter: string) {
  const { fieldErrors, formError } = apiFormErrors(error, ['amount', 'reason', 'allocated'] as const);
  const conflict = error.code === 'INSUFFICIENT_FUNDS' || error.code === 'INVALID_STATE';
  const errorTitle = error.code === 'INSUFFICIENT_FUNDS' ? `Not enough funds in ${quarter}` : error.code === 'INVALID_STATE' ? 'This request has moved on' : undefined;
  return data<ActionData>({ intent, errorTitle, formError: formError ?? (errorTitle ? messageForError(error) : undefined), fieldErrors, values }, { status: conflict ? 409 : 400 });
}

type IntentArgs = {
  request: Request;
  id: string;
  mdf: NonNullable<MdfRequestDetailQuery['mdfRequest']>;
  currency: string;
  values: { amount: string; reason: string; allocated: string };
  done: () => Response;
};

/** One function per intent: the form checked by the shared schema (every error at once), then the mutation. */
const intents = {
  approve: (a) => send('approve', a, checkApproveForm(a.values.amount, a.mdf.requestedAmount, a.currency), ({ amount }) => mutate(a.request, Approve, { id: a.id, amount })),
  // A request that is not (or no longer) claimed is the API's to refuse, as INVALID_STATE.
  pay: (a) =>
    send('pay', a, checkPayForm(a.values.amount, a.mdf.claimedAmount ?? MAX_AMOUNT, a.mdf.approvedAmount ?? MAX_AMOUNT, a.currency), ({ amount }) => mutate(a.request, Pay, { id: a.id, amount })),
  reject: (a) => send('reject', a, checkRejectForm(a.values.reason), ({ reason }) => mutate(a.request, Reject, { id: a.id, reason })),
  'reject-claim': (a) => send('reject-claim', a, checkRejectForm(a.values.reason), ({ reason }) => mutate(a.request, RejectClaim, { id: a.id, reason })),
  adjust: (a) => send('adjust', a, checkAdjustForm(a.values, a.mdf.quarter, a.currency), (v) => mutate(a.request, Adjust, { partnerId: a.mdf.partner.id, ...v })),
} satisfies Record<Intent, (args: IntentArgs) => Promise<unknown>>;

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, 'mdf:review');
  const id = params.id ?? '';
  const form = await request.formData();
  const intent = intentOf(intents, form);
  if (!intent) return data<ActionData>({ intent: 'approve', formError: 'Unknown action.' }, { status: 400 });
  const current = await query(request, MdfRequestDetail, { id });
  const mdf = current.mdfRequest;
  if (!mdf) throw data({ message: 'There is no such request.' }, { status: 404 });
  const values = { amount: formText(form, 'amount'), reason: formText(form, 'reason'), allocated: formText(form, 'allocated') };
  const done = () => redirect(`/console/mdf/${id}?done=${DONE[intent]}`);
  return intents[intent]({ request, id, mdf, currency: current.program?.currency ?? 'USD', values, done });
}

/** Send a checked form (or show its errors); the API's refusal is shown by the form that asked. */
async function send<T>(intent: Intent, { values, mdf, done }: IntentArgs, checked: FormCheck<T>, call: (value: T) => Promise<MutationResult<unknown>>) {
  if (!checked.ok) return data<ActionData>({ intent, fieldErrors: checked.errors, values }, { status: 400 });
  const result = await call(checked.value);
  return result.ok ? done() : failure(intent, result.error, values, mdf.quarter);
}

const DONE_TEXT: Record<string, string> = {
  approved: 'Approved. The amount is committed from the fund; the partner can claim it now.',
  rejected: 'Rejected. The partner sees your reason.',
  paid: 'Paid. Anything approved and not paid returned to the fund.',
  'claim-rejected': 'Claim rejected. The approved amount returned to the fund.',
  adjusted: 'Allocation changed. The change is in the audit log.',
};

export default function VendorMdfRequestPage() {
  const { request, fund, currency } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const busyIntent = submittingIntent(navigation);
  const done = params.get('done');
  const money = (v: number) => formatMoney(v, currency);
  const errorsFor = (intent: Intent) => (actionData?.intent === intent ? actionData : undefined);
  const payDefault = Math.min(request.claimedAmount ?? 0, request.approvedAmount ?? 0);

  const errorAlert = actionData && (actionData.formError || actionData.errorTitle) && actionData.intent !== 'adjust' ? (
    <Alert tone="error" title={actionData.errorTitle}>
      {actionData.formError}
    </Alert>
  ) : null;

  return (
    <>
      <PageHeader
        eyebrow={<Link to="/console/mdf">MDF queue</Link>}
        title={request.activity}
        actions={<MdfStatusBadge status={request.status} audience="vendor" />}
      >
        <p className="muted">
          <Link to={`/console/partners/${request.partner.id}`}>{request.partner.name}</Link> · {request.partner.track.name} ·{' '}
          <TierBadge name={request.partner.tier.name} rank={request.partner.tier.rank} /> · {quarterLabel(request.quarter)}
        </p>
      </PageHeader>

      {done && DONE_TEXT[done] && !actionData ? <Alert tone="success">{DONE_TEXT[done]}</Alert> : null}

      <div className="grid grid--2">
        <Card title="Request" id="request">
          <MdfRequestSummary request={request} currency={currency} reasonLabel="Reason:" />
          <h3>History</h3>
          <MdfTimeline request={request} currency={currency} />
        </Card>

        <Card title={`Fund of ${request.partner.name}, ${request.quarter}`} id="fund">
          <FundBalance fund={fund} currency={currency} id="vendor-fund" />
          <details className="disclosure" open={actionData?.intent === 'adjust' ? true : undefined}>
            <summary>Adjust the allocation</summary>
            {errorsFor('adjust')?.formError ? (
              <Alert tone="error" title={errorsFor('adjust')?.errorTitle}>
                {errorsFor('adjust')?.formError}
              </Alert>
            ) : null}
            <AdjustAllocationForm quarter={request.quarter} currency={currency} fund={fund} result={errorsFor('adjust')} busy={busyIntent === 'adjust'} />
          </details>
        </Card>
      </div>

      {request.status === 'SUBMITTED' ? (
        <Card title="Decide" id="decide">
          {errorAlert}
          <div className="grid grid--2 mdf-decide">
            <DecisionForms
              accept={{ intent: 'approve', label: 'Approve', busyLabel: 'Approving…' }}
              reject={{ intent: 'reject', label: 'Reject request', reasonLabel: 'Reason for rejecting' }}
              amount={{
                label: `Amount to approve (${currency})`,
                defaultValue: minorToInput(request.requestedAmount, currency),
                hint: `All of it or part; ${money(fund.available)} is available in ${request.quarter}.`,
              }}
              errorsFor={errorsFor}
              busyIntent={busyIntent}
            />
          </div>
        </Card>
      ) : null}

      {request.claimedAt ? (
        <Card title="Claim" id="claim">
          <p>
            {money(request.claimedAmount ?? 0)} claimed on {formatDate(request.claimedAt)} against {money(request.approvedAmount ?? 0)} approved.
          </p>
          <MdfClaimProof request={request} heading="Proof of performance" />
        </Card>
      ) : request.status === 'APPROVED' ? (
        <Card title="Claim" id="claim">
          <p className="muted">Waiting for the partner to claim{request.claimDueAt ? ` (by ${formatDate(request.claimDueAt)})` : ''}.</p>
        </Card>
      ) : null}

      {request.status === 'CLAIMED' ? (
        <Card title="Pay or reject the claim" id="pay">
          {errorAlert}
          <div className="grid grid--2 mdf-decide">
            <DecisionForms
              accept={{ intent: 'pay', label: 'Pay claim', busyLabel: 'Paying…' }}
              reject={{ intent: 'reject-claim', label: 'Reject claim', reasonLabel: 'Reason for rejecting the claim' }}
              amount={{
                label: `Amount to pay (${currency})`,
                defaultValue: minorToInput(payDefault, currency),
                hint: `At most ${money(payDefault)} (the claim, never more than approved). The rest returns to the fund.`,
              }}
              errorsFor={errorsFor}
              busyIntent={busyIntent}
            />
          </div>
        </Card>
      ) : null}

      {actionData && (actionData.errorTitle || actionData.formError) && actionData.intent !== 'adjust' && !isMdfStatusIn(request.status, MDF_AWAITING_VENDOR) ? errorAlert : null}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
