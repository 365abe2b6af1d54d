import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { formatMoney } from '@tierwise/shared';
import { TierBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { FundBalance, MdfStatusBadge } from '~/components/mdf-badges';
import { AttachmentList, MdfAmounts, MdfTimeline } from '~/components/mdf-request';
import { AdjustAllocationForm, DecisionForms, type MdfReviewActionData, type MdfReviewIntent } from '~/components/mdf-review';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import type { MdfRequestDetailQuery } from '~/gql/graphql';
import { mutate, query, type MutationResult } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { type ApiError, fieldErrorMap } from '~/lib/errors';
import { formatDate } from '~/lib/format';
import { intentOf, submittingIntent } from '~/lib/intents';
import { MdfFundQuery, MdfRequestDetail, mdfErrorMessage } from '~/lib/mdf.server';
import { minorToInput, parseMoneyInput } from '~/lib/money';
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
  const fields = fieldErrorMap(error.fields);
  const fieldErrors = {
    amount: fields.amount,
    reason: fields.reason,
    allocated: fields.allocated,
  };
  const hasField = Object.values(fieldErrors).some(Boolean);
  const errorTitle =
    error.code === 'INSUFFICIENT_FUNDS'
      ? `Not enough funds in ${quarter}`
      : error.code === 'INVALID_STATE'
        ? 'This request has moved on'
        : undefined;
  return data<ActionData>(
    { intent, errorTitle, formError: hasField && !errorTitle ? undefined : mdfErrorMessage(error), fieldErrors, values },
    { status: error.code === 'INSUFFICIENT_FUNDS' || error.code === 'INVALID_STATE' ? 409 : 400 },
  );
}

type IntentArgs = {
  request: Request;
  id: string;
  mdf: NonNullable<MdfRequestDetailQuery['mdfRequest']>;
  currency: string;
  values: { amount: string; reason: string; allocated: string };
  done: () => Response;
};

/** One function per intent. */
const intents = {
  approve: (args) => accept('approve', args, (amount) => mutate(args.request, Approve, { id: args.id, amount })),
  pay: (args) => accept('pay', args, (amount) => mutate(args.request, Pay, { id: args.id, amount })),
  reject: (args) => rejectWithReason('reject', args, (reason) => mutate(args.request, Reject, { id: args.id, reason })),
  'reject-claim': (args) => rejectWithReason('reject-claim', args, (reason) => mutate(args.request, RejectClaim, { id: args.id, reason })),
  adjust,
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
  const values = {
    amount: String(form.get('amount') ?? '').trim(),
    reason: String(form.get('reason') ?? '').trim(),
    allocated: String(form.get('allocated') ?? '').trim(),
  };
  const done = () => redirect(`/console/mdf/${id}?done=${DONE[intent]}`);
  return intents[intent]({ request, id, mdf, currency: current.program?.currency ?? 'USD', values, done });
}

/** Approve a request or pay a claim: an amount, all or part. */
async function accept(intent: 'approve' | 'pay', { currency, values, mdf, done }: IntentArgs, send: (amount: number) => Promise<MutationResult<unknown>>) {
  const amount = parseMoneyInput(values.amount, currency);
  if (!amount.ok) return data<ActionData>({ intent, fieldErrors: { amount: amount.error }, values }, { status: 400 });
  const result = await send(amount.minor);
  return result.ok ? done() : failure(intent, result.error, values, mdf.quarter);
}

/** Reject a request or a claim: the partner sees the reason. */
async function rejectWithReason(intent: 'reject' | 'reject-claim', { values, mdf, done }: IntentArgs, send: (reason: string) => Promise<MutationResult<unknown>>) {
  if (!values.reason) return data<ActionData>({ intent, fieldErrors: { reason: 'Give the reason; the partner sees it.' }, values }, { status: 400 });
  const result = await send(values.reason);
  return result.ok ? done() : failure(intent, result.error, values, mdf.quarter);
}

async function adjust({ request, currency, values, mdf, done }: IntentArgs) {
  const intent = 'adjust';
  const allocated = parseMoneyInput(values.allocated, currency, { allowZero: true });
  const fieldErrors: ActionData['fieldErrors'] = {};
  if (!allocated.ok) fieldErrors.allocated = allocated.error;
  if (!values.reason) fieldErrors.reason = 'Say why; the change is audited.';
  if (!allocated.ok || fieldErrors.reason) return data<ActionData>({ intent, fieldErrors, values }, { status: 400 });
  const result = await mutate(request, Adjust, { partnerId: mdf.partner.id, quarter: mdf.quarter, allocated: allocated.minor, reason: values.reason });
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
          <MdfAmounts request={request} currency={currency} />
          {request.description ? <p>{request.description}</p> : <p className="muted">No description.</p>}
          {request.decisionReason ? (
            <p className="mdf-reason">
              <strong>Reason:</strong> {request.decisionReason}
            </p>
          ) : null}
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
          {request.claimResults ? (
            <p>
              <strong>Results:</strong> {request.claimResults}
            </p>
          ) : null}
          <h3>Proof of performance</h3>
          <AttachmentList attachments={request.attachments} />
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

      {actionData && (actionData.errorTitle || actionData.formError) && actionData.intent !== 'adjust' && !['SUBMITTED', 'CLAIMED'].includes(request.status) ? errorAlert : null}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
