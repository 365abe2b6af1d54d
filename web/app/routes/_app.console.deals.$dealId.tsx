import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { checkInput, fieldMessages, formatMoney, rejectDealInput } from '@tierwise/shared';
import { TierBadge } from '~/components/badges';
import { DealStatusBadge } from '~/components/deals-badges';
import { type CloseResult } from '~/components/deals-detail';
import { DealRegistration, Fact } from '~/components/deals-registration';
import { ConflictComparison, DealDecision } from '~/components/deals-review';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { closeDealAction } from '~/lib/deals-close.server';
import { fieldErrorMap, messageForError } from '~/lib/errors';
import { formatDate } from '~/lib/format';
import { intentOf, submittingIntent } from '~/lib/intents';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.deal.customerName ?? 'Registration'} · Tierwise` }];

// The partner's deal page asks for DealDetail (~/lib/fragments); vendor staff
// also see who submitted it, the partner and the conflicts.
const ReviewDeal = graphql(`
  query ReviewDeal($id: ID!) {
    program {
      currency
    }
    deal(id: $id) {
      ...DealDetail
      submittedBy {
        email
      }
      partner {
        id
        name
        domain
        tier {
          name
          rank
        }
        track {
          name
        }
      }
      conflicts {
        kind
        detail
        registration {
          ...DealSummary
          partner {
            id
            name
          }
        }
      }
    }
  }
`);

const Approve = graphql(`
  mutation ApproveDeal($id: ID!) {
    approveDeal(id: $id) {
      id
      status
      protectionEndsAt
    }
  }
`);

const Reject = graphql(`
  mutation RejectDeal($id: ID!, $reason: String!) {
    rejectDeal(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, 'deal:review');
  const result = await query(request, ReviewDeal, { id: params.dealId ?? '' });
  if (!result.deal) throw data({ message: 'There is no such registration.' }, { status: 404 });
  return { deal: result.deal, currency: result.program?.currency ?? 'USD', now: Date.now() };
}

type ActionData =
  | { intent: 'approve'; ok: boolean; formError?: string; conflict?: boolean }
  | { intent: 'reject'; ok: boolean; formError?: string; reasonError?: string; reason?: string; conflict?: boolean }
  | CloseResult;

type IntentArgs = { request: Request; form: FormData; id: string };

/** One function per intent; "won" and "lost" both close the deal (closeDealAction tells them apart). */
const intents = { approve, reject, won: close, lost: close } satisfies Record<ActionData['intent'], (args: IntentArgs) => Promise<unknown>>;

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = intentOf(intents, form);
  if (!intent) return data<ActionData>({ intent: 'approve', ok: false, formError: 'Unknown action.' }, { status: 400 });
  return intents[intent]({ request, form, id: params.dealId ?? '' });
}

// INVALID_STATE (someone else decided first) answers 200 so that the page
// revalidates and shows the registration as it now is.
const decisionStatus = (code: string) => (code === 'INVALID_STATE' ? 200 : 400);

async function approve({ request, id }: IntentArgs) {
  await requirePermission(request, 'deal:review');
  const result = await mutate(request, Approve, { id });
  if (!result.ok)
    return data<ActionData>(
      { intent: 'approve', ok: false, formError: messageForError(result.error), conflict: result.error.code === 'INVALID_STATE' },
      { status: decisionStatus(result.error.code) },
    );
  return data<ActionData>({ intent: 'approve', ok: true });
}

async function reject({ request, form, id }: IntentArgs) {
  await requirePermission(request, 'deal:review');
  const intent = 'reject';
  const reason = String(form.get('reason') ?? '');
  const check = checkInput(rejectDealInput, { reason });
  if (!check.ok) return data<ActionData>({ intent, ok: false, reasonError: fieldMessages(check.fields).reason, reason }, { status: 400 });
  const result = await mutate(request, Reject, { id, reason: check.value.reason });
  if (!result.ok) {
    const fields = fieldErrorMap(result.error.fields);
    return data<ActionData>(
      {
        intent,
        ok: false,
        reason,
        reasonError: fields.reason,
        formError: fields.reason ? undefined : messageForError(result.error),
        conflict: result.error.code === 'INVALID_STATE',
      },
      { status: decisionStatus(result.error.code) },
    );
  }
  return data<ActionData>({ intent, ok: true });
}

async function close({ request, form, id }: IntentArgs) {
  await requirePermission(request, 'deal:close');
  const page = await query(request, ReviewDeal, { id });
  if (!page.deal) throw data({ message: 'There is no such registration.' }, { status: 404 });
  return closeDealAction(request, form, { currency: page.program?.currency ?? 'USD', deal: page.deal });
}

export default function ReviewDealPage() {
  const { deal, currency, now } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = submittingIntent(navigation);
  const failed = actionData && !actionData.ok ? actionData : null;
  const rejectResult = actionData?.intent === 'reject' ? actionData : null;
  const closeResult = actionData && (actionData.intent === 'won' || actionData.intent === 'lost') ? (actionData as CloseResult) : null;

  return (
    <>
      <PageHeader
        eyebrow={<Link to="/console/deals">Registrations</Link>}
        title={deal.customerName}
        actions={<DealStatusBadge status={deal.status} />}
      >
        <p className="muted">
          {deal.customerDomain} · {formatMoney(deal.amount, currency)} · registered by {deal.partner.name}
        </p>
      </PageHeader>

      {failed?.conflict ? (
        <Alert tone="warning" title="Someone else got there first">
          {failed.formError} This page now shows the registration as it is.
        </Alert>
      ) : failed?.formError && failed.intent !== 'won' && failed.intent !== 'lost' ? (
        <Alert tone="error">{failed.formError}</Alert>
      ) : null}
      {actionData?.ok ? (
        <Alert tone="success">
          {actionData.intent === 'approve'
            ? `Approved. ${deal.partner.name} is protected until ${formatDate(deal.protectionEndsAt)}.`
            : actionData.intent === 'reject'
              ? 'Rejected. The partner sees your reason.'
              : actionData.intent === 'won'
                ? 'Closed as won.'
                : 'Closed as lost.'}
        </Alert>
      ) : null}

      {deal.status === 'SUBMITTED' ? (
        <DealDecision deal={deal} now={now} busy={busy} rejected={rejectResult && !rejectResult.ok ? rejectResult : null} />
      ) : null}

      <Card
        title={deal.conflicts.length ? `Conflicts (${deal.conflicts.length})` : 'Conflicts'}
        id="conflicts"
        actions={deal.conflicts.length ? <span className="badge badge--warning">Check before deciding</span> : <span className="badge badge--ok">None</span>}
      >
        {deal.conflicts.length ? (
          <div className="stack">
            {deal.conflicts.map((c, i) => (
              <ConflictComparison key={`${c.kind}-${c.registration?.id ?? i}`} deal={deal} conflict={c} currency={currency} />
            ))}
          </div>
        ) : (
          <p className="ok-text">No other partner’s open registration or direct account claims this customer.</p>
        )}
      </Card>

      <DealRegistration
        deal={deal}
        currency={currency}
        now={now}
        closeResult={closeResult && !closeResult.ok && !failed?.conflict ? closeResult : null}
        leadingFacts={
          <>
            <Fact term="Partner">
              <Link to={`/console/partners/${deal.partner.id}`}>{deal.partner.name}</Link>
              <TierBadge name={deal.partner.tier.name} rank={deal.partner.tier.rank} />
            </Fact>
            <Fact term="Submitted by">
              {deal.submittedBy.name} <span className="muted">({deal.submittedBy.email})</span>
            </Fact>
          </>
        }
      />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
