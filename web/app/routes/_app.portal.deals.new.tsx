import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { ATTRIBUTIONS } from '@tierwise/shared';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert, Field, TextareaField } from '~/components/form';
import { SubmitOrCancel } from '~/components/form-actions';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePartner, requirePermission } from '~/lib/auth.server';
import { ATTRIBUTION_HELP, ATTRIBUTION_LABELS, parseDealForm, type DealFormErrors, type DealFormValues } from '~/lib/deals';
import { fieldErrorMap, messageForError } from '~/lib/errors';
import { currencyDigits } from '~/lib/money';

export const meta: MetaFunction = () => [{ title: 'Register a deal · Tierwise' }];

const RegisterDealPage = graphql(`
  query RegisterDealPage {
    program {
      currency
      dealReviewSlaHours
      dealProtectionDays
    }
  }
`);

const RegisterDeal = graphql(`
  mutation RegisterDeal($input: RegisterDealInput!) {
    registerDeal(input: $input) {
      id
      status
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'deal:register');
  await requirePartner(request);
  const result = await query(request, RegisterDealPage);
  return {
    program: result.program,
    today: new Date().toISOString().slice(0, 10),
  };
}

type ActionData = { formError?: string; fieldErrors: DealFormErrors; values: DealFormValues };

const FIELDS = ['customerName', 'customerDomain', 'amount', 'expectedCloseDate', 'attribution', 'notes'] as const;

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, 'deal:register');
  await requirePartner(request);
  const form = await request.formData();
  const program = await query(request, RegisterDealPage);
  const currency = program.program?.currency ?? 'USD';
  const parsed = parseDealForm(form, currency);
  if (!parsed.ok) return data<ActionData>({ fieldErrors: parsed.errors, values: parsed.values }, { status: 400 });

  const result = await mutate(request, RegisterDeal, { input: parsed.input });
  if (!result.ok) {
    const fields = fieldErrorMap(result.error.fields, 'input');
    const fieldErrors: DealFormErrors = {};
    for (const f of FIELDS) if (fields[f]) fieldErrors[f] = fields[f];
    const hasField = Object.keys(fieldErrors).length > 0;
    const formError = hasField ? undefined : messageForError(result.error);
    return data<ActionData>({ formError, fieldErrors, values: parsed.values }, { status: 400 });
  }
  return redirect(`/portal/deals/${encodeURIComponent(result.data.registerDeal.id)}?registered=1`);
}

export default function RegisterDealView() {
  const { program, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const values: Partial<DealFormValues> = actionData?.values ?? {};
  const errors: DealFormErrors = actionData?.fieldErrors ?? {};
  const currency = program?.currency ?? 'USD';
  const digits = currencyDigits(currency);
  const errorCount = Object.keys(errors).length;

  return (
    <>
      <PageHeader eyebrow={<Link to="/portal/deals">Deals</Link>} title="Register a deal">
        <p className="muted">
          Register an opportunity to protect it.
          {program
            ? ` We review it within ${program.dealReviewSlaHours} hours; once approved, the customer is yours for the protection period of your tier.`
            : ''}
        </p>
      </PageHeader>

      {!program ? (
        <Alert tone="warning" title="Registration is not open yet">
          The vendor has not published its partner program yet. Try again later.
        </Alert>
      ) : null}

      {actionData?.formError ? <Alert tone="error">{actionData.formError}</Alert> : null}
      {errorCount && !actionData?.formError ? (
        <Alert tone="error" title="Not registered yet">
          {errorCount === 1 ? 'One field needs' : `${errorCount} fields need`} your attention; see below. Nothing you typed is lost.
        </Alert>
      ) : null}

      <Card>
        <Form method="post" className="form-grid deal-form" noValidate>
          <Field
            label="Customer name"
            name="customerName"
            required
            autoComplete="off"
            placeholder="Acme Corporation"
            defaultValue={values.customerName ?? ''}
            error={errors.customerName}
          />
          <Field
            label="Customer domain"
            name="customerDomain"
            required
            autoComplete="off"
            inputMode="url"
            placeholder="acme.com"
            hint="The customer’s website, e.g. acme.com."
            defaultValue={values.customerDomain ?? ''}
            error={errors.customerDomain}
          />
          <Field
            label={`Amount (${currency})`}
            name="amount"
            required
            inputMode="decimal"
            autoComplete="off"
            placeholder={digits ? `70000.${'0'.repeat(digits)}` : '70000'}
            hint="The expected deal value in currency units."
            defaultValue={values.amount ?? ''}
            error={errors.amount}
          />
          <Field
            label="Expected close date"
            name="expectedCloseDate"
            type="date"
            required
            min={today}
            defaultValue={values.expectedCloseDate ?? ''}
            error={errors.expectedCloseDate}
          />
          <fieldset
            className={`radio-cards${errors.attribution ? ' radio-cards--invalid' : ''}`}
            aria-describedby={errors.attribution ? 'attribution-error' : undefined}
          >
            <legend>Your role in the deal</legend>
            <div className="radio-cards-list">
              {ATTRIBUTIONS.map((a) => (
                <label key={a} className="radio-card">
                  <input type="radio" name="attribution" value={a} defaultChecked={values.attribution === a} required />
                  <span className="radio-card-text">
                    <span className="radio-card-title">{ATTRIBUTION_LABELS[a]}</span>
                    <span className="radio-card-help">{ATTRIBUTION_HELP[a]}</span>
                  </span>
                </label>
              ))}
            </div>
            {errors.attribution ? (
              <p className="field-error" id="attribution-error">
                {errors.attribution}
              </p>
            ) : null}
          </fieldset>
          <TextareaField
            label="Notes (optional)"
            name="notes"
            rows={3}
            hint="Anything the reviewer should know: contacts, products, next steps."
            defaultValue={values.notes ?? ''}
            error={errors.notes}
          />
          <SubmitOrCancel busy={busy} label="Register deal" busyLabel="Registering…" cancelTo="/portal/deals" disabled={busy || !program} />
        </Form>
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
